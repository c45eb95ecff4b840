import type { HandlerTable } from '../shared/handler-table';
import { callHandler } from '../shared/handler-table';
import type { CallError, ContentToBackground, PopupToBackground } from '../shared/protocol';
import type { Result } from '../shared/result';
import { err } from '../shared/result';
import {
  CONTENT_TO_BACKGROUND_LIMITS,
  contentToBackgroundParams,
  parseMessage,
  POPUP_TO_BACKGROUND_LIMITS,
  popupToBackgroundParams,
} from '../shared/validate-message';
import { encodeAnswer } from '../shared/wire';
import type { BrowserApi, Sender } from './browser-api';
import type { ContentContext } from './handlers';
import { warnOnce } from './warn-once';

const refuse = (message: string): Result<never, CallError> => err({ code: 'forbidden', message });
const isWebPage = (url: string | undefined) => url !== undefined && /^https?:\/\//i.test(url);

/**
 * The worker's one runtime.onMessage listener. Answers only this extension's own contexts: content
 * calls only from the top frame of a tab showing a web page, popup calls only from the extension's
 * own pages. Every message is parsed against its call map first; a failure of any kind is an
 * ErrorAnswer value, never an exception or a missing answer.
 */
export function serveMessages(
  api: BrowserApi,
  content: HandlerTable<ContentToBackground, ContentContext>,
  popup: HandlerTable<PopupToBackground, unknown>,
): (message: unknown, sender: Sender) => Promise<unknown> {
  const dispatch = async (message: unknown, sender: Sender): Promise<Result<unknown, CallError>> => {
    if (sender.id !== api.runtime.id) return refuse('not from this extension');
    const type = (message as { type?: unknown } | null)?.type;
    const fromOwnPage = sender.url?.startsWith(api.runtime.origin) === true;
    if (typeof type === 'string' && Object.hasOwn(contentToBackgroundParams, type)) {
      const tabId = sender.tab?.id;
      if (fromOwnPage || tabId === undefined || tabId < 0 || (sender.frameId ?? 0) !== 0 || !isWebPage(sender.url)) {
        return refuse(`${type} is for the content script of a web page`);
      }
      const parsed = parseMessage(message, contentToBackgroundParams, CONTENT_TO_BACKGROUND_LIMITS);
      if (!parsed.ok) return parsed;
      return callHandler(content, parsed.value, { tabId, url: sender.url ?? '', incognito: sender.tab?.incognito === true });
    }
    if (!fromOwnPage && typeof type === 'string' && Object.hasOwn(popupToBackgroundParams, type)) {
      return refuse(`${type} is answered only to Story Lens pages`);
    }
    const parsed = parseMessage(message, popupToBackgroundParams, POPUP_TO_BACKGROUND_LIMITS);
    if (!parsed.ok) return parsed;
    if (!fromOwnPage) return refuse('not from a Story Lens page');
    return callHandler(popup, parsed.value, {});
  };
  return async (message, sender) => {
    try {
      return encodeAnswer(await dispatch(message, sender));
    } catch (error) {
      const type = String((message as { type?: unknown } | null)?.type).slice(0, 40);
      warnOnce(`${type} failed`, error);
      return encodeAnswer(err({ code: 'failed', message: error instanceof Error ? error.message : String(error) }));
    }
  };
}
