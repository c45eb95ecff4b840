const warned = new Set<string>();

/**
 * Logs an unexpected problem once per worker life with its context (a dropped record, a failed
 * write). A cache of what was said, not state: losing it when the worker stops costs one repeat.
 */
export function warnOnce(context: string, problem: unknown): void {
  const message = `Story Lens: ${context}: ${problem instanceof Error ? problem.message : String(problem)}`;
  if (warned.has(message)) return;
  if (warned.size > 500) warned.clear();
  warned.add(message);
  console.warn(message);
}
