import type { StoryIdentity } from './same-story';

/**
 * Finding the stories a page may share text with, without reading the whole library: each story is
 * filed under a few "near" keys in storage: its catalog id, and its fingerprint's bottom-k sketch
 * (the k smallest hashes). Two copies of one story share most hashes, and so most of their smallest
 * ones; where one page is an excerpt of the other, the larger one's smallest hashes that fall in the
 * excerpt are the excerpt's smallest too. A lookup reads k + 1 small keys, then compares the few
 * candidates in full, so its cost does not grow with the library.
 */
export const NEAR_PREFIX = 'near:';
export const SKETCH_SIZE = 12;
/** A posting list this long is boilerplate shared by many stories: keep only the latest. */
export const MAX_POSTINGS = 64;

/** The fingerprint's hashes, ascending; empty where it is missing or not a fingerprint. */
export type Sketch = (fingerprint: unknown) => readonly number[];

export function nearKeys(story: StoryIdentity, sketch: Sketch): string[] {
  const keys = sketch(story.fingerprint)
    .slice(0, SKETCH_SIZE)
    .map((hash) => `${NEAR_PREFIX}h:${hash.toString(36)}`);
  if (story.storyId !== null) keys.push(`${NEAR_PREFIX}c:${story.storyId}`);
  return keys;
}

/** A posting list read from storage: a list of URLs, or empty where it is anything else. */
export function readPostings(raw: unknown): string[] {
  return Array.isArray(raw) ? raw.filter((url): url is string => typeof url === 'string') : [];
}

/**
 * Applies filings and removals to the posting lists they touch (read in `current`): answers the
 * lists to write and the keys left empty, to remove.
 */
export function updatePostings(
  current: Readonly<Record<string, unknown>>,
  add: ReadonlyMap<string, readonly string[]>,
  drop: ReadonlyMap<string, readonly string[]>,
): { write: Record<string, string[]>; remove: string[] } {
  const lists = new Map<string, string[]>();
  const list = (key: string) => {
    let found = lists.get(key);
    if (!found) lists.set(key, (found = readPostings(current[key])));
    return found;
  };
  for (const [url, keys] of drop) {
    for (const key of keys) {
      const urls = list(key);
      const at = urls.indexOf(url);
      if (at >= 0) urls.splice(at, 1);
    }
  }
  for (const [url, keys] of add) {
    for (const key of keys) {
      const urls = list(key);
      const at = urls.indexOf(url);
      if (at >= 0) urls.splice(at, 1);
      urls.push(url);
      if (urls.length > MAX_POSTINGS) urls.splice(0, urls.length - MAX_POSTINGS);
    }
  }
  const write: Record<string, string[]> = {};
  const remove: string[] = [];
  for (const [key, urls] of lists) {
    if (urls.length > 0) write[key] = urls;
    else remove.push(key);
  }
  return { write, remove };
}
