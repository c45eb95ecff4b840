import { nativeApi } from './native-api';
import type { BackgroundCalls, CallError, ParamsOf, ResultOf, ToContent } from './protocol';
import type { Result } from './result';
import { decodeAnswer, toWire, undelivered } from './wire';

/**
 * "Receiving end does not exist": the message reached no listener, typically a background that was
 * stopping as it was sent (Firefox's event page, Chrome's worker); nothing handled it, so sending
 * again is safe and wakes a fresh one.
 */
export const isNoReceiver = (error: unknown) => /receiving end does not exist|could not establish connection/i.test(String(error));

/** Waits before each resend: a stopping background needs a moment to be gone. */
const RESEND_DELAYS_MS = [50, 250, 1000];

/**
 * Sends a call to the background worker (from the content script, popup or options page). Every
 * failure (malformed call, worker error, nothing listening) comes back as an error value; a call
 * that reached no listener is sent again a few times first.
 */
export async function sendToBackground<K extends keyof BackgroundCalls & string>(
  type: K,
  params: ParamsOf<BackgroundCalls, K>,
  send: (message: unknown) => Promise<unknown> = (message) => nativeApi().runtime.sendMessage(message),
): Promise<Result<ResultOf<BackgroundCalls, K>, CallError>> {
  const message = toWire<BackgroundCalls, K>(type, params);
  for (let attempt = 0; ; attempt += 1) {
    try {
      return decodeAnswer(await send(message));
    } catch (error) {
      const delay = RESEND_DELAYS_MS[attempt];
      if (delay === undefined || !isNoReceiver(error)) return undelivered(error);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** Sends a call to the content script of one tab's top frame (from the background or popup). */
export async function sendToTab<K extends keyof ToContent & string>(
  tabId: number,
  type: K,
  params: ParamsOf<ToContent, K>,
): Promise<Result<ResultOf<ToContent, K>, CallError>> {
  try {
    const tabs = nativeApi().tabs;
    if (!tabs) return undelivered(new Error('no tabs API in this context'));
    return decodeAnswer(await tabs.sendMessage(tabId, toWire<ToContent, K>(type, params), { frameId: 0 }));
  } catch (error) {
    return undelivered(error);
  }
}
