import { compareFingerprints } from '../core/story/compare-fingerprints';
import { fingerprintHashes, isStoryFingerprint } from '../core/story/fingerprint';
import type { BackgroundOptions } from './create-background';
import { createBackground } from './create-background';
import { FakeBrowser } from './fake-browser-api';
import type { Sketch } from './near-postings';
import type { CompareStored } from './same-story';

/** The core's fingerprint comparison, as index.ts wires it. */
export const compareStored: CompareStored = (page, story) =>
  isStoryFingerprint(page) && isStoryFingerprint(story) ? compareFingerprints(page, story) : null;

export const sketchStored: Sketch = (fingerprint) => (isStoryFingerprint(fingerprint) ? [...fingerprintHashes(fingerprint)] : []);

/** A worker on a fake browser whose listeners are registered as index.ts registers them. */
export function startWorker(browser = new FakeBrowser(), options: Partial<BackgroundOptions> = {}) {
  const background = createBackground(browser, { compare: compareStored, sketch: sketchStored, shippedStories: 1, ...options });
  browser.runtime.onMessage.addListener(background.onMessage);
  browser.runtime.onInstalled.addListener(() => background.onInstalled());
  browser.tabs.onRemoved.addListener((tabId) => background.onTabRemoved(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => background.onTabUpdated(tabId, change));
  browser.menus.onClicked.addListener((id, tabId, pageUrl) => background.onMenuClicked(id, tabId, pageUrl));
  browser.commands.onCommand.addListener((command, tabId) => background.onCommand(command, tabId));
  return { browser, background };
}

/** Waits for every listener a fake event ran. */
export const settled = (answers: unknown[]) => Promise.all(answers);
