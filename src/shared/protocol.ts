/**
 * The message protocol: one call map per direction. Each entry names a message `type`, the fields it
 * carries besides `type`, and what it answers. Senders and handler tables both derive from these
 * maps, so a payload's type cannot drift between them.
 *
 * On the wire a message is `{type, ...params}` and a successful answer is the result itself (the
 * test contract sends `{type: "report:get", tabId}` and reads a StoryReport or null). A failed call
 * answers `{error: {code, message}}` (an `ErrorAnswer`); the send helpers turn both into a `Result`.
 */
import type { Analysis } from '../core/analyse';
import type { AnnotationKind } from '../core/annotation';
import type { TextBlock, TextModel } from '../core/text-model';
import type { HighlightStyle } from './highlight-style';
import type { ArticleInfo, StoryReport } from './report';

export type Renderer = 'highlight-api' | 'wrap' | 'none';

/** The content script's state on a page, as the test contract defines it. */
export interface PageState {
  state: 'idle' | 'not-article' | 'annotated';
  /** highlight ranges now shown on the page, by kind */
  painted: Record<AnnotationKind, number>;
  renderer: Renderer;
  /**
   * each kind's (random) name in the page's `CSS.highlights` with the Highlight API renderer, so the
   * extension's own pages and tests can find its ranges; the page itself is never told
   */
  highlights?: Record<AnnotationKind, string>;
  /**
   * why the page is not painted although it was read as a story (the background could not analyse
   * it); absent otherwise. The next change of the page tries again.
   */
  problem?: string;
  /**
   * which kinds the page shows now (the reader may have switched some off with the keyboard command or
   * the popup); absent from content scripts that predate it
   */
  shown?: Record<AnnotationKind, boolean>;
  /**
   * how many times the content script has read this page since it started (a page that keeps
   * changing must not be read once a change); absent from content scripts that predate it
   */
  readings?: number;
}

/**
 * What the content script read of a page's story, for the background to analyse: `PageReading`
 * without the DOM anchors (those stay in the page, where the painter maps offsets back to it).
 */
export interface StoryReading {
  url: string | null;
  article: ArticleInfo;
  model: TextModel;
}

/**
 * One part of a story too long for one message (src/shared/story-parts.ts): a slice of its text and a
 * slice of its blocks (offsets into the whole text), the `index`th of the parts named `id`.
 */
export interface StoryPart {
  id: string;
  index: number;
  text: string;
  blocks: TextBlock[];
}

/** A reading whose text model went ahead in `count` parts named `id` (`story:part`). */
export interface PartedReading {
  url: string | null;
  article: ArticleInfo;
  parts: { id: string; count: number };
}

/**
 * The background's analysis of a story: `Analysis` (the report and the spans to paint), with the
 * story text's `fingerprintStory(model)` that the content script hands back with `report:put`.
 */
export interface StoryAnalysis extends Analysis {
  fingerprint: unknown;
}

/**
 * `story:analyse`'s answer: the `StoryAnalysis` in a compact form (src/shared/analysis-wire.ts), every
 * mention as three numbers rather than three objects; the content script decodes and checks it.
 */
export interface AnalysisWire {
  report: StoryReport;
  fingerprint: unknown;
  /** the quotations' ids, in the report's order (the report's quotations carry none) */
  quoteIds: string[];
  /** each quotation's speaker as an entity id, where the speaker is one of the story's entities */
  quoteSpeakerIds: Array<string | null>;
  /**
   * every annotation in paint order as (start, end, owner): the owner is the entity's index in
   * `report.entities`, or the number of entities plus the quotation's index in `report.quotes`
   */
  spans: number[];
}

/** Where the reader has met the same story before (matched by text fingerprint, not URL). */
export interface SeenElsewhere {
  url: string;
  site: string | null;
  title: string | null;
  /** ISO 8601 date-time of the last visit */
  lastSeen: string;
}

/** A story the reader saved to the catalog: a catalog entry known by its fingerprint, not its text. */
export interface SavedStory {
  id: string;
  title: string;
  highlights: string[];
  published: string | null;
  /** the site it was saved from */
  source: string | null;
  /** `fingerprintStory` of its text; null where the page sent none */
  fingerprint: unknown;
}

export interface LibraryStats {
  /** stories in the reading history (bounded, least recently seen evicted first) */
  stories: number;
  /** stories in the catalog: shipped plus saved by the reader */
  catalog: number;
  bytes: number;
}

/**
 * One highlighted mention on the page with its surroundings in the story's text, for a W3C
 * TextQuoteSelector (https://www.w3.org/TR/annotation-model/#text-quote-selector).
 */
export interface PageMention {
  /** the entity's or quotation's id in the report */
  ref: string;
  kind: AnnotationKind;
  exact: string;
  /** up to MENTION_CONTEXT_CHARS characters before `exact`, within its block of the story */
  prefix: string;
  /** up to MENTION_CONTEXT_CHARS characters after `exact`, within its block of the story */
  suffix: string;
}

