import type { BrowserApi, Listenable, MenuItem, Sender, StorageArea, TabChange } from './browser-api';

/** An event the test can fire; listeners run in order and their answers are collected. */
export class FakeEvent<F extends (...args: never[]) => unknown> implements Listenable<F> {
  readonly listeners: F[] = [];
  addListener(listener: F): void {
    this.listeners.push(listener);
  }
  fire(...args: Parameters<F>): Array<ReturnType<F>> {
    return this.listeners.map((listener) => listener(...args) as ReturnType<F>);
  }
}

/** A macrotask turn, so that concurrent storage calls interleave as they do in a browser. */
const turn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const clone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

/** In-memory storage.local/session: values are copied as JSON, every call takes a turn. */
export class FakeStorageArea implements StorageArea {
  readonly items = new Map<string, unknown>();
  /** like Chrome's QUOTA_BYTES: a set() that would pass it fails */
  quotaBytes = Number.POSITIVE_INFINITY;
  /** what a set() past the quota rejects with (Chrome's message by default) */
  quotaError: () => unknown = () => new Error('QUOTA_BYTES quota exceeded');
  /** bytesInUse answers null, as Firefox's storage does */
  reportsBytes = true;
  calls = 0;

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    this.calls += 1;
    await turn();
    const wanted = keys === undefined || keys === null ? [...this.items.keys()] : typeof keys === 'string' ? [keys] : keys;
    const out: Record<string, unknown> = {};
    for (const key of wanted) if (this.items.has(key)) out[key] = clone(this.items.get(key));
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.calls += 1;
    await turn();
    const next = new Map(this.items);
    for (const [key, value] of Object.entries(items)) next.set(key, clone(value));
    if (bytesOf(next) > this.quotaBytes) throw this.quotaError();
    for (const [key, value] of Object.entries(items)) this.items.set(key, clone(value));
  }

  async remove(keys: string | string[]): Promise<void> {
    this.calls += 1;
    await turn();
    for (const key of typeof keys === 'string' ? [keys] : keys) this.items.delete(key);
  }

  async bytesInUse(): Promise<number | null> {
    return this.reportsBytes ? bytesOf(this.items) : null;
  }
}

const bytesOf = (items: Map<string, unknown>): number =>
  [...items].reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);

export interface BadgeState {
  text: string;
  colour: string;
  title: string | null;
}

/** The whole fake browser: storage, tabs (with content-script answers), action, menus, commands. */
export class FakeBrowser implements BrowserApi {
  readonly storageAreas = { local: new FakeStorageArea(), session: new FakeStorageArea(), sync: new FakeStorageArea() };
  readonly badges = new Map<number, BadgeState>();
  readonly menuItems = new Map<string, MenuItem>();
  /** every message sent to a tab, in order */
  readonly tabMessages: Array<{ tabId: number; message: unknown }> = [];
  /** how the content scripts answer; tabs not listed have none (sendMessage rejects) */
  readonly contentScripts = new Map<number, (message: unknown) => unknown>();
  activeTab: number | null = null;
  private readonly messages = new FakeEvent<(message: unknown, sender: Sender) => Promise<unknown> | undefined>();
  private readonly installed = new FakeEvent<() => unknown>();
  private readonly removed = new FakeEvent<(tabId: number) => unknown>();
  private readonly updated = new FakeEvent<(tabId: number, change: TabChange) => unknown>();
  private readonly clicked = new FakeEvent<(menuItemId: string, tabId: number | null, pageUrl: string | null) => unknown>();
  private readonly command = new FakeEvent<(command: string, tabId: number | null) => unknown>();

