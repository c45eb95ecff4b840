/**
 * The one interface every end-to-end test drives, whichever the browser. `launchBrowser('chromium')`
 * and `launchBrowser('firefox')` both answer an `ExtensionBrowser`, so a test file is written once and
 * run in both with `describe.each(BROWSERS)`.
 */
export type BrowserName = 'chromium' | 'firefox';

/** Both browsers, in the order the suites run them. */
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** A tab of the browser under test: a fixture page, the popup, an options page. */
export interface TestPage {
  /** the tab's id as the extension sees it (`tabs.Tab.id`): what `report:get` and `?tab=` take */
  readonly tabId: number;
  url(): Promise<string>;
  /**
   * Runs a function in the page and answers its (JSON-serialisable) result. The function is sent as
   * source text: it cannot use variables of the test, only its one argument.
   */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Waits until `fn` answers a truthy value in the page (polled); fails after `timeoutMs`. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  /** the visible text of the first element matching `selector` (default `body`), '' where none */
  text(selector?: string): Promise<string>;
  /** Saves a PNG of the viewport to artifacts/e2e/<browser>/<name>.png and answers its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
  /** The driver's own page object (playwright-core `Page` or puppeteer-core `Page`), for what this interface lacks. */
  readonly raw: unknown;
}

export interface LaunchOptions {
  /** folder served on 127.0.0.1 (default tests/fixtures/) */
  fixturesDir?: string;
  /** unpacked extension to load (default dist/chrome or dist/firefox, under $STORY_LENS_DIST when set) */
  extensionDir?: string;
  /** browser binary (default $CHROMIUM_PATH or /usr/bin/chromium, $FIREFOX_PATH or /usr/bin/firefox-esr) */
  executablePath?: string;
  /** run with a window (default: headless) */
  headed?: boolean;
  /**
   * the colour scheme pages see in `prefers-color-scheme` (default: the browser's, light). Firefox can
   * only be told at launch (prefs), so the option is a launch's, for both browsers alike.
   */
  colorScheme?: 'light' | 'dark';
}

export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** the host of the extension's own URLs: Chromium's extension id, Firefox's fixed internal UUID */
  readonly extensionHost: string;
  /** `http://127.0.0.1:PORT/<path>` of a file under tests/fixtures/ (served for this browser) */
  fixtureUrl(path: string): string;
  /** `chrome-extension://ID/<path>` or `moz-extension://UUID/<path>` */
  extensionUrl(path: string): string;
  /**
   * Opens a URL in a new tab and waits for its `load` event (content scripts run at
   * `document_idle`, so wait for what you expect with `waitFor` or `pageState`). The tab is created
   * by the extension (`tabs.create`), which is how its tab id is known in both browsers.
   */
  openPage(url: string): Promise<TestPage>;
  /** Opens `popup/popup.html?tab=<tabId>` in a tab and waits until its script has rendered something. */
  openPopup(tabId: number): Promise<TestPage>;
  /** The tab id of a fixture page opened with `openPage`, looked up by its current URL. */
  tabIdOf(url: string): Promise<number>;
  /** `runtime.sendMessage(message)` from an extension page (the popup), answering what the background answers. */
  sendMessage(message: object): Promise<unknown>;
  /** `tabs.sendMessage(tabId, message)`: a message to one tab's content script. */
  sendTabMessage(tabId: number, message: object): Promise<unknown>;
  /** Polls `page:state` until the content script answers one of `states` (default: anything but idle). */
  pageState(tabId: number, states?: readonly string[], timeoutMs?: number): Promise<PageStateAnswer>;
  /** Whether the extension's background (Chromium service worker, Firefox event page) is running now. */
  backgroundRunning(): Promise<boolean>;
  /**
   * Stops the background and resolves once it is verifiably not running. Chromium: CDP
   * `Target.closeTarget` on the service worker. Firefox: waits for the event page to be suspended
   * after `extensions.background.idle.timeout` (set to 1 s by the harness). The next message starts it again.
   */
  stopBackground(): Promise<void>;
  /** Screenshots of every tab the harness opened, into artifacts/e2e/<browser>/<label>-N.png. */
  screenshotAll(label: string): Promise<string[]>;
  /** the tabs opened through this object and not closed yet */
  pages(): readonly TestPage[];
  close(): Promise<void>;
}

/** What the content script answers to `{type: 'page:state'}` (the test contract's shape). */
export interface PageStateAnswer {
  state: 'idle' | 'not-article' | 'annotated';
  painted: { person: number; place: number; organization: number; quote: number };
  renderer: string;
  /** each kind's random name in the page's CSS.highlights (Highlight API renderer) */
  highlights?: Record<'person' | 'place' | 'organization' | 'quote', string>;
}
