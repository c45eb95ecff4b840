import { INDEX_KEY, SHARD_PREFIX } from './library-index';
import { NEAR_PREFIX } from './near-postings';

/** Where the library keeps things in storage.local (settings and anything else there are not ours). */
export const STORY_PREFIX = 'story:';
export const CATALOG_PREFIX = 'catalog:';
export const storyKey = (url: string) => `${STORY_PREFIX}${url}`;
export const catalogKey = (id: string) => `${CATALOG_PREFIX}${id}`;

export const isLibraryKey = (key: string) =>
  key === INDEX_KEY ||
  key.startsWith(SHARD_PREFIX) ||
  key.startsWith(STORY_PREFIX) ||
  key.startsWith(CATALOG_PREFIX) ||
  key.startsWith(NEAR_PREFIX);
