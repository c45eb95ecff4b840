import type { TextModel } from '../core/text-model';
import type { Parser } from './parse-value';
import { highlightStyleParser } from './highlight-style';
import { boolean, integer, isRecord, json, list, literal, nullable, object, optional, text } from './parse-value';
import type {
  CallError,
  ContentToBackground,
  PageMention,
  PageReport,
  ParamsOf,
  PartedReading,
  PopupToBackground,
  StoryPart,
  StoryReading,
  ToContent,
} from './protocol';
import type { Result } from './result';
import { err, ok } from './result';
import { articleParser, REPORT_LIMITS, reportParser } from './validate-report';
import { PART_BLOCKS, PART_CHARS } from './story-parts';

/** One parser per call of a call map: adding a call without its run-time check is a type error. */
export type ParamParsers<M> = { [K in keyof M]: Parser<ParamsOf<M, K>> };

/** A message that passed its checks: the call's type and its parameters, nothing else. */
export type ParsedMessage<M> = { [K in keyof M]: { type: K; params: ParamsOf<M, K> } }[keyof M];

export interface MessageLimits<M> {
  /** the largest message, in characters of its JSON form, unless `perType` says otherwise */
  maxChars: number;
  perType?: Partial<Record<keyof M, number>>;
}

const noParams = object({}) as Parser<Record<string, never>>;
const tabId = integer(0, Number.MAX_SAFE_INTEGER);
const kind = literal('person', 'place', 'organization', 'quote');

/**
 * Fingerprints are opaque here; the store re-checks their shape before comparing them. About 1.2
 * characters a word of story (0.22 hashes a word, 4 bytes each, in base64), so this admits a story
 * of 800,000 words, beyond REPORT_LIMITS' word count for any real page.
 */
export const FINGERPRINT_MAX_CHARS = 1_000_000;

/** The longest story text `story:analyse` takes: a 5 MB story, and room to spare. */
export const STORY_TEXT_MAX_CHARS = 12_000_000;
/** At most this many blocks (headline, highlights, paragraphs, captions) in a story's text model. */
export const STORY_BLOCKS_MAX = 1_000_000;

const offset = integer(0, STORY_TEXT_MAX_CHARS);
const block = object({ kind: literal('headline', 'highlight', 'paragraph', 'caption'), start: offset, end: offset });
const modelShape = object({ text: text(STORY_TEXT_MAX_CHARS), blocks: list(block, STORY_BLOCKS_MAX) });

/** A text model whose blocks are spans of its text, in order and not overlapping (the core relies on it). */
export const textModelParser: Parser<TextModel> = (raw, path) => {
  const parsed = modelShape(raw, path);
  if (!parsed.ok) return parsed;
  const { text: story, blocks } = parsed.value;
  let after = 0;
  for (const [index, { start, end }] of blocks.entries()) {
    if (start < after || end < start || end > story.length) {
      return err(`${path || 'value'}.blocks[${index}]: [${start}, ${end}) is not a span of the text after the block before it`);
    }
    after = end;
  }
  return parsed;
};

const storyReadingParser: Parser<StoryReading> = object({
  url: nullable(text(REPORT_LIMITS.url)),
  article: articleParser,
  model: textModelParser,
});

/** A name for one story's parts: the content script makes it up (a random UUID), the worker only matches it. */
const partsId = text(64);
/** At most this many parts to a story (a story within STORY_TEXT_MAX_CHARS takes about 50). */
export const STORY_PARTS_MAX = 1_000;

const partedReadingParser: Parser<PartedReading> = object({
  url: nullable(text(REPORT_LIMITS.url)),
  article: articleParser,
  parts: object({ id: partsId, count: integer(1, STORY_PARTS_MAX) }),
});

/** `story:analyse` carries its text model, or names the parts it went ahead in (never both). */
const storyAnalyseParser: Parser<StoryReading | PartedReading> = (raw, path) =>
  isRecord(raw) && raw.parts !== undefined && raw.model === undefined ? partedReadingParser(raw, path) : storyReadingParser(raw, path);

/** A part's blocks are checked one by one here, and as spans of the whole text once the parts are joined. */
const storyPartParser: Parser<StoryPart> = object({
  id: partsId,
  index: integer(0, STORY_PARTS_MAX - 1),
  text: text(PART_CHARS),
  blocks: list(block, PART_BLOCKS),
});

