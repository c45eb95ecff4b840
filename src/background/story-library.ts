import type { LibraryStats, SeenElsewhere } from '../shared/protocol';
import type { StorageArea } from './browser-api';
import type { CatalogRecord } from './catalog-record';
import { readCatalogRecord } from './catalog-record';
import type { LibraryChange } from './library-commit';
import { commitChange, getMany } from './library-commit';
import type { LibraryExport } from './library-export';
import { EXPORT_FORMAT, EXPORT_VERSION } from './library-export';
import { CorruptIndex, INDEX_KEY, LibraryIndex } from './library-index';
import { catalogKey, isLibraryKey, storyKey } from './library-keys';
import type { Sketch } from './near-postings';
import { bucketKeys, nearKeys, readPostings } from './near-postings';
import { rebuildLibraryIndex } from './rebuild-library-index';
import type { CompareStored, StoryIdentity } from './same-story';
import { isSameStory } from './same-story';
import type { StoryRecord } from './story-record';
import { readStoryRecord } from './story-record';
import { warnOnce } from './warn-once';
import type { WithLock } from './write-lock';

/** Stories written per commit by an import. */
export const IMPORT_CHUNK = 250;

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
        return task(await rebuildLibraryIndex(this.area, this.options));
      }
    });
  }

  /** Records a visit: adds the story or refreshes it (keeping its first visit), evicting the oldest beyond the bound. */
  recordSeen(record: StoryRecord): Promise<void> {
    return this.indexed(async (index) => {
      const key = storyKey(record.url);
      const existing = readStoryRecord((await this.area.get(key))[key]);
      const stored: StoryRecord = existing ? { ...record, firstSeen: Math.min(existing.firstSeen, record.firstSeen) } : record;
      await index.touch(record.url, record.lastSeen);
      const change: LibraryChange = {
        items: { [key]: stored },
        file: new Map([[record.url, this.nearKeysOf(stored)]]),
        unfile: new Map(existing ? [[record.url, this.nearKeysOf(existing)]] : []),
      };
      await commitChange(this.area, index, change, new Set([record.url]), this.options);
    });
  }

  /**
   * Other pages (not this URL) where the reader met the same story, the most recent first. Reads only
   * the page's near keys and the few stories filed there, never the whole library, and takes no lock:
   * a posting left by an interrupted write only points at a story that is no longer there.
   */
  async related(page: PageStory, limit = 20): Promise<SeenElsewhere[]> {
    const ids = this.nearKeysOf(page);
    if (ids.length === 0) return [];
    const buckets = await this.area.get(bucketKeys(ids));
    const urls = new Set(ids.flatMap((id) => readPostings(buckets, id)));
    urls.delete(page.url);
    if (urls.size === 0) return [];
    const raw = await this.area.get([...urls].map(storyKey));
    const stories: StoryRecord[] = [];
    const unreadable: string[] = [];
    for (const url of urls) {
      const story = readStoryRecord(raw[storyKey(url)]);
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
      const change: LibraryChange = { items: { [catalogKey(record.id)]: record }, file: new Map(), unfile: new Map() };
      await commitChange(this.area, index, change, new Set(), this.options);
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
      const raw = await getMany(this.area, urls.map(storyKey));
      const stories: StoryRecord[] = [];
      const unreadable: string[] = [];
      for (const url of urls) {
        const story = readStoryRecord(raw[storyKey(url)]);
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
   * everything go. Answers how many stories and saved stories were new. Written IMPORT_CHUNK stories
   * at a time, each chunk its own commit: a background stopped midway (Firefox suspends an idle event
   * page even while it works) keeps what was written, and importing the file again completes it.
   */
  async import(document: LibraryExport): Promise<{ stories: number; catalog: number }> {
    const total = { stories: 0, catalog: 0 };
    for (let at = 0; at === 0 || at < document.stories.length; at += IMPORT_CHUNK) {
      const added = await this.importChunk(document.stories.slice(at, at + IMPORT_CHUNK), at === 0 ? document.catalog : []);
      total.stories += added.stories;
      total.catalog += added.catalog;
    }
    return total;
  }

  private importChunk(
    stories: readonly StoryRecord[],
    catalogRecords: readonly CatalogRecord[],
  ): Promise<{ stories: number; catalog: number }> {
    return this.indexed(async (index) => {
      const seen = await index.all();
      const incoming = new Map<string, StoryRecord>();
      for (const story of stories) {
        const known = seen.get(story.url);
        if (known !== undefined && known >= story.lastSeen) continue;
        if ((incoming.get(story.url)?.lastSeen ?? -1) >= story.lastSeen) continue;
        incoming.set(story.url, story);
      }
      const replaced = [...incoming.keys()].filter((url) => seen.has(url));
      const before = new Set(seen.keys());
      for (const [url, story] of incoming) await index.touch(url, story.lastSeen);
      // Beyond the bound the least recently seen of everything go: new stories among them are not
      // written at all, stories already stored are evicted by the commit.
      for (const url of await index.oldest(index.count - this.options.maxStories, new Set())) {
        if (before.has(url)) continue;
        incoming.delete(url);
        await index.forget(url);
      }
      const change: LibraryChange = { items: {}, file: new Map(), unfile: new Map() };
      const old = await getMany(this.area, replaced.map(storyKey));
      for (const url of replaced) {
        const story = readStoryRecord(old[storyKey(url)]);
        if (story) change.unfile.set(url, this.nearKeysOf(story));
      }
      for (const [url, story] of incoming) {
        change.items[storyKey(url)] = story;
        change.file.set(url, this.nearKeysOf(story));
      }
      let catalog = 0;
      for (const record of catalogRecords) {
        if (index.saved.includes(record.id)) continue;
        index.saved.push(record.id);
        change.items[catalogKey(record.id)] = record;
        catalog += 1;
      }
      await commitChange(this.area, index, change, new Set(incoming.keys()), this.options);
      let added = 0;
      for (const url of incoming.keys()) if (!before.has(url) && (await index.lastSeen(url)) !== undefined) added += 1;
      return { stories: added, catalog };
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
        urls.filter((url) => raw[storyKey(url)] !== undefined && readStoryRecord(raw[storyKey(url)])?.url !== url),
      );
    }).catch((error: unknown) => warnOnce('could not drop unreadable stories', error));
  }

  // --- inside the lock -------------------------------------------------------------------------

  /** Takes stories out of the index and storage (their postings are left to go stale harmlessly). */
  private async drop(index: LibraryIndex, urls: readonly string[]): Promise<void> {
    if (urls.length === 0) return;
    for (const url of urls) await index.forget(url);
    // Without its meta record until the set below: stopped in between, the index is rebuilt (see commitChange).
    await this.area.remove([INDEX_KEY, ...urls.map(storyKey)]);
    await this.area.set(index.writes());
  }

  private nearKeysOf(story: StoryIdentity): string[] {
    return nearKeys(story, this.options.sketch);
  }

  private async readIndex(): Promise<LibraryIndex> {
    const index = await LibraryIndex.read(this.area);
    if (index) return index;
    if ((await this.area.get(INDEX_KEY))[INDEX_KEY] !== undefined) warnOnce('rebuilt the library index', 'the stored index was unreadable');
    return rebuildLibraryIndex(this.area, this.options);
  }

  private async readCatalog(index: LibraryIndex): Promise<CatalogRecord[]> {
    if (index.saved.length === 0) return [];
    const raw = await this.area.get(index.saved.map(catalogKey));
    const records: CatalogRecord[] = [];
    for (const id of index.saved) {
      const record = readCatalogRecord(raw[catalogKey(id)]);
      if (record.ok && record.value.id === id) records.push(record.value);
      else warnOnce(`left out the saved story ${id}`, record.ok ? 'its id does not match its key' : record.error);
    }
    return records.sort((a, b) => a.savedAt - b.savedAt);
  }
}
