/**
 * One Story Lens per page. The key lives on the content script's own global, which page scripts
 * cannot see or write (Chrome's isolated world, Firefox's sandbox), so a page cannot forge or remove
 * it. A second injection into the same world (an extension reload, a manual `executeScript`) finds
 * the first instance and stops it before starting: the page is never painted twice.
 */
const KEY = Symbol.for('story-lens.content-script');

interface Instance {
  stop(): void;
}

export function claimPage(scope: object, stop: () => void): void {
  const slot = scope as { [KEY]?: Instance };
  const previous = slot[KEY];
  if (previous) {
    try {
      previous.stop();
    } catch {
      // an orphan of a reloaded extension: its APIs are gone, but its page-side state was undone first
    }
  }
  slot[KEY] = { stop };
}