  readonly runtime = {
    id: 'story-lens-test',
    origin: 'chrome-extension://story-lens-test/',
    onMessage: this.messages,
    onInstalled: this.installed,
  };
  readonly storage = this.storageAreas;
  readonly tabs = {
    sendMessage: async (tabId: number, message: unknown): Promise<unknown> => {
      this.tabMessages.push({ tabId, message });
      const script = this.contentScripts.get(tabId);
      if (!script) throw new Error('Could not establish connection. Receiving end does not exist.');
      return script(message);
    },
    activeTabId: async () => this.activeTab,
    onRemoved: this.removed,
    onUpdated: this.updated,
  };
  readonly action = {
    setBadge: async (tabId: number, text: string, colour: string) => {
      this.badges.set(tabId, { text, colour, title: this.badges.get(tabId)?.title ?? null });
    },
    setTitle: async (tabId: number, title: string | null) => {
      this.badges.set(tabId, { text: this.badges.get(tabId)?.text ?? '', colour: this.badges.get(tabId)?.colour ?? '', title });
    },
  };
  /** every `contextMenus.create` call's item id, in order */
  readonly menuCreates: string[] = [];
  /** the `runtime.lastError` messages those calls set (the real adapter reads and drops them) */
  readonly menuErrors: string[] = [];
  readonly menus = {
    create: async (item: MenuItem) => {
      this.menuCreates.push(item.id);
      // as Chrome does: a duplicate id is an error (Firefox likewise refuses it), never a second item
      if (this.menuItems.has(item.id)) this.menuErrors.push(`Cannot create item with duplicate id ${item.id}`);
      else this.menuItems.set(item.id, item);
    },
    removeAll: async () => this.menuItems.clear(),
    onClicked: this.clicked,
  };
  readonly commands = { onCommand: this.command };
  /** the style sheets inserted in each tab, in order; `refuseCss` makes insert fail (no host access) */
  readonly insertedCss = new Map<number, string[]>();
  refuseCss = false;
  readonly pageCss = {
    insert: async (tabId: number, css: string) => {
      if (this.refuseCss) throw new Error('Cannot access contents of the page.');
      this.insertedCss.set(tabId, [...(this.insertedCss.get(tabId) ?? []), css]);
    },
    remove: async (tabId: number, css: string) => {
      const sheets = this.insertedCss.get(tabId) ?? [];
      const at = sheets.indexOf(css);
      if (at >= 0) sheets.splice(at, 1);
    },
  };
  /** the files injected into each tab with `pageScript.inject`, in order */
  readonly injectedScripts = new Map<number, string[]>();
  /** when set, `pageScript.inject` fails as on a page the extension may not script */
  refuseScripts = false;
  readonly pageScript = {
    inject: async (tabId: number, file: string) => {
      if (this.refuseScripts) throw new Error('Cannot access contents of the page.');
      this.injectedScripts.set(tabId, [...(this.injectedScripts.get(tabId) ?? []), file]);
    },
  };
  message = (_key: string, _substitutions?: string[]) => '';

  /** Delivers a runtime message as the browser would, answering what the worker's listener answers. */
  async send(message: unknown, sender: Sender): Promise<unknown> {
    const answers = this.messages.fire(message, sender).filter((answer) => answer !== undefined);
    return answers.length > 0 ? clone(await answers[0]) : undefined;
  }

  /** A message from the content script of a tab's top frame. */
  fromTab(tabId: number, message: unknown, url = `https://news.example/story-${tabId}`): Promise<unknown> {
    return this.send(message, { id: this.runtime.id, url, frameId: 0, tab: { id: tabId } });
  }

  /** A message from the extension's popup. */
  fromPopup(message: unknown): Promise<unknown> {
    return this.send(message, { id: this.runtime.id, url: `${this.runtime.origin}popup/popup.html` });
  }

  install = () => this.installed.fire();
  closeTab = (tabId: number) => this.removed.fire(tabId);
  updateTab = (tabId: number, change: TabChange) => this.updated.fire(tabId, change);
  clickMenu = (id: string, tabId: number | null, pageUrl: string | null = null) => this.clicked.fire(id, tabId, pageUrl);
  pressCommand = (name: string, tabId: number | null) => this.command.fire(name, tabId);
}
