import browser from 'webextension-polyfill';

/**
 * The only module of the worker that touches `browser.*`: everything else takes a `BrowserApi`, so
 * unit tests hand in the in-memory fake (`fake-browser-api.ts`). Kept to what the worker uses.
 */
export interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /** bytes used, where the browser can tell (Chrome); null elsewhere */
  bytesInUse(): Promise<number | null>;
}

export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  /** `incognito`: a private window, whose visits must leave no trace once it closes */
  tab?: { id?: number; incognito?: boolean };
}

export interface Listenable<F> {
  addListener(listener: F): void;
}

export interface TabChange {
  status?: string;
  url?: string;
}

export interface MenuItem {
  id: string;
  title: string;
  contexts: Array<'page' | 'selection' | 'link' | 'image'>;
  documentUrlPatterns?: string[];
}

export interface BrowserApi {
  runtime: {
    readonly id: string;
    /** the extension's own origin with a trailing slash, e.g. chrome-extension://ID/ */
    readonly origin: string;
    onMessage: Listenable<(message: unknown, sender: Sender) => Promise<unknown> | undefined>;
    onInstalled: Listenable<() => unknown>;
  };
  /** `sync` holds the reader's settings (src/shared/settings.ts decides where they live) */
  storage: { local: StorageArea; session: StorageArea; sync: StorageArea };
  tabs: {
    /** a message to the top frame's content script; rejects where there is none */
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
    activeTabId(): Promise<number | null>;
    onRemoved: Listenable<(tabId: number) => unknown>;
    onUpdated: Listenable<(tabId: number, change: TabChange) => unknown>;
  };
  action: {
    setBadge(tabId: number, text: string, colour: string): Promise<void>;
    /** the toolbar button's tooltip and accessible name for one tab; null restores the default */
    setTitle(tabId: number, title: string | null): Promise<void>;
  };
  menus: {
    /** creates an item; an item with the same id that already exists is not an error */
    create(item: MenuItem): Promise<void>;
    removeAll(): Promise<void>;
    /** `pageUrl`: the page the menu was opened on, where the browser tells */
    onClicked: Listenable<(menuItemId: string, tabId: number | null, pageUrl: string | null) => unknown>;
  };
  commands: { onCommand: Listenable<(command: string, tabId: number | null) => unknown> };
  /** style sheets added to a tab's top frame (`scripting.insertCSS`): the page's scripts cannot see them */
  pageCss: {
    insert(tabId: number, css: string): Promise<void>;
    /** removes a sheet inserted with the very same text; one that is not there is no error */
    remove(tabId: number, css: string): Promise<void>;
  };
  /** the extension's own scripts run in a tab's top frame (`scripting.executeScript`), in its content scripts' world */
  pageScript: {
    inject(tabId: number, file: string): Promise<void>;
  };
  /** a localised string, '' where the locale has none */
  message(key: string, substitutions?: string[]): string;
}

function area(storage: browser.Storage.StorageArea): StorageArea {
  const withBytes = storage as browser.Storage.StorageArea & { getBytesInUse?: (keys?: null) => Promise<number> };
  return {
    get: (keys) => storage.get(keys ?? null),
    set: (items) => storage.set(items),
    remove: (keys) => storage.remove(keys),
    bytesInUse: async () => (typeof withBytes.getBytesInUse === 'function' ? withBytes.getBytesInUse(null) : null),
  };
}

const tabIdOf = (tab: { id?: number } | undefined): number | null => (tab?.id !== undefined && tab.id >= 0 ? tab.id : null);

/** The real browser, through webextension-polyfill (Chrome) or natively (Firefox). */
export function realBrowserApi(): BrowserApi {
  const { runtime, storage, tabs, action, contextMenus, commands, i18n } = browser;
  const { scripting } = browser as unknown as { scripting: Scripting };
  const session = (storage as unknown as { session: browser.Storage.StorageArea }).session;
  return {
    runtime: {
      id: runtime.id,
      origin: runtime.getURL('/'),
      onMessage: {
        addListener: (listener) =>
          runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => listener(message, sender)),
      },
      onInstalled: { addListener: (listener) => runtime.onInstalled.addListener(() => listener()) },
    },
    storage: { local: area(storage.local), session: area(session), sync: area(storage.sync) },
    tabs: {
      sendMessage: (tabId, message) => tabs.sendMessage(tabId, message, { frameId: 0 }),
      activeTabId: async () => tabIdOf((await tabs.query({ active: true, currentWindow: true }))[0]),
      onRemoved: { addListener: (listener) => tabs.onRemoved.addListener((tabId) => listener(tabId)) },
      onUpdated: {
        addListener: (listener) =>
          tabs.onUpdated.addListener((tabId, change) => listener(tabId, { status: change.status, url: change.url })),
      },
    },
    action: {
      async setBadge(tabId, text, colour) {
        await action.setBadgeBackgroundColor({ tabId, color: colour });
        await action.setBadgeText({ tabId, text });
      },
      async setTitle(tabId, title) {
        // Firefox restores the default title on null; Chrome wants a string, so it gets the default's text.
        if (title === null && !__FIREFOX__) title = i18n.getMessage('actionTitle') || 'Story Lens';
        await action.setTitle({ tabId, title });
      },
    },
    menus: {
      create: (item) =>
        new Promise((resolve) => {
          // The callback reads lastError so that "duplicate id" (a menu kept from before) stays quiet.
          contextMenus.create(item, () => {
            void runtime.lastError;
            resolve();
          });
        }),
      removeAll: () => contextMenus.removeAll(),
      onClicked: {
        addListener: (listener) => contextMenus.onClicked.addListener((info, tab) =>
            listener(String(info.menuItemId), tabIdOf(tab), info.pageUrl ?? tab?.url ?? null),
          ),
      },
    },
    commands: {
      onCommand: {
        addListener: (listener) =>
          commands.onCommand.addListener((command, tab?: { id?: number }) => listener(command, tabIdOf(tab))),
      },
    },
    pageCss: {
      // Author origin: Chromium draws no ::highlight() rule of a user-origin sheet.
      insert: (tabId, css) => scripting.insertCSS({ target: { tabId, frameIds: [0] }, css, origin: 'AUTHOR' }),
      remove: (tabId, css) => scripting.removeCSS({ target: { tabId, frameIds: [0] }, css, origin: 'AUTHOR' }),
    },
    pageScript: {
      async inject(tabId, file) {
        await scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file] });
      },
    },
    message: (key, substitutions) => i18n.getMessage(key, substitutions),
  };
}

/** The part of `scripting` used here (the polyfill's types predate it). */
interface Scripting {
  executeScript(injection: { target: { tabId: number; frameIds: number[] }; files: string[] }): Promise<unknown>;
  insertCSS(injection: { target: { tabId: number; frameIds: number[] }; css: string; origin: 'AUTHOR' | 'USER' }): Promise<void>;
  removeCSS(injection: { target: { tabId: number; frameIds: number[] }; css: string; origin: 'AUTHOR' | 'USER' }): Promise<void>;
}
