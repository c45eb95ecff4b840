import type { LibraryStats, SeenElsewhere } from '../shared/protocol';
import type { StorageArea } from './browser-api';
import type { CatalogRecord } from './catalog-record';
import { CATALOG_MIGRATIONS, CATALOG_RECORD_VERSION, catalogRecordParser } from './catalog-record';
import { isQuotaError } from './is-quota-error';
import { CorruptIndex, INDEX_KEY, LibraryIndex, SHARD_PREFIX } from './library-index';
import type { Sketch } from './near-postings';
import { NEAR_PREFIX, nearKeys, readPostings, updatePostings } from './near-postings';
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
const isLibraryKey = (key: string) =>
  key === INDEX_KEY ||
  key.startsWith(SHARD_PREFIX) ||
  key.startsWith(STORY_PREFIX) ||
  key.startsWith(CATALOG_PREFIX) ||
  key.startsWith(NEAR_PREFIX);

export interface LibraryOptions {
  /** the reading history's bound; the least recently seen story goes first */
  maxStories: number;
  /** stories shipped with Story Lens (counted in the catalog, never stored) */
  shippedStories: number;
  compare: CompareStored;
  sketch: Sketch;
  now: () => number;
}

/** One page's story, as library:related asks about it. */
export interface PageStory extends StoryIdentity {
  url: string;
}

/** A write: records to store, and stories to file under (or take out of) their near keys. */
interface Change {
  items: Record<string, unknown>;
  file: Map<string, string[]>;
  unfile: Map<string, string[]>;
}

