// The real popup in the real extension: the bundles built for the benchmark, loaded unpacked into a
// Chromium of its own; a tab's report seeded in storage.session the way the background keeps it; then
// popup/popup.html?tab=<id> opened, timed from navigation start to the story view on screen.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { manifestFor } from '../../build.mjs';

/** Files the extension needs beside its bundles, as build.mjs copies them. */
const STATIC_FILES = {
  'src/popup/popup.html': 'popup/popup.html',
  'src/popup/popup.css': 'popup/popup.css',
  'src/options/options.html': 'options/options.html',
  'src/options/options.css': 'options/options.css',
  'src/_locales': '_locales',
  'icons/icon-16.png': 'icons/icon-16.png',
  'icons/icon-32.png': 'icons/icon-32.png',
  'icons/icon-48.png': 'icons/icon-48.png',
  'icons/icon-128.png': 'icons/icon-128.png',
};

/** Completes the benchmark's bundle folder `dir` (background.js, content.js, …) into an unpacked extension. */
export function assembleExtension(root, dir) {
  for (const [from, to] of Object.entries(STATIC_FILES)) {
    mkdirSync(dirname(join(dir, to)), { recursive: true });
    cpSync(join(root, from), join(dir, to), { recursive: true });
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifestFor('chrome'), null, 2));
  return dir;
}

/**
 * Opens the popup `runs` times for a tab whose stored report is `report`; answers, per run, the
 * milliseconds from navigation start to the skeleton (the popup's own performance mark) and to the
 * story view (`#app[data-state=story]`), or an `error`.
 */
export async function measureExtensionPopup({ executablePath, flags, extensionDir, tabUrl, report, runs }) {
  const context = await chromium.launchPersistentContext('', {
    headless: true,
    executablePath,
    args: [`--load-extension=${extensionDir}`, `--disable-extensions-except=${extensionDir}`, ...flags],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    const host = new URL(worker.url()).host;
    // The extension opens the tab itself: without the "tabs" permission that is how its id is known.
    const tabId = await worker.evaluate((url) => chrome.tabs.create({ url }).then((t) => t.id ?? null), tabUrl);
    if (tabId === null) return [{ error: 'the benchmark tab could not be opened' }];
    // Let the content script finish with the page (it clears the tab's report on a page that is not a story).
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await worker.evaluate(
      ([id, record]) => chrome.storage.session.set({ [`tab:${id}`]: record }),
      [tabId, { v: 1, url: tabUrl, savedAt: Date.now(), report, fingerprint: null }],
    );
    // Marks the moment the story view is in the DOM, from the document's very start.
    await context.addInitScript(() => {
      new MutationObserver((_records, observer) => {
        const app = document.getElementById('app');
        if (app?.dataset.state === 'story') {
          globalThis.__storyShown = performance.now();
          observer.disconnect();
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
    });
    const results = [];
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      try {
        await page.goto(`chrome-extension://${host}/popup/popup.html?tab=${tabId}`, { waitUntil: 'load' });
        await page.waitForFunction(() => typeof globalThis.__storyShown === 'number', undefined, { timeout: 20_000 });
        results.push(
          await page.evaluate(
            () =>
              new Promise((resolve) =>
                requestAnimationFrame(() =>
                  setTimeout(() =>
                    resolve({
                      skeleton: performance.getEntriesByName('story-lens:first-render')[0]?.startTime ?? null,
                      story: globalThis.__storyShown,
                      entities: document.querySelectorAll('#app li').length,
                    }),
                  ),
                ),
              ),
          ),
        );
      } catch (error) {
        results.push({ error: String(error?.message ?? error).split('\n')[0] });
      } finally {
        await page.close();
      }
    }
    return results;
  } finally {
    await context.close();
  }
}
