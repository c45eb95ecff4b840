/**
 * Drivers for work written as generators that pause (`yield`) between steps of a few milliseconds:
 * run at once to the end (the CLI, tests, the synchronous `analyse`), or in time slices that give the
 * main thread back between them (the content script on a very long story).
 */

/** A slice budget: `due()` says the current slice has run long enough, `next()` resumes after a yield. */
export interface Slicer {
  due(): boolean;
  next(): Promise<void>;
}

/** Runs the steps to the end without pausing; answers the generator's return value. */
export function runSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs the steps, pausing between two steps only once the slice is due: a short piece of work runs in
 * one slice with no added latency, a long one in slices of about the slicer's budget (plus one step).
 */
export async function runStepsSliced<T>(steps: Generator<void, T, void>, slicer: Slicer): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (slicer.due()) await slicer.next();
  }
}

/**
 * A slicer whose first slice is `first`'s (a longer budget: a short piece of work fits in it whole) and
 * every later one `then`'s. `then`'s clock restarts when it takes over (its `next()` yields, then resets).
 */
export function withFirstSlice(first: Slicer, then: Slicer): Slicer {
  let current = first;
  return {
    due: () => current.due(),
    next() {
      current = then;
      return then.next();
    },
  };
}
