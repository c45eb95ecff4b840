import type { StorageChangedEvent } from '../shared/settings';
import { tabKey } from '../shared/tab-key';

/**
 * Calls `onChange` whenever the background stores, replaces or drops the tab's report (its record in
 * storage.session): the page finished annotating, moved to another story, was switched off.
 */
export function followTab(onChanged: StorageChangedEvent, tabId: number, onChange: () => void): () => void {
  const key = tabKey(tabId);
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && key in changes) onChange();
  };
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}

/**
 * Runs `task` now, or once more after the run under way when asked during it: a burst of changes
 * gives at most one run after the current one, and runs never overlap.
 */
export function coalesce(task: () => Promise<unknown>): () => void {
  let running = false;
  let again = false;
  const run = async () => {
    running = true;
    try {
      do {
        again = false;
        await task().catch(() => undefined);
      } while (again);
    } finally {
      running = false;
    }
  };
  return () => {
    if (running) again = true;
    else void run();
  };
}
