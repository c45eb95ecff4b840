import type { AnnotationKind } from '../core/annotation';
import { ANNOTATION_KINDS } from '../core/annotation';
import type { ErrorAnswer, ErrorCode, PageState, ShowPosition } from '../shared/protocol';
import type { MessageListener } from './content-api';

/** What the content script does for the messages of `ToContent`. */
export interface ContentCalls {
  state(): PageState;
  toggle(kind?: AnnotationKind, on?: boolean): Promise<PageState>;
  show(ref: string): ShowPosition | null;
  annotate(): Promise<PageState>;
  clear(): PageState;
}

const error = (code: ErrorCode, message: string): ErrorAnswer => ({ error: { code, message } });

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The handler table for `ToContent`. Only the extension itself may call (a page cannot reach
 * `runtime.onMessage`, but another extension's `sendMessage` can); a message is parsed, not trusted:
 * a malformed one gets an error value back. Messages of other types are left for other listeners.
 */
export function handleMessage(calls: ContentCalls, extensionId: string): MessageListener {
  return (message, senderId) => {
    if (!isRecord(message) || typeof message.type !== 'string') return undefined;
    const { type } = message;
    if (!TYPES.has(type)) return undefined;
    if (senderId !== extensionId) return Promise.resolve(error('forbidden', `${type}: only Story Lens may call`));
    switch (type) {
      case 'page:state':
        return Promise.resolve(calls.state());
      case 'highlights:toggle': {
        const { kind, on } = message;
        if (kind !== undefined && !ANNOTATION_KINDS.includes(kind as AnnotationKind)) {
          return Promise.resolve(error('malformed', 'highlights:toggle: kind is person, place, organization or quote'));
        }
        if (on !== undefined && typeof on !== 'boolean') return Promise.resolve(error('malformed', 'highlights:toggle: on is a boolean'));
        return calls.toggle(kind as AnnotationKind | undefined, on);
      }
      case 'highlights:show': {
        const { ref } = message;
        if (typeof ref !== 'string' || ref.length > 500) return Promise.resolve(error('malformed', 'highlights:show: ref is a string'));
        const position = calls.show(ref);
        return Promise.resolve(position ?? error('not-found', `highlights:show: no mention of ${ref} on the page`));
      }
      case 'page:annotate':
        return calls.annotate();
      default:
        return Promise.resolve(calls.clear());
    }
  };
}

const TYPES = new Set(['page:state', 'highlights:toggle', 'highlights:show', 'page:annotate', 'highlights:clear']);
