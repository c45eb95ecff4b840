/**
 * Serialises read-modify-write sequences on storage so that writes from many tabs at once lose
 * nothing. Uses the Web Locks API where the context has it (Chrome's service worker, Firefox's event
 * page): those locks are shared by every context of the extension and released if the worker stops
 * mid-write. Elsewhere (node tests) a promise chain per name in this module does the same job.
 */
export type WithLock = <T>(name: string, task: () => Promise<T>) => Promise<T>;

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

export function createWriteLock(locks: LockManagerLike | undefined = webLocks()): WithLock {
  if (locks) return (name, task) => locks.request(`story-lens:${name}`, task);
  const tails = new Map<string, Promise<unknown>>();
  return <T>(name: string, task: () => Promise<T>): Promise<T> => {
    const previous = tails.get(name) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    tails.set(name, tail);
    void tail.then(() => {
      if (tails.get(name) === tail) tails.delete(name);
    });
    return result;
  };
}

function webLocks(): LockManagerLike | undefined {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks && typeof nav.locks.request === 'function' ? nav.locks : undefined;
}
