import type { PopupToBackground } from '../shared/protocol';
import type { SettingsStorage, StorageChangedEvent } from '../shared/settings';
import type { Caller } from '../popup/call';

/** Everything the options page needs from the browser; `browser-options-api.ts` builds it, tests fake it. */
export interface OptionsApi {
  background: Caller<PopupToBackground>;
  storage: SettingsStorage & { onChanged: StorageChangedEvent };
  download(filename: string, mime: string, text: string): void;
  language: string;
}
