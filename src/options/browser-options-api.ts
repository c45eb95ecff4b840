import browser from 'webextension-polyfill';
import { withTimeout } from '../popup/call';
import { downloadText } from '../popup/download-text';
import { sendToBackground } from '../shared/send-message';
import type { OptionsApi } from './options-api';

/** The options page's browser API over the real extension APIs. */
export function browserOptionsApi(): OptionsApi {
  return {
    // Import and export move the whole library: give them longer than a popup call.
    background: (type, params) => withTimeout(sendToBackground(type, params), type, 30_000),
    storage: browser.storage,
    download: downloadText,
    language: browser.i18n.getUILanguage(),
  };
}
