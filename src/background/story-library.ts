import type { LibraryStats, SeenElsewhere } from '../shared/protocol';
import type { StorageArea } from './browser-api';
import type { CatalogRecord } from './catalog-record';
import { CATALOG_MIGRATIONS, CATALOG_RECORD_VERSION, catalogRecordParser } from './catalog-record';
import { isQuotaError } from './is-quota-error';
import type { LibraryIndex } from './library-index';
import { INDEX_KEY, oldestUrls, parseLibraryIndex } from './library-index';
import { readVersioned } from './read-versioned';
import type { CompareStored, StoryIdentity } from './same-story';
import { isSameStory } from './same-story';
import type { StoryRecord } from './story-record';
import { STORY_MIGRATIONS, STORY_RECORD_VERSION, storyRecordParser } from './story-record';
import { warnOnce } from './warn-once';
import type { WithLock } from './write-lock';

export const STORY_PREFIX = 'story:';
export const CATALOG_PREFIX = 'catalog:';
export const storyKey = (url: string) => `${STORY_PREFIX}${url}`;
export const catalogKey = (id: string) => `${CATALOG_PREFIX}${id}`;

export interface LibraryOptions {
  /** the reading history's bound; the least recently seen story goes first */
  maxStories: number;
  /** stories shipped with Story Lens (counted in the catalog, never stored) */
  shippedStories: number;
  compare: CompareStored;
  now: () => number;
}

/** One page's story, as library:related asks about it. */
export interface PageStory extends StoryIdentity {
  url: string;
}

/**
 * The story library in storage.local: the reading history (`story:<url>`, bounded, with an index of
 * last visits for eviction) and the reader's saved catalog (`catalog:<id>`, never evicted). Every
 * read-modify-write runs under one lock, so reports from many tabs at once lose nothing.
 */
export class StoryLibrary {
  constructor(
    private readonly area: StorageArea,
    private readonly withLock: WithLock,
    private readonly options: LibraryOptions,
  ) {}

  private locked<T>(task: () => Promise<T>): Promise<T> {
    return this.withLock('library', task);
  }

  /** Records a visit: adds the story or refreshes it (keeping its first visit), evicting the oldest beyond the bound. */
  recordSeen(record: StoryRecord): Promise<void> {
    return this.locked(async () => {
      const key = storyKey(record.url);
      const index = await this.readIndex();
      const existing = this.parseStory((await this.area.get(key))[key]);
      const stored: StoryRecord = existing ? { ...record, firstSeen: Math.min(existing.firstSeen, record.firstSeen) } : record;
      index.seen[record.url] = record.lastSeen;
      await this.write(index, { [key]: stored }, new Set([record.url]));
    });
  }

  /** Other pages (not this URL) where the reader met the same story, the most recent first. */
  related(page: PageStory, limit = 20): Promise<SeenElsewhere[]> {
    return this.locked(async () => {
      const stories = await this.readStories((url) => url !== page.url);
      return stories
        .filter((story) => isSameStory(page, story, this.options.compare))
        .sort((a, b) => b.lastSeen - a.lastSeen)
        .slice(0, limit)
        .map(({ url, site, title, lastSeen }) => ({ url, site, title, lastSeen: new Date(lastSeen).toISOString() }));
    });
  }

  /** Saves a story to the reader's catalog (idempotent: the same page keeps its id). */
  saveToCatalog(record: CatalogRecord): Promise<void> {
    return this.locked(async () => {
      await this.write(await this.readIndex(), { [catalogKey(record.id)]: record }, new Set());
    });
  }

  /** The reader's saved catalog stories (shipped ones are not stored). */
  savedCatalog(): Promise<CatalogRecord[]> {
    return this.locked(async () => this.readCatalog());
  }

