import { fnv1a } from './fnv1a';
import type { StoryIdentity } from './same-story';

/**
 * Finding the stories a page may share text with, without reading the whole library: each story is
 * filed under a few "near" ids: its catalog id, and its fingerprint's bottom-k sketch (the k smallest
 * hashes). Two copies of one story share most hashes, and so most of their smallest ones; where one
 * page is an excerpt of the other, the larger one's smallest hashes that fall in the excerpt are the
 * excerpt's smallest too. A lookup reads the page's k + 1 postings, then compares the few candidates
 * in full, so its cost does not grow with the library.
 *
 * Postings live in NEAR_BUCKETS storage keys (`near:<bucket>`, each `{nearId: [url, …]}`): a visit
 * touches at most k + 1 of them, and an import of thousands of stories about a thousand keys, not
 * one per posting (Firefox's storage.local costs about half a millisecond a key).
 */
export const NEAR_PREFIX = 'near:';
export const NEAR_BUCKETS = 1024;
export const SKETCH_SIZE = 12;
/** A posting list this long is boilerplate shared by many stories: keep only the latest. */
export const MAX_POSTINGS = 64;

/** The fingerprint's hashes, ascending; empty where it is missing or not a fingerprint. */
export type Sketch = (fingerprint: unknown) => readonly number[];

/** The ids a story is filed under. */
export function nearKeys(story: StoryIdentity, sketch: Sketch): string[] {
  const keys = sketch(story.fingerprint)
    .slice(0, SKETCH_SIZE)
    .map((hash) => `h:${hash.toString(36)}`);
  if (story.storyId !== null) keys.push(`c:${story.storyId}`);
  return keys;
}

/** The storage key of the bucket holding a near id's posting list. */
export const bucketKey = (nearId: string): string => `${NEAR_PREFIX}${fnv1a(nearId) % NEAR_BUCKETS}`;

/** The bucket keys holding these near ids, each once. */
export const bucketKeys = (nearIds: Iterable<string>): string[] => [...new Set([...nearIds].map(bucketKey))];

/** A near id's posting list in the buckets read from storage; empty where there is none or it is malformed. */
export function readPostings(buckets: Readonly<Record<string, unknown>>, nearId: string): string[] {
  const bucket = buckets[bucketKey(nearId)];
  const list = typeof bucket === 'object' && bucket !== null && Object.hasOwn(bucket, nearId) ? (bucket as Record<string, unknown>)[nearId] : undefined;
  return Array.isArray(list) ? list.filter((url): url is string => typeof url === 'string') : [];
}

/**
 * Applies filings and removals (url → near ids) to the buckets they touch (read in `current`):
 * answers the buckets to write and the bucket keys left empty, to remove.
 */
export function updatePostings(
  current: Readonly<Record<string, unknown>>,
  add: ReadonlyMap<string, readonly string[]>,
  drop: ReadonlyMap<string, readonly string[]>,
): { write: Record<string, Record<string, string[]>>; remove: string[] } {
  const buckets = new Map<string, Map<string, string[]>>();
  const list = (nearId: string) => {
    const key = bucketKey(nearId);
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = new Map();
      const stored = current[key];
      if (typeof stored === 'object' && stored !== null) {
        for (const id of Object.keys(stored)) bucket.set(id, readPostings(current, id));
      }
      buckets.set(key, bucket);
    }
    let urls = bucket.get(nearId);
    if (!urls) bucket.set(nearId, (urls = []));
    return urls;
  };
  for (const [url, ids] of drop) {
    for (const id of ids) {
      const urls = list(id);
      const at = urls.indexOf(url);
      if (at >= 0) urls.splice(at, 1);
    }
  }
  for (const [url, ids] of add) {
    for (const id of ids) {
      const urls = list(id);
      const at = urls.indexOf(url);
      if (at >= 0) urls.splice(at, 1);
      urls.push(url);
      if (urls.length > MAX_POSTINGS) urls.splice(0, urls.length - MAX_POSTINGS);
    }
  }
  const write: Record<string, Record<string, string[]>> = {};
  const remove: string[] = [];
  for (const [key, bucket] of buckets) {
    const kept = Object.fromEntries([...bucket].filter(([, urls]) => urls.length > 0));
    if (Object.keys(kept).length > 0) write[key] = kept;
    else remove.push(key);
  }
  return { write, remove };
}
