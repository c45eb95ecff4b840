import { fingerprintHashes, isStoryFingerprint } from '../core/story/fingerprint';
import { compareFingerprints } from '../core/story/compare-fingerprints';
import { shippedCatalog } from '../core/story/shipped-catalog';
import { realBrowserApi } from './browser-api';
import { createBackground } from './create-background';

// The worker may be stopped whenever it is idle and started again for the next event: every listener
// is registered here, synchronously, on each start, and all state lives in storage.
const api = realBrowserApi();
const background = createBackground(api, {
  shippedStories: shippedCatalog.length,
  shippedCatalog,
  compare: (page, story) => (isStoryFingerprint(page) && isStoryFingerprint(story) ? compareFingerprints(page, story) : null),
  sketch: (fingerprint) => (isStoryFingerprint(fingerprint) ? [...fingerprintHashes(fingerprint)] : []),
});

api.runtime.onMessage.addListener(background.onMessage);
api.runtime.onInstalled.addListener(() => void background.onInstalled());
api.tabs.onRemoved.addListener((tabId) => void background.onTabRemoved(tabId));
api.tabs.onUpdated.addListener((tabId, change) => void background.onTabUpdated(tabId, change));
api.menus.onClicked.addListener((menuItemId, tabId, pageUrl) => void background.onMenuClicked(menuItemId, tabId, pageUrl));
api.commands.onCommand.addListener((command, tabId) => void background.onCommand(command, tabId));