  stats(): Promise<LibraryStats> {
    return this.locked(async () => {
      const index = await this.readIndex();
      const all = await this.area.get(null);
      const mine = Object.entries(all).filter(([key]) => isLibraryKey(key));
      const saved = mine.filter(([key]) => key.startsWith(CATALOG_PREFIX)).length;
      const measured = await this.area.bytesInUse();
      const bytes = measured ?? mine.reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);
      return { stories: Object.keys(index.seen).length, catalog: this.options.shippedStories + saved, bytes };
    });
  }

  /** Everything the library holds, as one JSON document (`parseLibraryExport` reads it back). */
  export(): Promise<LibraryExport> {
    return this.locked(async () => ({
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: new Date(this.options.now()).toISOString(),
      stories: await this.readStories(() => true),
      catalog: await this.readCatalog(),
    }));
  }

  /**
   * Merges an exported document: new stories are added, a known one is replaced where the import saw
   * it more recently; saved catalog stories are added. Answers how many stories were new.
   */
  import(document: LibraryExport): Promise<{ stories: number; catalog: number }> {
    return this.locked(async () => {
      const index = await this.readIndex();
      const incoming = new Map<string, StoryRecord>();
      const isNew = new Set<string>();
      for (const story of document.stories) {
        const known = index.seen[story.url];
        if (known !== undefined && known >= story.lastSeen) continue;
        if (known === undefined) isNew.add(story.url);
        index.seen[story.url] = story.lastSeen;
        incoming.set(story.url, story);
      }
      // An import larger than the bound keeps only the most recently seen of everything.
      const over = Object.keys(index.seen).length - this.options.maxStories;
      const victims = over > 0 ? oldestUrls(index, over, new Set()) : [];
      for (const url of victims) {
        incoming.delete(url);
        isNew.delete(url);
      }
      await this.evict(index, victims);
      const items: Record<string, unknown> = {};
      for (const [url, story] of incoming) items[storyKey(url)] = story;
      const existing = new Set((await this.readCatalog()).map((record) => record.id));
      const catalog = document.catalog.filter((record) => !existing.has(record.id));
      for (const record of catalog) items[catalogKey(record.id)] = record;
      await this.write(index, items, new Set(incoming.keys()));
      return { stories: [...isNew].filter((url) => index.seen[url] !== undefined).length, catalog: catalog.length };
    });
  }

  /** Deletes the history, the index and the saved catalog (settings and other keys stay). */
  clear(): Promise<void> {
    return this.locked(async () => {
      const keys = Object.keys(await this.area.get(null)).filter(isLibraryKey);
      if (keys.length > 0) await this.area.remove(keys);
    });
  }

  // --- inside the lock -------------------------------------------------------------------------

  private async readIndex(): Promise<LibraryIndex> {
    const raw = (await this.area.get(INDEX_KEY))[INDEX_KEY];
    const index = parseLibraryIndex(raw);
    if (index) return index;
    if (raw !== undefined) warnOnce('rebuilt the library index', 'the stored index was unreadable');
    return this.rebuildIndex();
  }

  /** A lost or corrupt index is rebuilt from the story records themselves. */
  private async rebuildIndex(): Promise<LibraryIndex> {
    const seen: Record<string, number> = {};
    for (const [key, raw] of Object.entries(await this.area.get(null))) {
      if (!key.startsWith(STORY_PREFIX)) continue;
      const story = this.parseStory(raw);
      if (story && storyKey(story.url) === key) seen[story.url] = story.lastSeen;
    }
    return { v: 1, seen };
  }

  /**
   * Writes `items` with the index, first evicting the least recently seen stories beyond the bound
   * (never those in `keep`). A quota error evicts a twentieth more of the history and retries once.
   */
  private async write(index: LibraryIndex, items: Record<string, unknown>, keep: ReadonlySet<string>): Promise<void> {
    const over = Object.keys(index.seen).length - this.options.maxStories;
    if (over > 0) await this.evict(index, oldestUrls(index, over, keep));
    try {
      await this.area.set({ ...items, [INDEX_KEY]: index });
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      const share = Math.max(1, Math.ceil(Object.keys(index.seen).length / 20));
      const victims = oldestUrls(index, share, keep);
      warnOnce('storage full', `evicting ${victims.length} old stories and retrying`);
      await this.evict(index, victims);
      await this.area.set({ ...items, [INDEX_KEY]: index });
    }
  }

  private async evict(index: LibraryIndex, urls: readonly string[]): Promise<void> {
    for (const url of urls) delete index.seen[url];
    if (urls.length === 0) return;
    await this.area.remove(urls.map(storyKey));
    await this.area.set({ [INDEX_KEY]: index });
  }

  /** The history's stories whose URL passes `wanted`; unreadable records are dropped and logged. */
  private async readStories(wanted: (url: string) => boolean): Promise<StoryRecord[]> {
    const index = await this.readIndex();
    const urls = Object.keys(index.seen).filter(wanted);
    if (urls.length === 0) return [];
    const raw = await this.area.get(urls.map(storyKey));
    const stories: StoryRecord[] = [];
    const dropped: string[] = [];
    for (const url of urls) {
      const story = this.parseStory(raw[storyKey(url)]);
      if (story && story.url === url) stories.push(story);
      else dropped.push(url);
    }
    if (dropped.length > 0) await this.evict(index, dropped);
    return stories;
  }

  private async readCatalog(): Promise<CatalogRecord[]> {
    const records: CatalogRecord[] = [];
    const dropped: string[] = [];
    for (const [key, raw] of Object.entries(await this.area.get(null))) {
      if (!key.startsWith(CATALOG_PREFIX)) continue;
      const record = readVersioned(raw, CATALOG_RECORD_VERSION, CATALOG_MIGRATIONS, catalogRecordParser);
      if (record.ok && catalogKey(record.value.id) === key) records.push(record.value);
      else {
        warnOnce(`dropped the saved story ${key}`, record.ok ? 'its id does not match its key' : record.error);
        dropped.push(key);
      }
    }
    if (dropped.length > 0) await this.area.remove(dropped);
    return records.sort((a, b) => a.savedAt - b.savedAt);
  }

  private parseStory(raw: unknown): StoryRecord | null {
    if (raw === undefined) return null;
    const story = readVersioned(raw, STORY_RECORD_VERSION, STORY_MIGRATIONS, storyRecordParser);
    if (story.ok) return story.value;
    warnOnce('dropped an unreadable story record', story.error);
    return null;
  }
}

const isLibraryKey = (key: string) => key === INDEX_KEY || key.startsWith(STORY_PREFIX) || key.startsWith(CATALOG_PREFIX);

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
