import type { StorageArea } from './browser-api';
import { readCatalogRecord } from './catalog-record';
import type { CommitOptions } from './library-commit';
import { commitChange } from './library-commit';
import { INDEX_KEY, LibraryIndex, SHARD_PREFIX } from './library-index';
import { CATALOG_PREFIX, catalogKey, STORY_PREFIX, storyKey } from './library-keys';
import { NEAR_PREFIX, nearKeys } from './near-postings';
import { readStoryRecord } from './story-record';

/**
 * Rebuilds a lost or corrupt index from the records themselves, and the near-key postings with it:
 * what the records say wins over whatever index and postings were left. Runs inside the library's lock.
 */
export async function rebuildLibraryIndex(area: StorageArea, options: CommitOptions): Promise<LibraryIndex> {
  const index = LibraryIndex.empty(area);
  const all = await area.get(null);
  const file = new Map<string, string[]>();
  for (const [key, raw] of Object.entries(all)) {
    if (key.startsWith(STORY_PREFIX)) {
      const story = readStoryRecord(raw);
      if (story && storyKey(story.url) === key) {
        await index.touch(story.url, story.lastSeen);
        file.set(story.url, nearKeys(story, options.sketch));
      }
    } else if (key.startsWith(CATALOG_PREFIX)) {
      const record = readCatalogRecord(raw);
      if (record.ok && catalogKey(record.value.id) === key) index.saved.push(record.value.id);
    }
  }
  // The meta record goes too: stopped before the commit below, the next worker rebuilds again.
  const stale = Object.keys(all).filter((key) => key === INDEX_KEY || key.startsWith(NEAR_PREFIX) || key.startsWith(SHARD_PREFIX));
  if (stale.length > 0) await area.remove(stale);
  if (index.count === 0 && index.saved.length === 0) return LibraryIndex.empty(area);
  await commitChange(area, index, { items: {}, file, unfile: new Map() }, new Set(file.keys()), options);
  return (await LibraryIndex.read(area)) ?? index;
}
