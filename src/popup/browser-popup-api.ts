import { type NativeApi, nativeApi } from '../shared/native-api';
import { sendToBackground, sendToTab } from '../shared/send-message';
import type { StorageAreaLike } from '../shared/settings';
import { withTimeout } from './call';
import { copyText } from './copy-text';
import { downloadText } from './download-text';
import type { PopupApi } from './popup-api';

/** The rest of the browser's own API the popup uses: promise-based in both browsers under Manifest V3. */
interface PopupNativeApi extends NativeApi {
  runtime: NativeApi['runtime'] & { openOptionsPage(): Promise<void> };
  tabs: NonNullable<NativeApi['tabs']> & {
    query(query: { active: true; currentWindow: true }): Promise<Array<{ id?: number }>>;
    get(tabId: number): Promise<{ url?: string }>;
  };
  storage: NativeApi['storage'] & { session: StorageAreaLike };
  i18n: { getUILanguage(): string };
}

/**
 * The popup's browser API over the browsers' own extension APIs (no webextension-polyfill: parsing it
 * would cost every opening of the popup, and the calls it wraps already answer promises).
 */
export function browserPopupApi(search: string): PopupApi {
  const browser = nativeApi() as PopupNativeApi;
  return {
    background: (type, params) => withTimeout(sendToBackground(type, params), type),
    tab: (tabId) => (type, params) => withTimeout(sendToTab(tabId, type, params), type),
    async currentTabId() {
      const param = new URLSearchParams(search).get('tab');
      if (param !== null) return /^\d+$/.test(param) ? Number(param) : null;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    async tabUrl(tabId) {
      // Without the "tabs" permission the URL is there only for pages our host permissions cover,
      // which is every http(s) page: a missing URL means a page extensions may not read.
      const tab = await browser.tabs.get(tabId).catch(() => null);
      return tab?.url ?? null;
    },
    storage: browser.storage,
    copyText,
    download: downloadText,
    openOptions: () => void browser.runtime.openOptionsPage().catch(() => undefined),
    language: browser.i18n.getUILanguage(),
  };
}