/**
 * The story library in storage.local: the reading history (`story:<url>`, bounded, least recently
 * seen evicted first), the reader's saved catalog (`catalog:<id>`, never evicted), the index of both
 * (`library:index`) and the near-key postings that find the same story on other sites
 * (`near:…`, see near-postings.ts). Every read-modify-write runs under one lock, so reports from
 * many tabs at once lose nothing.
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

  /** Runs `task` under the lock with the index; an index found corrupt on the way is rebuilt and the task run again. */
  private indexed<T>(task: (index: LibraryIndex) => Promise<T>): Promise<T> {
    return this.locked(async () => {
      try {
        return await task(await this.readIndex());
      } catch (error) {
        if (!(error instanceof CorruptIndex)) throw error;
        warnOnce('rebuilt the library index', error);
        return task(await this.rebuild());
      }
    });
  }

  /** Records a visit: adds the story or refreshes it (keeping its first visit), evicting the oldest beyond the bound. */
  recordSeen(record: StoryRecord): Promise<void> {
    return this.indexed(async (index) => {
      const key = storyKey(record.url);
      const existing = this.parseStory((await this.area.get(key))[key]);
      const stored: StoryRecord = existing ? { ...record, firstSeen: Math.min(existing.firstSeen, record.firstSeen) } : record;
      await index.touch(record.url, record.lastSeen);
      await this.commit(
        index,
        {
          items: { [key]: stored },
          file: new Map([[record.url, this.nearKeysOf(stored)]]),
          unfile: new Map(existing ? [[record.url, this.nearKeysOf(existing)]] : []),
        },
        new Set([record.url]),
      );
    });
  }

  /**
   * Other pages (not this URL) where the reader met the same story, the most recent first. Reads only
   * the page's near keys and the few stories filed there, never the whole library, and takes no lock:
   * a posting left by an interrupted write only points at a story that is no longer there.
   */
  async related(page: PageStory, limit = 20): Promise<SeenElsewhere[]> {
    const keys = this.nearKeysOf(page);
    if (keys.length === 0) return [];
    const postings = await this.area.get(keys);
    const urls = new Set(keys.flatMap((key) => readPostings(postings[key])));
    urls.delete(page.url);
    if (urls.size === 0) return [];
    const raw = await this.area.get([...urls].map(storyKey));
    const stories: StoryRecord[] = [];
    const unreadable: string[] = [];
    for (const url of urls) {
      const story = this.parseStory(raw[storyKey(url)]);
      if (story && story.url === url) stories.push(story);
      else if (raw[storyKey(url)] !== undefined) unreadable.push(url);
    }
    if (unreadable.length > 0) void this.dropUnreadable(unreadable);
    return stories
      .filter((story) => isSameStory(page, story, this.options.compare))
      .sort((a, b) => b.lastSeen - a.lastSeen)
      .slice(0, limit)
      .map(({ url, site, title, lastSeen }) => ({ url, site, title, lastSeen: new Date(lastSeen).toISOString() }));
  }

  /** Saves a story to the reader's catalog (idempotent: the same page keeps its id). */
  saveToCatalog(record: CatalogRecord): Promise<void> {
    return this.indexed(async (index) => {
      if (!index.saved.includes(record.id)) index.saved.push(record.id);
      await this.commit(index, { items: { [catalogKey(record.id)]: record }, file: new Map(), unfile: new Map() }, new Set());
    });
  }

  /** The reader's saved catalog stories (shipped ones are not stored), oldest first. */
  savedCatalog(): Promise<CatalogRecord[]> {
    return this.indexed((index) => this.readCatalog(index));
  }

  stats(): Promise<LibraryStats> {
    return this.indexed(async (index) => {
      let bytes = await this.area.bytesInUse();
      if (bytes === null) {
        // Firefox cannot tell: measure our own records (the options page asks, rarely).
        bytes = 0;
        for (const [key, value] of Object.entries(await this.area.get(null))) {
          if (isLibraryKey(key)) bytes += key.length + JSON.stringify(value).length;
        }
      }
      return { stories: index.count, catalog: this.options.shippedStories + index.saved.length, bytes };
    });
  }

  /** Everything the library holds, as one JSON document (`readLibraryExport` reads it back). */
  export(): Promise<LibraryExport> {
    return this.indexed(async (index) => {
      const urls = [...(await index.all()).keys()];
      const raw = urls.length > 0 ? await this.area.get(urls.map(storyKey)) : {};
      const stories: StoryRecord[] = [];
      const unreadable: string[] = [];
      for (const url of urls) {
        const story = this.parseStory(raw[storyKey(url)]);
        if (story && story.url === url) stories.push(story);
        else unreadable.push(url);
      }
      if (unreadable.length > 0) await this.drop(index, unreadable);
      return {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exportedAt: new Date(this.options.now()).toISOString(),
        stories: stories.sort((a, b) => a.lastSeen - b.lastSeen),
        catalog: await this.readCatalog(index),
      };
    });
  }

  /**
   * Merges an exported document: new stories are added, a known one is replaced where the file saw
   * it more recently, saved catalog stories are added; beyond the bound the least recently seen of
   * everything go. Answers how many stories and saved stories were new.
   */
  import(document: LibraryExport): Promise<{ stories: number; catalog: number }> {
    return this.indexed(async (index) => {
      const seen = await index.all();
      const incoming = new Map<string, StoryRecord>();
      for (const story of document.stories) {
        const known = seen.get(story.url);
        if (known !== undefined && known >= story.lastSeen) continue;
        if ((incoming.get(story.url)?.lastSeen ?? -1) >= story.lastSeen) continue;
        incoming.set(story.url, story);
      }
      const replaced = [...incoming.keys()].filter((url) => seen.has(url));
      const before = new Set(seen.keys());
      for (const [url, story] of incoming) await index.touch(url, story.lastSeen);
      // An import larger than the bound: new stories older than what stays are not written at all.
      for (const url of await index.oldest(index.count - this.options.maxStories, before)) {
        incoming.delete(url);
        await index.forget(url);
      }
      const change: Change = { items: {}, file: new Map(), unfile: new Map() };
      const old = replaced.length > 0 ? await this.area.get(replaced.map(storyKey)) : {};
      for (const url of replaced) {
        const story = this.parseStory(old[storyKey(url)]);
        if (story) change.unfile.set(url, this.nearKeysOf(story));
      }
      for (const [url, story] of incoming) {
        change.items[storyKey(url)] = story;
        change.file.set(url, this.nearKeysOf(story));
      }
      let catalog = 0;
      for (const record of document.catalog) {
        if (index.saved.includes(record.id)) continue;
        index.saved.push(record.id);
        change.items[catalogKey(record.id)] = record;
        catalog += 1;
      }
      await this.commit(index, change, new Set(incoming.keys()));
      let stories = 0;
      for (const url of incoming.keys()) if (!before.has(url) && (await index.lastSeen(url)) !== undefined) stories += 1;
      return { stories, catalog };
    });
  }

  /** Deletes the history, the saved catalog, the index and the postings (settings and other keys stay). */
  clear(): Promise<void> {
    return this.locked(async () => {
      const keys = Object.keys(await this.area.get(null)).filter(isLibraryKey);
      if (keys.length > 0) await this.area.remove(keys);
    });
  }

  /** Drops stories found unreadable outside the lock (if they still are once it is held). */
  private dropUnreadable(urls: readonly string[]): Promise<void> {
    return this.indexed(async (index) => {
      const raw = await this.area.get(urls.map(storyKey));
      await this.drop(
        index,
        urls.filter((url) => raw[storyKey(url)] !== undefined && this.parseStory(raw[storyKey(url)])?.url !== url),
      );
    }).catch((error: unknown) => warnOnce('could not drop unreadable stories', error));
  }

  // --- inside the lock -------------------------------------------------------------------------

  /** Takes stories out of the index and storage (their postings are left to go stale harmlessly). */
  private async drop(index: LibraryIndex, urls: readonly string[]): Promise<void> {
    if (urls.length === 0) return;
    for (const url of urls) await index.forget(url);
    await this.area.remove(urls.map(storyKey));
    await this.area.set(index.writes());
  }

  private nearKeysOf(story: StoryIdentity): string[] {
    return nearKeys(story, this.options.sketch);
  }

  private async readIndex(): Promise<LibraryIndex> {
    const index = await LibraryIndex.read(this.area);
    if (index) return index;
    if ((await this.area.get(INDEX_KEY))[INDEX_KEY] !== undefined) warnOnce('rebuilt the library index', 'the stored index was unreadable');
    return this.rebuild();
  }

  /** A lost or corrupt index is rebuilt from the records themselves, and the postings with it. */
  private async rebuild(): Promise<LibraryIndex> {
    const index = LibraryIndex.empty(this.area);
    const all = await this.area.get(null);
    const file = new Map<string, string[]>();
    for (const [key, raw] of Object.entries(all)) {
      if (key.startsWith(STORY_PREFIX)) {
        const story = this.parseStory(raw);
        if (story && storyKey(story.url) === key) {
          await index.touch(story.url, story.lastSeen);
          file.set(story.url, this.nearKeysOf(story));
        }
      } else if (key.startsWith(CATALOG_PREFIX)) {
        const record = readVersioned(raw, CATALOG_RECORD_VERSION, CATALOG_MIGRATIONS, catalogRecordParser);
        if (record.ok && catalogKey(record.value.id) === key) index.saved.push(record.value.id);
      }
    }
    const stale = Object.keys(all).filter((key) => key.startsWith(NEAR_PREFIX) || key.startsWith(SHARD_PREFIX));
    if (stale.length > 0) await this.area.remove(stale);
    if (index.count === 0 && index.saved.length === 0) return LibraryIndex.empty(this.area);
    await this.commit(index, { items: {}, file, unfile: new Map() }, new Set(file.keys()));
    return (await LibraryIndex.read(this.area)) ?? index;
  }

  /**
   * Writes a change with the index, first evicting the least recently seen stories beyond the bound
   * (never those in `keep`), a hundredth of the bound at a time so that the full index is read once
   * per many visits. A quota error evicts a twentieth more of the history and retries once.
   */
  private async commit(index: LibraryIndex, change: Change, keep: ReadonlySet<string>): Promise<void> {
    const over = index.count - this.options.maxStories;
    const batch = over > 0 ? Math.max(over, Math.ceil(this.options.maxStories / 100)) : 0;
    try {
      await this.apply(index, change, await index.oldest(batch, keep));
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      const victims = await index.oldest(Math.max(1, Math.ceil(index.count / 20)), keep);
      warnOnce('storage full', `evicting ${victims.length} old stories and retrying`);
      await this.apply(index, change, victims);
    }
  }

  private async apply(index: LibraryIndex, change: Change, victims: readonly string[]): Promise<void> {
    const unfile = new Map(change.unfile);
    if (victims.length > 0) {
      const raw = await this.area.get(victims.map(storyKey));
      for (const url of victims) {
        await index.forget(url);
        const story = this.parseStory(raw[storyKey(url)]);
        if (story) unfile.set(url, this.nearKeysOf(story));
      }
    }
    const touched = [...new Set([...unfile.values(), ...change.file.values()].flat())];
    const postings = updatePostings(touched.length > 0 ? await this.area.get(touched) : {}, change.file, unfile);
    const remove = [...victims.map(storyKey), ...postings.remove];
    // Space is freed before the write, so that a full storage gets room for it.
    if (remove.length > 0) await this.area.remove(remove);
    await this.area.set({ ...change.items, ...postings.write, ...index.writes() });
  }

  private async readCatalog(index: LibraryIndex): Promise<CatalogRecord[]> {
    if (index.saved.length === 0) return [];
    const raw = await this.area.get(index.saved.map(catalogKey));
    const records: CatalogRecord[] = [];
    for (const id of index.saved) {
      const record = readVersioned(raw[catalogKey(id)], CATALOG_RECORD_VERSION, CATALOG_MIGRATIONS, catalogRecordParser);
      if (record.ok && record.value.id === id) records.push(record.value);
      else warnOnce(`left out the saved story ${id}`, record.ok ? 'its id does not match its key' : record.error);
    }
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
