import { detectArticle } from '../dom/detect-article';
import type { PageState, ToContent } from '../shared/protocol';
import { errorAnswer } from '../shared/wire';
import type { Instance } from './claim-page';
import { claimedInstance, whenClaimed } from './claim-page';
import type { MessageListener } from './content-api';
import { watchNavigation } from './watch-navigation';
import { watchPageChanges } from './watch-page-changes';

/** The browser APIs the watch uses: the message listener and the call that brings the story script. */
export interface WatchApi {
  readonly extensionId: string;
  onMessage(listener: MessageListener): void;
  /** asks the background to inject the story script into this page; an error message where it could not */
  startStory(): Promise<string | null>;
}

/** How long a message waits for the story script before it gets an error answer. */
export const START_TIMEOUT_MS = 15_000;

const NOTHING_PAINTED = { person: 0, place: 0, organization: 0, quote: 0 } as const;

/**
 * The content script of every page (content.js): a small watch that decides, from the DOM alone,
 * whether the page holds a story, and only then asks the background worker for the story script
 * (story.js: reading, painting, the hover card), which takes over. Most pages a reader opens are not
 * stories; on those this is all Story Lens costs: one detection, a message listener, and a debounced
 * look again when the page changes or navigates (a single-page app that renders its story late).
 *
 * Until the story script runs, the watch answers `page:state` itself (idle while a likely story is
 * loading, not-article otherwise); any other call (the popup's "Annotate anyway", the menu, the
 * keyboard command) brings the story script and is answered by it. Once the story script runs, the
 * watch is silent and its observers are gone.
 */
export function watchForStory(doc: Document, api: WatchApi, scope: object = globalThis): void {
  const view = doc.defaultView!;
  const stopWatching = new view.AbortController();
  let likely = false;
  let starting: Promise<Instance | string> | null = null;

  /** Brings the story script (once; again after a failure) and resolves with it, or with why not. */
  const start = (): Promise<Instance | string> => {
    stopWatching.abort();
    starting ??= new Promise<Instance | string>((resolve) => {
      const timer = view.setTimeout(() => resolve('the story script did not start'), START_TIMEOUT_MS);
      whenClaimed(scope, (instance) => {
        view.clearTimeout(timer);
        resolve(instance);
      });
      void api.startStory().then((problem) => {
        if (problem !== null) resolve(problem);
      });
    }).then((result) => {
      if (typeof result === 'string') starting = null;
      return result;
    });
    return starting;
  };

  const look = () => {
    likely = isLikelyStory(doc);
    if (likely) void start();
  };

  api.onMessage((message, senderId) => {
    if (claimedInstance(scope)?.handle || !isContentCall(message)) return undefined;
    if (senderId !== api.extensionId) return Promise.resolve(errorAnswer('forbidden', 'only Story Lens may call its content script'));
    if (message.type === 'page:state' && starting === null) {
      const state: PageState = { state: likely ? 'idle' : 'not-article', painted: { ...NOTHING_PAINTED }, renderer: 'highlight-api' };
      return Promise.resolve(state);
    }
    return start().then((instance) =>
      typeof instance === 'string'
        ? errorAnswer('failed', `Story Lens could not start on this page: ${instance}`)
        : (instance.handle?.(message, senderId) ?? errorAnswer('failed', 'the story script does not answer')),
    );
  });

  look();
  if (likely) return;
  // Not a story yet: a single-page app may render one later, or navigate to one.
  const { signal } = stopWatching;
  const navigation = watchNavigation(view, look, signal);
  watchPageChanges(
    doc,
    () => {
      navigation.check();
      look();
    },
    signal,
  );
}

/** Detection on metadata and a bounded look at paragraphs (src/dom/detect-article.ts): no reading. */
function isLikelyStory(doc: Document): boolean {
  return detectArticle(doc).likely;
}

/** The calls of `ToContent` (a list of our own: the call map's parsers are the story script's weight). */
const CONTENT_CALLS: Record<keyof ToContent, true> = {
  'page:state': true,
  'highlights:toggle': true,
  'highlights:show': true,
  'page:annotate': true,
  'highlights:clear': true,
  'page:mentions': true,
  'page:report': true,
};

const isContentCall = (message: unknown): message is { type: keyof ToContent } => {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  return typeof type === 'string' && Object.hasOwn(CONTENT_CALLS, type);
};
