import type { AnnotationKind } from '../core/annotation';
import type { PageMention, PageReport, PageState, ShowPosition } from '../shared/protocol';
import { parseMessage, TO_CONTENT_LIMITS, toContentParams } from '../shared/validate-message';
import { errorAnswer } from '../shared/wire';
import type { MessageListener } from './content-api';

/** What the content script does for the messages of `ToContent`. */
export interface ContentCalls {
  state(): PageState;
  toggle(kind?: AnnotationKind, on?: boolean): Promise<PageState>;
  show(ref: string): ShowPosition | null;
  annotate(): Promise<PageState>;
  clear(): PageState;
  /** every painted mention with its context, for the Web Annotation export */
  mentions(): PageMention[];
  /** the report last sent to the background, for it to store again where its copy was lost */
  report(): PageReport | null;
}

/** A type that is not a string is not ours: checked first, because `{toString: 1}` as a key throws. */
const isOurs = (message: unknown): boolean => {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  return typeof type === 'string' && Object.hasOwn(toContentParams, type);
};

/**
 * The handler table for `ToContent`. Only the extension itself may call (a page cannot reach
 * `runtime.onMessage`, but another extension's `sendMessage` can); a message is parsed, not trusted:
 * a malformed one gets an error value back. Messages of other types are left for other listeners.
 */
export function handleMessage(calls: ContentCalls, extensionId: string): MessageListener {
  return (message, senderId) => {
    if (!isOurs(message)) return undefined;
    if (senderId !== extensionId) return Promise.resolve(errorAnswer('forbidden', 'only Story Lens may call its content script'));
    const parsed = parseMessage(message, toContentParams, TO_CONTENT_LIMITS);
    if (!parsed.ok) return Promise.resolve(errorAnswer(parsed.error.code, parsed.error.message));
    const { type, params } = parsed.value;
    switch (type) {
      case 'page:state':
        return Promise.resolve(calls.state());
      case 'highlights:toggle':
        return calls.toggle(params.kind, params.on);
      case 'highlights:show': {
        const position = calls.show(params.ref);
        return Promise.resolve(position ?? errorAnswer('not-found', `no mention of ${params.ref.slice(0, 80)} on the page`));
      }
      case 'page:annotate':
        return calls.annotate();
      case 'highlights:clear':
        return Promise.resolve(calls.clear());
      case 'page:mentions':
        return Promise.resolve(calls.mentions());
      case 'page:report':
        return Promise.resolve(calls.report());
    }
  };
}
