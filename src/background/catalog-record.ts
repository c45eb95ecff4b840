import type { Parser } from '../shared/parse-value';
import { integer, json, list, literal, nullable, object, text } from '../shared/parse-value';
import { REPORT_LIMITS } from '../shared/validate-report';
import { FINGERPRINT_MAX_CHARS } from '../shared/validate-message';
import type { Result } from '../shared/result';
import type { Migration } from './read-versioned';
import { readVersioned } from './read-versioned';
import type { StoryRecord } from './story-record';
import { fnv1a } from './fnv1a';

export const CATALOG_RECORD_VERSION = 1;

/**
 * A story the reader saved to the catalog. Kept apart from the reading history, so that it is never
 * evicted; recognised on other pages by its fingerprint.
 */
export interface CatalogRecord {
  v: typeof CATALOG_RECORD_VERSION;
  id: string;
  title: string;
  url: string;
  site: string | null;
  published: string | null;
  highlights: string[];
  fingerprint: unknown;
  /** epoch milliseconds */
  savedAt: number;
}

const L = REPORT_LIMITS;

export const catalogRecordParser: Parser<CatalogRecord> = object({
  v: literal(CATALOG_RECORD_VERSION),
  id: text(L.shortText),
  title: text(L.title),
  url: text(L.url),
  site: nullable(text(L.shortText)),
  published: nullable(text(L.shortText)),
  highlights: list(text(L.highlightText), L.highlights),
  fingerprint: nullable(json(4, FINGERPRINT_MAX_CHARS)),
  savedAt: integer(0, 8.64e15),
});

export const CATALOG_MIGRATIONS: Readonly<Record<number, Migration>> = {};

/** A stable id from the title and URL: saving the same page twice answers the same id. */
export function catalogIdFor(title: string, url: string): string {
  const slug =
    title
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'story';
  return `saved-${slug}-${fnv1a(url).toString(36)}`;
}

export function catalogRecordFrom(story: StoryRecord, now: number): CatalogRecord {
  const title = story.title ?? story.url;
  return {
    v: CATALOG_RECORD_VERSION,
    id: catalogIdFor(title, story.url),
    title,
    url: story.url,
    site: story.site,
    published: story.published,
    highlights: story.highlights,
    fingerprint: story.fingerprint,
    savedAt: now,
  };
}

/** A stored saved story of any schema version, migrated and checked. */
export const readCatalogRecord = (raw: unknown): Result<CatalogRecord, string> =>
  readVersioned(raw, CATALOG_RECORD_VERSION, CATALOG_MIGRATIONS, catalogRecordParser);
