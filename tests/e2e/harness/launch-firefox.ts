import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { DIST_DIR } from './artifacts';
import type { ExtensionBrowser, LaunchOptions, TestPage } from './extension-browser';
import { forget, makeExtensionBrowser, makeTestPage } from './make-extension-browser';
import type { BrowserDriver } from './make-extension-browser';
import { serveFixtures } from './serve-fixtures';
import { waitUntil } from './wait-until';

/** The add-on id build.mjs writes into dist/firefox/manifest.json. */
export const GECKO_ID = 'story-lens@story-lens.dev';

/** Fixed internal UUID, so extension pages have a known address (`moz-extension://UUID/...`). */
export const FIREFOX_EXTENSION_UUID = '5d1c2f4e-3b6a-4c8e-9f0a-7e2d4b6c8a10';

/** How long Firefox lets the event page idle before suspending it (default 30 s). */
export const BACKGROUND_IDLE_MS = 1000;

export const firefoxPath = (options: LaunchOptions = {}) => options.executablePath ?? process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Firefox ESR over WebDriver BiDi (puppeteer-core) with dist/firefox installed as a temporary add-on.
 * `--remote-allow-system-access` lets the test open the extension's own pages in a tab.
 */
export async function launchFirefox(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? join(DIST_DIR, 'firefox');
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`${extensionDir}/manifest.json is missing: run \`npm run build\` first`);
  const server = await serveFixtures(options.fixturesDir);
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(options),
    protocol: 'webDriverBiDi',
    headless: !options.headed,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      'extensions.background.idle.timeout': BACKGROUND_IDLE_MS,
      // The async clipboard without its paste prompt, so a test can read what the popup copied.
      'dom.events.testing.asyncClipboard': true,
      ...(options.colorScheme ? colorSchemePrefs(options.colorScheme) : {}),
    },
  });
  try {
    await firefox.installExtension(extensionDir);
    const extensionHost = FIREFOX_EXTENSION_UUID;
    const extensionUrl = (path: string) => `moz-extension://${extensionHost}/${path.replace(/^\//, '')}`;
    const opened: TestPage[] = [];
    const wrap = (raw: unknown, tabId: number) => wrapPage(raw as Page, tabId, opened);

    // The navigation promise to an extension page may never settle under BiDi: navigate without
    // awaiting it, then wait until the page's extension APIs are there.
    const messengerPage = (await firefox.pages())[0] ?? (await firefox.newPage());
    void messengerPage.goto(extensionUrl('popup/popup.html?tab=-1')).catch(() => undefined);
    await waitUntil(
      () => messengerPage.evaluate(() => location.protocol === 'moz-extension:' && typeof browser?.tabs?.getCurrent === 'function'),
      'the extension page to load',
      30_000,
    );
    const messengerTab = await messengerPage.evaluate(() => browser.tabs.getCurrent().then((tab) => tab?.id ?? -1));
    const messenger = wrap(messengerPage, messengerTab);

    const backgroundRunning = () =>
      messengerPage.evaluate(() => browser.extension.getBackgroundPage() !== null);

    const driver: BrowserDriver = {
      name: 'firefox',
      extensionHost,
      extensionUrl,
      messenger,
      // Puppeteer's own URL of a tab showing an extension page can stay about:blank: ask the page. A
      // web page too busy to answer (a test may keep one busy) must not hold up finding the others:
      // puppeteer's URL, right for web pages, once it has not answered within a second.
      rawPages: async () =>
        Promise.all(
          (await firefox.pages()).map(async (page) => {
            const asked = page.evaluate(() => location.href).catch(() => page.url());
            const known = page.url();
            const url = /^https?:/.test(known) ? Promise.race([asked, new Promise<string>((resolve) => setTimeout(() => resolve(known), 1_000))]) : asked;
            return { raw: page, url: await url };
          }),
        ),
      wrap,
      backgroundRunning,
      async stopBackground() {
        // Firefox has no "stop now": the event page is suspended once idle for BACKGROUND_IDLE_MS.
        await waitUntil(async () => !(await backgroundRunning()), 'the background event page to be suspended', 30_000, 100);
      },
      close: () => closeBrowser(firefox),
    };
    return makeExtensionBrowser(driver, server, opened);
  } catch (error) {
    await closeBrowser(firefox);
    await server.close();
    throw error;
  }
}

/** Firefox has no per-page emulation of `prefers-color-scheme` over BiDi: the theme is set for the whole browser. */
function colorSchemePrefs(scheme: 'light' | 'dark'): Record<string, number> {
  const dark = scheme === 'dark';
  // content-override 0 is dark, 1 light (for pages and extension pages); the system theme to match.
  return { 'ui.systemUsesDarkTheme': dark ? 1 : 0, 'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1 };
}

async function closeBrowser(firefox: Browser): Promise<void> {
  await firefox.close().catch(() => firefox.process()?.kill('SIGKILL'));
}

function wrapPage(page: Page, tabId: number, opened: TestPage[]): TestPage {
  return makeTestPage(
    'firefox',
    tabId,
    {
      raw: page,
      url: () => page.evaluate(() => location.href).catch(() => page.url()),
      evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => unknown, arg),
      screenshot: (path) => page.screenshot({ path: path as `${string}.png` }),
      close: () => page.close(),
    },
    (closed) => forget(opened, closed),
  );
}

/** Firefox's promise-based extension namespace, as seen from an extension page. */
declare const browser: {
  tabs: { getCurrent(): Promise<{ id?: number } | undefined> };
  extension: { getBackgroundPage(): Window | null };
};