export const contentToBackgroundParams: ParamParsers<ContentToBackground> = {
  'report:put': object({ report: reportParser, fingerprint: optional(json(4, FINGERPRINT_MAX_CHARS), undefined) }),
  'report:clear': noParams,
  'catalog:saved': noParams,
  'highlights:style': object({ style: nullable(highlightStyleParser) }),
  'story:analyse': storyAnalyseParser,
  'story:part': storyPartParser,
  'story:start': noParams,
};

export const popupToBackgroundParams: ParamParsers<PopupToBackground> = {
  'report:get': object({ tabId }),
  'library:related': object({ tabId }),
  'catalog:save': object({ tabId }),
  'library:stats': noParams,
  'library:export': noParams,
  'library:import': object({ data: json(12, 64_000_000) }),
  'data:clear': noParams,
};

export const toContentParams: ParamParsers<ToContent> = {
  'page:state': noParams,
  'highlights:toggle': object({ kind: optional(kind, undefined), on: optional(boolean, undefined) }),
  'highlights:show': object({ ref: text(500) }),
  'page:annotate': noParams,
  'highlights:clear': noParams,
  'page:mentions': noParams,
  'page:report': noParams,
};

/** Characters of context on each side of a mention (Hypothesis uses 32 for its TextQuoteSelectors). */
export const MENTION_CONTEXT_CHARS = 32;
/** At most this many mentions in a `page:mentions` answer (the content script stops there). */
export const MENTIONS_MAX = 20_000;
/** A mention longer than this (a quotation running over a whole long paragraph) is left out. */
export const MENTION_EXACT_MAX = 10_000;

/** Checks a `page:mentions` answer, which the popup reads from a content script on a web page. */
export const pageMentionsParser: Parser<PageMention[]> = list(
  object({
    ref: text(500),
    kind,
    exact: text(MENTION_EXACT_MAX),
    prefix: text(MENTION_CONTEXT_CHARS),
    suffix: text(MENTION_CONTEXT_CHARS),
  }),
  MENTIONS_MAX,
);

/** Checks a `page:report` answer as strictly as a `report:put` (it is stored the same way). */
export const pageReportParser: Parser<PageReport> = object({
  report: reportParser,
  fingerprint: optional(json(4, FINGERPRINT_MAX_CHARS), undefined),
  url: text(REPORT_LIMITS.url),
});

export const CONTENT_TO_BACKGROUND_LIMITS: MessageLimits<ContentToBackground> = {
  maxChars: 8_000_000,
  // JSON escapes (quotation marks, line breaks) and the blocks come on top of the story's text.
  perType: { 'story:analyse': 2 * STORY_TEXT_MAX_CHARS, 'story:part': 2 * PART_CHARS + PART_BLOCKS * 60 },
};
export const POPUP_TO_BACKGROUND_LIMITS: MessageLimits<PopupToBackground> = {
  maxChars: 10_000,
  perType: { 'library:import': 64_000_000 },
};
export const TO_CONTENT_LIMITS: MessageLimits<ToContent> = { maxChars: 10_000 };

const failure = (code: CallError['code'], message: string): Result<never, CallError> => err({ code, message });

function jsonLength(raw: unknown): number | null {
  try {
    return JSON.stringify(raw)?.length ?? null;
  } catch {
    return null;
  }
}

/**
 * Reads an untrusted message `{type, ...params}` against one call map: an unknown type, a message
 * over its size limit or a malformed parameter is an error value, never an exception.
 */
export function parseMessage<M>(raw: unknown, parsers: ParamParsers<M>, limits: MessageLimits<M>): Result<ParsedMessage<M>, CallError> {
  if (!isRecord(raw) || typeof raw.type !== 'string') return failure('malformed', 'a message is an object with a string "type"');
  const type = raw.type;
  if (!Object.hasOwn(parsers, type)) return failure('unknown-type', `unknown message type ${JSON.stringify(type.slice(0, 80))}`);
  const key = type as keyof M & string;
  const size = jsonLength(raw);
  if (size === null) return failure('malformed', `${key}: not a JSON value`);
  const max = limits.perType?.[key] ?? limits.maxChars;
  if (size > max) return failure('too-large', `${key}: ${size} characters, the limit is ${max}`);
  const { type: _type, ...rest } = raw;
  const params = parsers[key](rest, '');
  if (!params.ok) return failure('malformed', `${key}: ${params.error}`);
  return ok({ type: key, params: params.value } as ParsedMessage<M>);
}
