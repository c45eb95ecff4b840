import type { HandlerTable } from '../shared/handler-table';
import { callHandler } from '../shared/handler-table';
import type { ToContent } from '../shared/protocol';
import { parseMessage, TO_CONTENT_LIMITS, toContentParams } from '../shared/validate-message';
import { encodeAnswer, errorAnswer } from '../shared/wire';
import type { MessageListener } from './content-api';

/** What the content script does for each call of `ToContent`: typed from the call map, as the background's tables are. */
export type ContentHandlers = HandlerTable<ToContent, undefined>;

/** A type that is not a string is not ours: checked first, because `{toString: 1}` as a key throws. */
const isOurs = (message: unknown): boolean => {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  return typeof type === 'string' && Object.hasOwn(toContentParams, type);
};

/**
 * The listener for `ToContent`. Only the extension itself may call (a page cannot reach
 * `runtime.onMessage`, but another extension's `sendMessage` can); a message is parsed, not trusted:
 * a malformed one gets an error value back. Messages of other types are left for other listeners.
 */
export function handleMessage(handlers: ContentHandlers, extensionId: string): MessageListener {
  return (message, senderId) => {
    if (!isOurs(message)) return undefined;
    if (senderId !== extensionId) return Promise.resolve(errorAnswer('forbidden', 'only Story Lens may call its content script'));
    const parsed = parseMessage(message, toContentParams, TO_CONTENT_LIMITS);
    if (!parsed.ok) return Promise.resolve(errorAnswer(parsed.error.code, parsed.error.message));
    return callHandler(handlers, parsed.value, undefined).then(encodeAnswer);
  };
}
