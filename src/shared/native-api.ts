import type { SettingsStorage, StorageChangedEvent } from './settings';

/** A `runtime.onMessage` listener as the browsers call it: answers through `sendResponse` after returning true. */
export type NativeMessageListener = (message: unknown, sender: { id?: string }, sendResponse: (answer: unknown) => void) => boolean | undefined;

/**
 * The part of the browser's own extension API that the content script and the send helpers use. In
 * Manifest V3 both browsers answer promises for these calls (Chrome's `chrome.*` since 88-ish, Firefox's
 * `browser.*` always), so these contexts need no webextension-polyfill: the content script runs on
 * every page, and its 10 KB and start-up are not worth paying there.
 */
export interface NativeApi {
  runtime: {
    readonly id: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: NativeMessageListener): void; removeListener(listener: NativeMessageListener): void };
  };
  tabs?: { sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown> };
  storage: SettingsStorage & { onChanged: StorageChangedEvent };
}

/** `browser` in Firefox, `chrome` in Chromium (a build-time choice); throws outside an extension. */
export function nativeApi(): NativeApi {
  const scope = globalThis as { browser?: NativeApi; chrome?: NativeApi };
  const api = __FIREFOX__ ? scope.browser : scope.chrome;
  if (!api?.runtime?.id) throw new Error('not running in a Story Lens extension context');
  return api;
}

/**
 * Registers a listener that answers with a promise (or undefined: not ours, another listener may
 * answer) through the callback both browsers support, `sendResponse` after returning true.
 */
export function promiseListener(listener: (message: unknown, senderId: string | undefined) => Promise<unknown> | undefined): NativeMessageListener {
  return (message, sender, sendResponse) => {
    const answer = listener(message, sender.id);
    if (answer === undefined) return undefined;
    answer.then(sendResponse, (error: unknown) =>
      sendResponse({ error: { code: 'failed', message: error instanceof Error ? error.message : String(error) } }),
    );
    return true;
  };
}
