import { nativeApi, promiseListener } from '../shared/native-api';
import type { CallError, ContentToBackground, ParamsOf, ResultOf } from '../shared/protocol';
import type { Result } from '../shared/result';
import { sendToBackground } from '../shared/send-message';
import type { Settings } from '../shared/settings';
import type { StyleTab } from './highlight-sheets';
import { loadSettings, watchSettings } from '../shared/settings';

/** Sends one call of the content → background map; fire and forget (a closed worker wakes for it). */
export type ToBackground = <K extends keyof ContentToBackground & string>(type: K, params: ParamsOf<ContentToBackground, K>) => void;

/** Sends one call of the content → background map and waits for its answer (an error value where none comes). */
export type AskBackground = <K extends keyof ContentToBackground & string>(
  type: K,
  params: ParamsOf<ContentToBackground, K>,
) => Promise<Result<ResultOf<ContentToBackground, K>, CallError>>;

/** Handles a message to this tab; answers a promise for ours, undefined for messages not ours. */
export type MessageListener = (message: unknown, senderId: string | undefined) => Promise<unknown> | undefined;

/**
 * The browser APIs the content script uses, in one place (tests of the features hand in fakes):
 * messages both ways and the settings. Every registration ends when `signal` aborts.
 */
export interface ContentApi {
  readonly extensionId: string;
  /** false once the extension was reloaded, updated or removed and this script is an orphan */
  alive(): boolean;
  send: ToBackground;
  /** asks the background to draw this tab's highlights in a style the page cannot read (see `highlights:style`) */
  styleTab: StyleTab;
  ask: AskBackground;
  onMessage(listener: MessageListener, signal: AbortSignal): void;
  loadSettings(): Promise<Settings>;
  onSettings(listener: (settings: Settings) => void, signal: AbortSignal): void;
}

const browser = nativeApi();

export const contentApi: ContentApi = {
  extensionId: browser.runtime.id,
  // Chrome leaves an orphaned content script running, with `runtime.id` gone.
  alive: () => {
    try {
      const { chrome } = globalThis as { chrome?: { runtime?: { id?: unknown } } };
      return chrome === undefined || typeof chrome.runtime?.id === 'string';
    } catch {
      return false;
    }
  },
  styleTab: (style) => sendToBackground('highlights:style', { style }),
  send(type, params) {
    // A failure is a value here (the worker restarting, an orphan of a reloaded extension): there is
    // nobody to tell, and the next reading sends again.
    void sendToBackground(type, params as never);
  },
  ask: (type, params) => sendToBackground(type, params as never) as never,
  onMessage(listener, signal) {
    const wrapped = promiseListener(listener);
    browser.runtime.onMessage.addListener(wrapped);
    signal.addEventListener('abort', () => removeQuietly(() => browser.runtime.onMessage.removeListener(wrapped)), { once: true });
  },
  loadSettings: () => loadSettings(browser.storage),
  onSettings(listener, signal) {
    watchSettings(browser.storage, listener, signal);
  },
};

/** After an extension reload the old script's API is gone; removing its listeners then throws. */
function removeQuietly(remove: () => void): void {
  try {
    remove();
  } catch {
    // the listener died with the old extension context
  }
}
