import type { BrowserApi, Sender, TabChange } from './browser-api';
import type { Services } from './handlers';
import { contentHandlers, popupHandlers } from './handlers';
import { createPageMenu, onCommand, onPageMenu } from './page-actions';
import type { Sketch } from './near-postings';
import type { CompareStored } from './same-story';
import { ReceivedParts } from './received-parts';
import { serveMessages } from './serve-message';
import type { CatalogStory } from '../core/story/catalog';
import { StoryAnalyser, savedStoryOf } from './story-analyser';
import { StoryLibrary } from './story-library';
import { onTabRemoved, onTabUpdated } from './tab-events';
import { TabReports } from './tab-reports';
import { TabStyles } from './tab-styles';
import { warnOnce } from './warn-once';
import type { WithLock } from './write-lock';
import { createWriteLock } from './write-lock';

export const MAX_LIBRARY_STORIES = 2_000;

export interface BackgroundOptions {
  compare: CompareStored;
  sketch: Sketch;
  shippedStories: number;
  /** the shipped catalog's stories, for `story:analyse` (none where absent) */
  shippedCatalog?: readonly CatalogStory[];
  maxStories?: number;
  now?: () => number;
  withLock?: WithLock;
}

/** The worker's listeners, each answering a promise (tests await them; the browser ignores it). */
export interface Background {
  services: Services;
  onMessage(message: unknown, sender: Sender): Promise<unknown>;
  onInstalled(): Promise<void>;
  onTabRemoved(tabId: number): Promise<void>;
  onTabUpdated(tabId: number, change: TabChange): Promise<void>;
  onMenuClicked(menuItemId: string, tabId: number | null, pageUrl: string | null): Promise<void>;
  onCommand(command: string, tabId: number | null): Promise<void>;
}

const quietly = (context: string) => (error: unknown) => warnOnce(context, error);

/** Builds the worker from a browser API; it holds no state of its own beyond caches. */
export function createBackground(api: BrowserApi, options: BackgroundOptions): Background {
  const now = options.now ?? Date.now;
  const withLock = options.withLock ?? createWriteLock();
  const tabs = new TabReports(api.storage.session, withLock);
  const library = new StoryLibrary(api.storage.local, withLock, {
    maxStories: options.maxStories ?? MAX_LIBRARY_STORIES,
    shippedStories: options.shippedStories,
    compare: options.compare,
    sketch: options.sketch,
    now,
  });
  const styles = new TabStyles(api, withLock);
  const analyser = new StoryAnalyser({
    shipped: options.shippedCatalog ?? [],
    saved: async () => (await library.savedCatalog()).map(savedStoryOf),
  });
  const parts = new ReceivedParts();
  const services: Services = { api, tabs, styles, library, now, analyser, parts };
  return {
    services,
    onMessage: serveMessages(api, contentHandlers(services), popupHandlers(services)),
    onInstalled: () => createPageMenu(api).catch(quietly('could not create the page menu')),
    onTabRemoved: (tabId) => {
      parts.forget(tabId);
      analyser.forget(tabId);
      return Promise.all([onTabRemoved(tabs, tabId), styles.forget(tabId)]).then(() => undefined, quietly('tab closed'));
    },
    onTabUpdated: (tabId, change) => {
      // A document loading in the tab: the blocks of the one before are of no more use.
      if (change.status === 'loading') analyser.forget(tabId);
      return onTabUpdated(api, tabs, tabId, change, now).catch(quietly('tab updated'));
    },
    // A page without our content script (restricted, or loaded before install) answers an error: expected, so quiet.
    onMenuClicked: async (menuItemId, tabId, pageUrl) => void (await onPageMenu(api, menuItemId, tabId, pageUrl)),
    onCommand: async (command, tabId) => void (await onCommand(api, command, tabId)),
  };
}
