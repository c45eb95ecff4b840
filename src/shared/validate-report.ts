import type { Parser } from './parse-value';
import { boolean, integer, list, literal, nullable, number, object, optional, text } from './parse-value';
import type { StoryReport } from './report';
import { REPORT_VERSION } from './report';
import type { Result } from './result';

/**
 * Limits on a report from outside. Generous for any real story (a 100,000-word story has a few
 * thousand entities at most) yet small enough that a hostile page cannot fill the browser's storage
 * through our content script.
 */
export const REPORT_LIMITS = {
  url: 8_192,
  title: 2_000,
  shortText: 500,
  highlights: 50,
  highlightText: 2_000,
  entities: 5_000,
  aliases: 200,
  name: 300,
  quotes: 5_000,
  quoteText: 50_000,
  wordCount: 10_000_000,
  mentions: 1_000_000,
} as const;

const L = REPORT_LIMITS;

export const articleParser = object({
  detected: boolean,
  title: nullable(text(L.title)),
  byline: optional(nullable(text(L.shortText)), null),
  published: optional(nullable(text(L.shortText)), null),
  site: optional(nullable(text(L.shortText)), null),
  wordCount: integer(0, L.wordCount),
});

const story = object({
  id: nullable(text(L.shortText)),
  title: optional(nullable(text(L.title)), null),
  confidence: number(0, 1),
  coverage: optional(number(0, 1), 0),
});

const highlight = object({ text: text(L.highlightText), source: literal('page', 'catalog', 'generated') });

export const entityParser = object({
  id: text(L.shortText),
  type: literal('person', 'place', 'organization'),
  name: text(L.name),
  aliases: list(text(L.name), L.aliases),
  mentions: integer(1, L.mentions),
});

export const quoteParser = object({ text: text(L.quoteText), speaker: nullable(text(L.name)) });

const report: Parser<StoryReport> = object({
  version: literal(REPORT_VERSION),
  url: nullable(text(L.url)),
  article: articleParser,
  story,
  highlights: list(highlight, L.highlights),
  entities: list(entityParser, L.entities),
  quotes: list(quoteParser, L.quotes),
});

/**
 * Checks an untrusted StoryReport (from a message, storage or an imported file) field by field
 * against the test contract's schema and REPORT_LIMITS. Answers a fresh copy without unknown fields.
 */
export function validateReport(raw: unknown): Result<StoryReport, string> {
  return report(raw, 'report');
}

/** The same check for use inside a larger parser. */
export const reportParser: Parser<StoryReport> = report;
