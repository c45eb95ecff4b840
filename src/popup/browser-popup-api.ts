import browser from 'webextension-polyfill';
import { sendToBackground, sendToTab } from '../shared/send-message';
import { withTimeout } from './call';
import { copyText } from './copy-text';
import { downloadText } from './download-text';
import type { PopupApi } from './popup-api';

/** The popup's browser API over the real extension APIs (webextension-polyfill). */
export function browserPopupApi(search: string): PopupApi {
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
    openOptions: () => void browser.runtime.openOptionsPage(),
    language: browser.i18n.getUILanguage(),
  };
}
