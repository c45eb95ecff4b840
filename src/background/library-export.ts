import { isRecord } from '../shared/parse-value';
import type { Result } from '../shared/result';
import { err, ok } from '../shared/result';
import type { CatalogRecord } from './catalog-record';
import { CATALOG_MIGRATIONS, CATALOG_RECORD_VERSION, catalogRecordParser } from './catalog-record';
import { readVersioned } from './read-versioned';
import type { StoryRecord } from './story-record';
import { STORY_MIGRATIONS, STORY_RECORD_VERSION, storyRecordParser } from './story-record';

export const EXPORT_FORMAT = 'story-lens-library';
export const EXPORT_VERSION = 1;

/** The library as one JSON file: the reading history and the reader's saved catalog. */
export interface LibraryExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  stories: StoryRecord[];
  catalog: CatalogRecord[];
}

/** The most stories one file may bring (the history keeps at most its bound of them anyway). */
export const MAX_IMPORTED_RECORDS = 20_000;

export interface ReadExport {
  document: LibraryExport;
  /** records that failed their checks and were left out */
  dropped: number;
}

/**
 * Reads an exported library file from the reader (possibly from an older Story Lens, edited by hand
 * or not ours at all): the wrong format is an error; each record is migrated and checked on its own,
 * and a bad one is left out and counted rather than failing the whole file.
 */
export function readLibraryExport(raw: unknown): Result<ReadExport, string> {
  if (!isRecord(raw) || raw.format !== EXPORT_FORMAT) return err(`not a Story Lens library file (format "${EXPORT_FORMAT}")`);
  if (typeof raw.version !== 'number' || raw.version > EXPORT_VERSION) return err(`library file version ${String(raw.version)} is not supported`);
  const stories = Array.isArray(raw.stories) ? raw.stories : [];
  const catalog = Array.isArray(raw.catalog) ? raw.catalog : [];
  if (stories.length + catalog.length > MAX_IMPORTED_RECORDS) return err(`more than ${MAX_IMPORTED_RECORDS} records`);
  let dropped = 0;
  const read = <T>(records: unknown[], version: number, migrations: typeof STORY_MIGRATIONS, parser: Parameters<typeof readVersioned<T>>[3]) =>
    records.flatMap((record) => {
      const parsed = readVersioned(record, version, migrations, parser);
      if (parsed.ok) return [parsed.value];
      dropped += 1;
      return [];
    });
  const document: LibraryExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: typeof raw.exportedAt === 'string' ? raw.exportedAt.slice(0, 40) : '',
    stories: read<StoryRecord>(stories, STORY_RECORD_VERSION, STORY_MIGRATIONS, storyRecordParser),
    catalog: read<CatalogRecord>(catalog, CATALOG_RECORD_VERSION, CATALOG_MIGRATIONS, catalogRecordParser),
  };
  return ok({ document, dropped });
}
