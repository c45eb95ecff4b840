import { isRecord } from '../shared/parse-value';

export const INDEX_KEY = 'library:index';

/** The reading history's index: each stored story's URL and last visit (epoch ms), for eviction. */
export interface LibraryIndex {
  v: 1;
  seen: Record<string, number>;
}

/** Reads the stored index; null where it is missing or unreadable (the library then rebuilds it). */
export function parseLibraryIndex(raw: unknown): LibraryIndex | null {
  if (!isRecord(raw) || raw.v !== 1 || !isRecord(raw.seen)) return null;
  const seen: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [url, time] of Object.entries(raw.seen)) {
    if (typeof time !== 'number' || !Number.isFinite(time)) return null;
    seen[url] = time;
  }
  return { v: 1, seen };
}

/** The `count` least recently seen URLs, leaving out those in `keep`. */
export function oldestUrls(index: LibraryIndex, count: number, keep: ReadonlySet<string>): string[] {
  return Object.entries(index.seen)
    .filter(([url]) => !keep.has(url))
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, count)
    .map(([url]) => url);
}
