/**
 * Gives the main thread back to the page between chunks of our work, so no task of ours runs long.
 * `scheduler.yield()` resumes ahead of other queued tasks where it exists (Chrome 129+); elsewhere a
 * MessageChannel message is the fastest task boundary that timers' clamping does not slow down.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** A time budget per slice of work: `due()` says when the current slice has run long enough. */
export function timeSlicer(budgetMs = 8, now: () => number = () => performance.now()) {
  let started = now();
  return {
    due: () => now() - started >= budgetMs,
    async next(): Promise<void> {
      await yieldToMain();
      started = now();
    },
  };
}
