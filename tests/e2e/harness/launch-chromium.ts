import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { DIST_DIR } from './artifacts';
import type { ExtensionBrowser, LaunchOptions, TestPage } from './extension-browser';
import { forget, makeExtensionBrowser, makeTestPage } from './make-extension-browser';
import type { BrowserDriver } from './make-extension-browser';
import { serveFixtures } from './serve-fixtures';
import { waitUntil } from './wait-until';

/** The flags every Chromium the project starts gets (no sandbox in containers, nothing phoning home). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const chromiumPath = (options: LaunchOptions = {}) => options.executablePath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's Chromium with dist/chrome loaded, in a fresh temporary profile (playwright-core's
 * `launchPersistentContext('')`: extensions only load in a persistent context).
 */
export async function launchChromium(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? join(DIST_DIR, 'chrome');
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`${extensionDir}/manifest.json is missing: run \`npm run build\` first`);
  const server = await serveFixtures(options.fixturesDir);
  const context = await chromium.launchPersistentContext('', {
    headless: !options.headed,
    executablePath: chromiumPath(options),
    args: [`--load-extension=${extensionDir}`, `--disable-extensions-except=${extensionDir}`, ...CHROMIUM_FLAGS],
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 60_000 }));
    const extensionHost = new URL(worker.url()).host;
    const extensionUrl = (path: string) => `chrome-extension://${extensionHost}/${path.replace(/^\//, '')}`;
    const opened: TestPage[] = [];
    const wrap = (raw: unknown, tabId: number) => wrapPage(raw as Page, tabId, opened);

    // The messenger is the popup page in a tab of its own: the background may accept popup-only calls
    // from the extension's own pages only. Its tab id comes from `tabs.getCurrent`.
    const messengerPage = context.pages()[0] ?? (await context.newPage());
    await messengerPage.goto(extensionUrl('popup/popup.html?tab=-1'));
    const messengerTab = await messengerPage.evaluate(() => chrome.tabs.getCurrent().then((tab) => tab?.id ?? -1));
    const messenger = wrap(messengerPage, messengerTab);
    const cdp = await context.newCDPSession(messengerPage);

    const driver: BrowserDriver = {
      name: 'chromium',
      extensionHost,
      extensionUrl,
      messenger,
      rawPages: async () => context.pages().map((page) => ({ raw: page, url: page.url() })),
      wrap,
      backgroundRunning: async () => (await workerTargetId(cdp, extensionHost)) !== null,
      async stopBackground() {
        const targetId = await workerTargetId(cdp, extensionHost);
        if (targetId === null) return;
        // https://developer.chrome.com/docs/extensions/how-to/test/test-serviceworker-termination-with-puppeteer
        await cdp.send('Target.closeTarget', { targetId });
        await waitUntil(async () => (await workerTargetId(cdp, extensionHost)) === null, 'the service worker to stop');
      },
      close: () => context.close(),
    };
    return makeExtensionBrowser(driver, server, opened);
  } catch (error) {
    await context.close().catch(() => undefined);
    await server.close();
    throw error;
  }
}

/** The extension's service worker target, null when the worker is not running. */
async function workerTargetId(cdp: CDPSession, extensionHost: string): Promise<string | null> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((info) => info.type === 'service_worker' && info.url.startsWith(`chrome-extension://${extensionHost}/`));
  return target?.targetId ?? null;
}

function wrapPage(page: Page, tabId: number, opened: TestPage[]): TestPage {
  return makeTestPage(
    'chromium',
    tabId,
    {
      raw: page,
      url: () => page.url(),
      evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => unknown, arg),
      screenshot: (path) => page.screenshot({ path }),
      close: () => page.close(),
    },
    (closed) => forget(opened, closed),
  );
}

declare const chrome: { tabs: { getCurrent(): Promise<{ id?: number } | undefined> } };
