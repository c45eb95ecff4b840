import type { MessageListener } from './content-api';

/**
 * One Story Lens per page. The key lives on the content script's own global, which page scripts
 * cannot see or write (Chrome's isolated world, Firefox's sandbox), so a page cannot forge or remove
 * it. A second injection into the same world (an extension reload, a manual `executeScript`) finds
 * the first instance and stops it before starting: the page is never painted twice.
 *
 * The slot is also where the page's watch (content.js, which runs on every page) finds the story
 * script (story.js, injected on a story): both run in the same world.
 */
const KEY = Symbol.for('story-lens.content-script');
/** Callbacks of the watch, waiting for the story script it asked for. */
const WAITING = Symbol.for('story-lens.content-script.waiting');

export interface Instance {
  stop(): void;
  /** answers a message the watch received before this instance listened (set once it runs) */
  handle?: MessageListener;
}

interface Slots {
  [KEY]?: Instance;
  [WAITING]?: Array<(instance: Instance) => void>;
}

export function claimPage(scope: object, instance: Instance): void {
  const slot = scope as Slots;
  const previous = slot[KEY];
  if (previous) {
    try {
      previous.stop();
    } catch {
      // an orphan of a reloaded extension: its APIs are gone, but its page-side state was undone first
    }
  }
  slot[KEY] = instance;
}

/** Tells whoever waits (the watch) that `scope`'s instance is now running and answering. */
export function announceInstance(scope: object): void {
  const slot = scope as Slots;
  const instance = slot[KEY];
  const waiting = slot[WAITING];
  if (!instance || !waiting) return;
  delete slot[WAITING];
  for (const resolve of waiting) resolve(instance);
}

/** The instance running in `scope`, if any. */
export function claimedInstance(scope: object): Instance | undefined {
  return (scope as Slots)[KEY];
}

/** Calls `resolve` with the running instance once one has announced itself (at once if one has). */
export function whenClaimed(scope: object, resolve: (instance: Instance) => void): void {
  const slot = scope as Slots;
  const instance = slot[KEY];
  if (instance?.handle) return resolve(instance);
  (slot[WAITING] ??= []).push(resolve);
}
