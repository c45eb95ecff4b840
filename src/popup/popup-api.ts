import type { PopupToBackground, ToContent } from '../shared/protocol';
import type { SettingsStorage, StorageAreaLike, StorageChangedEvent } from '../shared/settings';
import type { Caller } from './call';

/**
 * Everything the popup needs from the browser, in one small interface: `browser-popup-api.ts` builds
 * it from the extension APIs, tests hand in a fake.
 */
export interface PopupApi {
  /** calls to the background worker */
  background: Caller<PopupToBackground>;
  /** calls to the content script of one tab */
  tab(tabId: number): Caller<ToContent>;
  /** the tab the popup is about: `?tab=<id>` in its URL, else the active tab; null where none */
  currentTabId(): Promise<number | null>;
  /** the tab's URL, null where the browser does not tell us (pages we may not read) */
  tabUrl(tabId: number): Promise<string | null>;
  /** settings (sync, local), the tabs' reports as the background keeps them (session), and their changes */
  storage: SettingsStorage & { session: StorageAreaLike; onChanged: StorageChangedEvent };
  copyText(text: string): Promise<boolean>;
  download(filename: string, mime: string, text: string): void;
  openOptions(): void;
  /** the browser UI's language, for dates and numbers */
  language: string;
}