/** Where "show me" moved to: the mention now in view, 1-based, of how many. */
export interface ShowPosition {
  index: number;
  total: number;
}

interface Call<P, R> {
  params: P;
  result: R;
}

type NoParams = Record<string, never>;

/** content script → background (the tab is always the sender's own) */
export interface ContentToBackground {
  /**
   * the story report of the sender's tab, replacing any earlier one; `fingerprint` is the story text's
   * `fingerprintStory(model)` (src/core/story/fingerprint.ts), which links the same story across sites
   */
  'report:put': Call<{ report: StoryReport; fingerprint?: unknown }, void>;
  /** the sender's tab no longer shows a story (navigated away, not an article, highlights cleared) */
  'report:clear': Call<NoParams, void>;
  /** the stories the reader saved to the catalog, for recognition (`CatalogIndex.addFingerprint`) */
  'catalog:saved': Call<NoParams, SavedStory[]>;
  /**
   * draws the sender's highlights in this style (null: no longer): the background adds the
   * `::highlight()` rules to the page as an injected sheet, which the page's scripts cannot see (it
   * is in neither `document.styleSheets` nor `adoptedStyleSheets`), replacing the one it added for
   * this tab before. Answers the highlight names of that earlier style, for the page's registry to
   * lose them (an earlier content script's); an error where the browser did not take the sheet
   */
  'highlights:style': Call<{ style: HighlightStyle | null }, { previous: string[] }>;
  /**
   * analyses the story the sender read (recognition against the shipped and the reader's saved
   * catalog, entities, quotations, highlights, fingerprint): the worker's code stays warm across
   * pages, and the page's main thread only reads and paints
   */
  'story:analyse': Call<StoryReading | PartedReading, AnalysisWire>;
  /**
   * a part of a long story's text model, for the `story:analyse` that names its parts next (the
   * worker keeps the latest story's parts per tab until then); parts come in order, from index 0
   */
  'story:part': Call<StoryPart, void>;
  /**
   * injects the story script (story.js: reading, painting, the hover card) into the sender's page: its
   * watch (content.js, on every page) found a likely story there, or was asked for something only the
   * story script does
   */
  'story:start': Call<NoParams, void>;
}

/** popup, options page and tests → background (only from the extension's own pages) */
export interface PopupToBackground {
  'report:get': Call<{ tabId: number }, StoryReport | null>;
  /** other pages where the story of this tab was seen */
  'library:related': Call<{ tabId: number }, SeenElsewhere[]>;
  /** saves the tab's story to the catalog; answers its catalog id */
  'catalog:save': Call<{ tabId: number }, { id: string }>;
  'library:stats': Call<NoParams, LibraryStats>;
  /** the whole library and the reader's saved catalog as one JSON document */
  'library:export': Call<NoParams, unknown>;
  /** merges an exported document into the library; answers how many stories it added */
  'library:import': Call<{ data: unknown }, { stories: number }>;
  /** deletes every stored report, story and saved catalog entry (settings stay) */
  'data:clear': Call<NoParams, void>;
}

/** What a content script holds of the story it reported: enough for the background to store it again. */
export interface PageReport {
  report: StoryReport;
  fingerprint?: unknown;
  /** the page's address as the content script sees it */
  url: string;
}

/** background or popup → the content script of one tab */
export interface ToContent {
  'page:state': Call<NoParams, PageState>;
  /** shows or hides one kind (or all kinds when `kind` is absent); `on` absent flips it */
  'highlights:toggle': Call<{ kind?: AnnotationKind; on?: boolean }, PageState>;
  /** scrolls to the next mention of an entity or quote (`ref` is its id in the report) and flashes it */
  'highlights:show': Call<{ ref: string }, ShowPosition>;
  /** annotates the page even where it was not detected as an article or the site is switched off */
  'page:annotate': Call<NoParams, PageState>;
  /** removes every highlight from the page */
  'highlights:clear': Call<NoParams, PageState>;
  /** every highlighted mention with its context, in page order (bounded: see MENTIONS_MAX) */
  'page:mentions': Call<NoParams, PageMention[]>;
  /**
   * the report this page last sent with `report:put`, or null where it shows no story: the background
   * asks when its stored record of the tab is gone or unreadable, so the reader loses nothing
   */
  'page:report': Call<NoParams, PageReport | null>;
}

export type BackgroundCalls = ContentToBackground & PopupToBackground;

export type ParamsOf<M, K extends keyof M> = M[K] extends Call<infer P, unknown> ? P : never;
export type MessageOf<M, K extends keyof M> = { type: K } & (M[K] extends Call<infer P, unknown> ? P : never);
export type ResultOf<M, K extends keyof M> = M[K] extends Call<unknown, infer R> ? R : never;
export type AnyMessage<M> = { [K in keyof M]: MessageOf<M, K> }[keyof M];

export type ErrorCode = 'malformed' | 'unknown-type' | 'forbidden' | 'too-large' | 'not-found' | 'failed';
export interface CallError {
  code: ErrorCode;
  message: string;
}
export interface ErrorAnswer {
  error: CallError;
}
