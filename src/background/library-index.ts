import { isRecord } from '../shared/parse-value';

export const INDEX_KEY = 'library:index';

/**
 * The library's index: each stored story's URL and last visit (epoch ms), for eviction, and the ids
 * of the reader's saved catalog stories.
 */
export interface LibraryIndex {
  v: 1;
  seen: Record<string, number>;
  saved: string[];
}

export const emptyIndex = (): LibraryIndex => ({ v: 1, seen: Object.create(null) as Record<string, number>, saved: [] });

/** Reads the stored index; null where it is missing or unreadable (the library then rebuilds it). */
export function parseLibraryIndex(raw: unknown): LibraryIndex | null {
  if (!isRecord(raw) || raw.v !== 1 || !isRecord(raw.seen) || !Array.isArray(raw.saved)) return null;
  const index = emptyIndex();
  for (const [url, time] of Object.entries(raw.seen)) {
    if (typeof time !== 'number' || !Number.isFinite(time)) return null;
    index.seen[url] = time;
  }
  for (const id of raw.saved) {
    if (typeof id !== 'string') return null;
    index.saved.push(id);
  }
  return index;
}

export const storyCount = (index: LibraryIndex) => Object.keys(index.seen).length;

/** The `count` least recently seen URLs, leaving out those in `keep`. */
export function oldestUrls(index: LibraryIndex, count: number, keep: ReadonlySet<string>): string[] {
  if (count <= 0) return [];
  return Object.entries(index.seen)
    .filter(([url]) => !keep.has(url))
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, count)
    .map(([url]) => url);
}
