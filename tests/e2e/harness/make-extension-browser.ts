import type { BrowserName, ExtensionBrowser, PageStateAnswer, TestPage } from './extension-browser';
import { artifactPath } from './artifacts';
import type { FixtureServer } from './serve-fixtures';
import { waitUntil } from './wait-until';

/** What each browser's launcher supplies; everything else is the same in both browsers. */
export interface BrowserDriver {
  readonly name: BrowserName;
  readonly extensionHost: string;
  extensionUrl(path: string): string;
  /** an open extension page (the popup) from which extension APIs are called */
  readonly messenger: TestPage;
  /** the driver's pages now open, with their current URLs */
  rawPages(): Promise<Array<{ raw: unknown; url: string }>>;
  /** wraps one of `rawPages` into a TestPage */
  wrap(raw: unknown, tabId: number): TestPage;
  backgroundRunning(): Promise<boolean>;
  stopBackground(): Promise<void>;
  close(): Promise<void>;
}

/** The primitives a TestPage is built on: the rest is defined once, in terms of `evaluate`. */
export interface PageOps {
  raw: unknown;
  url(): string | Promise<string>;
  evaluate(fn: (arg: never) => unknown, arg: unknown): Promise<unknown>;
  screenshot(path: string): Promise<unknown>;
  close(): Promise<unknown>;
}

export function makeTestPage(browser: BrowserName, tabId: number, ops: PageOps, onClose: (page: TestPage) => void): TestPage {
  const page: TestPage = {
    tabId,
    raw: ops.raw,
    url: async () => ops.url(),
    evaluate: (fn, arg) => ops.evaluate(fn as (arg: never) => unknown, arg) as Promise<never>,
    async waitFor(fn, arg, timeoutMs = 20_000) {
      await waitUntil(() => ops.evaluate(fn as (arg: never) => unknown, arg), `${fn.toString().slice(0, 120)} in ${ops.url()}`, timeoutMs);
    },
    text: (selector = 'body') =>
      ops.evaluate(
        ((sel: string) => (document.querySelector(sel) as HTMLElement | null)?.innerText ?? '') as (arg: never) => unknown,
        selector,
      ) as Promise<string>,
    async screenshot(name) {
      const path = artifactPath(browser, name);
      await ops.screenshot(path);
      return path;
    },
    async close() {
      onClose(page);
      await ops.close();
    },
  };
  return page;
}

/** The few extension APIs the harness calls inside an extension page (promise-based in both browsers under MV3). */
interface PageApi {
  runtime: { sendMessage(message: object): Promise<unknown> };
  tabs: {
    create(options: { url: string; active: boolean }): Promise<{ id: number }>;
    sendMessage(tabId: number, message: object): Promise<unknown>;
  };
}
/** Firefox offers `browser` (and `chrome`); Chromium offers `chrome`. */
type PageGlobals = { browser?: PageApi; chrome: PageApi };

/** Drops a closed page from the list of open ones. */
export function forget(pages: TestPage[], page: TestPage): void {
  const index = pages.indexOf(page);
  if (index >= 0) pages.splice(index, 1);
}

const sameUrl = (a: string, b: string) => {
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return a === b;
  }
};

/** The browser-independent half of an ExtensionBrowser, over a driver and the fixture server. */
export function makeExtensionBrowser(driver: BrowserDriver, server: FixtureServer, opened: TestPage[]): ExtensionBrowser {
  const { messenger } = driver;
  const claimed = new Set<unknown>([messenger.raw]);

  const call = <R>(fn: (arg: never) => unknown, arg: unknown) => messenger.evaluate(fn as (arg: unknown) => R, arg);

  async function openPage(url: string): Promise<TestPage> {
    const tabId = await call<number>(
      ((target: string) => {
        const g = globalThis as unknown as PageGlobals;
        return (g.browser ?? g.chrome).tabs.create({ url: target, active: true }).then((tab) => tab.id);
      }) as (arg: never) => unknown,
      url,
    );
    const raw = await waitUntil(
      async () => (await driver.rawPages()).find((entry) => !claimed.has(entry.raw) && sameUrl(entry.url, url))?.raw,
      `the new tab showing ${url}`,
      30_000,
    );
    claimed.add(raw);
    const page = driver.wrap(raw, tabId);
    opened.push(page);
    await page.waitFor(() => document.readyState === 'complete', undefined, 30_000);
    return page;
  }

  const browser: ExtensionBrowser = {
    name: driver.name,
    extensionHost: driver.extensionHost,
    fixtureUrl: (path) => server.url(path),
    extensionUrl: (path) => driver.extensionUrl(path),
    openPage,
    async openPopup(tabId) {
      const page = await openPage(driver.extensionUrl(`popup/popup.html?tab=${tabId}`));
      // The popup renders asynchronously (it asks the background first): wait for any text.
      await page.waitFor(() => (document.body?.innerText ?? '').trim().length > 0, undefined, 30_000);
      return page;
    },
    async tabIdOf(url) {
      for (const page of opened) if (sameUrl(await page.url(), url)) return page.tabId;
      throw new Error(`no tab opened with openPage shows ${url}`);
    },
    // Resent like the extension's own sendToBackground does: a message that meets Firefox's event page
    // while it is being suspended (the tests set a 1 s idle timeout) reaches no listener.
    sendMessage: async (message) => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await call(
            ((msg: object) => {
              const g = globalThis as unknown as PageGlobals;
              return (g.browser ?? g.chrome).runtime.sendMessage(msg);
            }) as (arg: never) => unknown,
            message,
          );
        } catch (error) {
          if (attempt >= 3 || !/Receiving end does not exist/.test(String(error))) throw error;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
    },
    sendTabMessage: (tabId, message) =>
      call(
        (({ id, msg }: { id: number; msg: object }) => {
          const g = globalThis as unknown as PageGlobals;
          return (g.browser ?? g.chrome).tabs.sendMessage(id, msg);
        }) as (arg: never) => unknown,
        { id: tabId, msg: message },
      ),
    async pageState(tabId, states = ['not-article', 'annotated'], timeoutMs = 30_000) {
      let last: unknown = 'no answer';
      return waitUntil(
        async () => {
          last = await browser.sendTabMessage(tabId, { type: 'page:state' });
          const answer = last as PageStateAnswer | null;
          return answer && states.includes(answer.state) ? answer : null;
        },
        // described when it times out, so the message carries the last answer, not the first
        () => `page:state of tab ${tabId} to be ${states.join(' or ')} (last answer: ${JSON.stringify(last)})`,
        timeoutMs,
        100,
      );
    },
    backgroundRunning: () => driver.backgroundRunning(),
    stopBackground: () => driver.stopBackground(),
    async screenshotAll(label) {
      const paths: string[] = [];
      for (const [index, page] of [messenger, ...opened].entries()) {
        const path = await page.screenshot(`${label}-${index}`).catch(() => null);
        if (path) paths.push(path);
      }
      return paths;
    },
    pages: () => [...opened],
    async close() {
      await driver.close().catch(() => undefined);
      await server.close();
    },
  };
  return browser;
}
