import type { Parser } from '../shared/parse-value';
import { integer, json, list, literal, nullable, object, text } from '../shared/parse-value';
import type { EntityType, StoryReport } from '../shared/report';
import { REPORT_LIMITS } from '../shared/validate-report';
import { FINGERPRINT_MAX_CHARS } from '../shared/validate-message';
import type { Migration } from './read-versioned';
import { readVersioned } from './read-versioned';
import { warnOnce } from './warn-once';

export const STORY_RECORD_VERSION = 1;
export const TOP_ENTITIES = 12;
export const STORED_HIGHLIGHTS = 6;

export interface StoryEntity {
  name: string;
  type: EntityType;
  mentions: number;
}

/** One story the reader has seen, at one URL: what the library keeps of it. */
export interface StoryRecord {
  v: typeof STORY_RECORD_VERSION;
  url: string;
  site: string | null;
  title: string | null;
  /** the article's own date, ISO 8601, where it states one */
  published: string | null;
  /** epoch milliseconds */
  firstSeen: number;
  lastSeen: number;
  /** the catalog story it was recognised as, if any */
  storyId: string | null;
  /** `fingerprintStory` of the story text, null where the content script sent none */
  fingerprint: unknown;
  highlights: string[];
  entities: StoryEntity[];
}

const L = REPORT_LIMITS;
const time = integer(0, 8.64e15);

export const storyRecordParser: Parser<StoryRecord> = object({
  v: literal(STORY_RECORD_VERSION),
  url: text(L.url),
  site: nullable(text(L.shortText)),
  title: nullable(text(L.title)),
  published: nullable(text(L.shortText)),
  firstSeen: time,
  lastSeen: time,
  storyId: nullable(text(L.shortText)),
  fingerprint: nullable(json(4, FINGERPRINT_MAX_CHARS)),
  highlights: list(text(L.highlightText), STORED_HIGHLIGHTS),
  entities: list(object({ name: text(L.name), type: literal('person', 'place', 'organization'), mentions: integer(1, L.mentions) }), TOP_ENTITIES),
});

/** Migrations of stored story records, by the version they start from (none yet: v1 is the first). */
export const STORY_MIGRATIONS: Readonly<Record<number, Migration>> = {};

/** The site a story was read on: the page's own name for itself, else its host. */
export function siteOf(report: StoryReport, url: string): string | null {
  if (report.article.site) return report.article.site;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/** What the library keeps of a report: the headline facts, its highlights and its most-mentioned entities. */
export function storyRecordFrom(report: StoryReport, url: string, fingerprint: unknown, now: number, firstSeen = now): StoryRecord {
  return {
    v: STORY_RECORD_VERSION,
    url,
    site: siteOf(report, url),
    title: report.article.title ?? report.story.title,
    published: report.article.published,
    firstSeen,
    lastSeen: now,
    storyId: report.story.id,
    fingerprint: fingerprint ?? null,
    highlights: report.highlights.slice(0, STORED_HIGHLIGHTS).map((highlight) => highlight.text),
    entities: [...report.entities]
      .sort((a, b) => b.mentions - a.mentions)
      .slice(0, TOP_ENTITIES)
      .map(({ name, type, mentions }) => ({ name, type, mentions })),
  };
}

/** A stored story record of any schema version, migrated and checked; null (logged) where it is unreadable. */
export function readStoryRecord(raw: unknown): StoryRecord | null {
  if (raw === undefined) return null;
  const story = readVersioned(raw, STORY_RECORD_VERSION, STORY_MIGRATIONS, storyRecordParser);
  if (story.ok) return story.value;
  warnOnce('dropped an unreadable story record', story.error);
  return null;
}
