import browser from 'webextension-polyfill';
import type { BackgroundCalls, CallError, ParamsOf, ResultOf, ToContent } from './protocol';
import type { Result } from './result';
import { decodeAnswer, toWire, undelivered } from './wire';

/**
 * Sends a call to the background worker (from the content script, popup or options page). Every
 * failure (malformed call, worker error, nothing listening) comes back as an error value.
 */
export async function sendToBackground<K extends keyof BackgroundCalls & string>(
  type: K,
  params: ParamsOf<BackgroundCalls, K>,
): Promise<Result<ResultOf<BackgroundCalls, K>, CallError>> {
  try {
    return decodeAnswer(await browser.runtime.sendMessage(toWire<BackgroundCalls, K>(type, params)));
  } catch (error) {
    return undelivered(error);
  }
}

/** Sends a call to the content script of one tab's top frame (from the background or popup). */
export async function sendToTab<K extends keyof ToContent & string>(
  tabId: number,
  type: K,
  params: ParamsOf<ToContent, K>,
): Promise<Result<ResultOf<ToContent, K>, CallError>> {
  try {
    return decodeAnswer(await browser.tabs.sendMessage(tabId, toWire<ToContent, K>(type, params), { frameId: 0 }));
  } catch (error) {
    return undelivered(error);
  }
}
