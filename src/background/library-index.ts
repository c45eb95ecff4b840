import { isRecord } from '../shared/parse-value';
import type { StorageArea } from './browser-api';
import { fnv1a } from './fnv1a';

export const INDEX_KEY = 'library:index';
export const SHARD_PREFIX = 'library:seen:';
/** Shards of the last-visit table: a visit rewrites one small shard, not a table of every story. */
export const SHARDS = 32;

const shardOf = (url: string): number => fnv1a(url) % SHARDS;
const shardKey = (shard: number) => `${SHARD_PREFIX}${shard}`;

interface Meta {
  v: 2;
  stories: number;
  saved: string[];
}

function parseMeta(raw: unknown): Meta | null {
  if (!isRecord(raw) || raw.v !== 2 || typeof raw.stories !== 'number' || !Number.isInteger(raw.stories) || raw.stories < 0) return null;
  if (!Array.isArray(raw.saved) || !raw.saved.every((id) => typeof id === 'string')) return null;
  return { v: 2, stories: raw.stories, saved: [...(raw.saved as string[])] };
}

function parseShard(raw: unknown): Map<string, number> | null {
  if (raw === undefined) return new Map();
  if (!isRecord(raw)) return null;
  const seen = new Map<string, number>();
  for (const [url, time] of Object.entries(raw)) {
    if (typeof time !== 'number' || !Number.isFinite(time)) return null;
    seen.set(url, time);
  }
  return seen;
}

/** An index that does not agree with itself: the library rebuilds it from the records. */
export class CorruptIndex extends Error {}

/**
 * The library's index in storage: a small meta record (`library:index`: how many stories, the saved
 * catalog ids) and the stories' last visits in SHARDS shards by URL hash. Read lazily: a visit loads
 * the meta and one shard; only eviction and export load them all. Changes are kept here until
 * `writes()` hands them to one storage.set with the records they describe.
 */
export class LibraryIndex {
  private readonly shards = new Map<number, Map<string, number>>();
  private readonly dirty = new Set<number>();

  private constructor(
    private readonly area: StorageArea,
    private readonly meta: Meta,
  ) {}

  /** The stored index, or null where it is missing or unreadable (the library then rebuilds it). */
  static async read(area: StorageArea): Promise<LibraryIndex | null> {
    const meta = parseMeta((await area.get(INDEX_KEY))[INDEX_KEY]);
    return meta ? new LibraryIndex(area, meta) : null;
  }

  /** A new, empty index (nothing loaded from storage). */
  static empty(area: StorageArea): LibraryIndex {
    const index = new LibraryIndex(area, { v: 2, stories: 0, saved: [] });
    for (let shard = 0; shard < SHARDS; shard += 1) {
      index.shards.set(shard, new Map());
      index.dirty.add(shard);
    }
    return index;
  }

  get count(): number {
    return this.meta.stories;
  }

  get saved(): string[] {
    return this.meta.saved;
  }

  async lastSeen(url: string): Promise<number | undefined> {
    return (await this.shard(shardOf(url))).get(url);
  }

  async touch(url: string, time: number): Promise<void> {
    const shard = shardOf(url);
    const seen = await this.shard(shard);
    if (!seen.has(url)) this.meta.stories += 1;
    seen.set(url, time);
    this.dirty.add(shard);
  }

  async forget(url: string): Promise<void> {
    const shard = shardOf(url);
    const seen = await this.shard(shard);
    if (seen.delete(url)) {
      this.meta.stories -= 1;
      this.dirty.add(shard);
    }
  }

  /** Every story's last visit (loads every shard). */
  async all(): Promise<Map<string, number>> {
    const missing = [...Array(SHARDS).keys()].filter((shard) => !this.shards.has(shard));
    if (missing.length > 0) {
      const raw = await this.area.get(missing.map(shardKey));
      for (const shard of missing) this.load(shard, raw[shardKey(shard)]);
    }
    const all = new Map<string, number>();
    for (const seen of this.shards.values()) for (const [url, time] of seen) all.set(url, time);
    if (all.size !== this.meta.stories) throw new CorruptIndex(`the index counts ${this.meta.stories} stories but lists ${all.size}`);
    return all;
  }

  /** The `count` least recently seen URLs, leaving out those in `keep`. */
  async oldest(count: number, keep: ReadonlySet<string>): Promise<string[]> {
    if (count <= 0) return [];
    return [...(await this.all())]
      .filter(([url]) => !keep.has(url))
      .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, count)
      .map(([url]) => url);
  }

  /** The meta record and the shards changed since reading, to write with the records. */
  writes(): Record<string, unknown> {
    const items: Record<string, unknown> = { [INDEX_KEY]: { ...this.meta, saved: [...this.meta.saved] } };
    for (const shard of this.dirty) items[shardKey(shard)] = Object.fromEntries(this.shards.get(shard) ?? []);
    return items;
  }

  private async shard(shard: number): Promise<Map<string, number>> {
    const loaded = this.shards.get(shard);
    if (loaded) return loaded;
    return this.load(shard, (await this.area.get(shardKey(shard)))[shardKey(shard)]);
  }

  private load(shard: number, raw: unknown): Map<string, number> {
    const seen = parseShard(raw);
    if (!seen) throw new CorruptIndex(`shard ${shard} is unreadable`);
    this.shards.set(shard, seen);
    return seen;
  }
}
