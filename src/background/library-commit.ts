import type { StorageArea } from './browser-api';
import { isQuotaError } from './is-quota-error';
import type { LibraryIndex } from './library-index';
import { INDEX_KEY } from './library-index';
import { storyKey } from './library-keys';
import type { Sketch } from './near-postings';
import { bucketKeys, nearKeys, updatePostings } from './near-postings';
import { readStoryRecord } from './story-record';
import { warnOnce } from './warn-once';

/** A write to the library: records to store, and stories to file under (or take out of) their near keys. */
export interface LibraryChange {
  items: Record<string, unknown>;
  file: Map<string, string[]>;
  unfile: Map<string, string[]>;
}

export interface CommitOptions {
  maxStories: number;
  sketch: Sketch;
}

/**
 * Writes a change with the index, first evicting the least recently seen stories beyond the bound
 * (never those in `keep`), a hundredth of the bound at a time so that the full index is read once
 * per many visits. A quota error evicts a twentieth more of the history and retries once.
 * Runs inside the library's lock.
 */
export async function commitChange(
  area: StorageArea,
  index: LibraryIndex,
  change: LibraryChange,
  keep: ReadonlySet<string>,
  options: CommitOptions,
): Promise<void> {
  const over = index.count - options.maxStories;
  const batch = over > 0 ? Math.max(over, Math.ceil(options.maxStories / 100)) : 0;
  try {
    await apply(area, index, change, await index.oldest(batch, keep), options.sketch);
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    const victims = await index.oldest(Math.max(1, Math.ceil(index.count / 20)), keep);
    warnOnce('storage full', `evicting ${victims.length} old stories and retrying`);
    await apply(area, index, change, victims, options.sketch);
  }
}

async function apply(area: StorageArea, index: LibraryIndex, change: LibraryChange, victims: readonly string[], sketch: Sketch): Promise<void> {
  const unfile = new Map(change.unfile);
  if (victims.length > 0) {
    const raw = await getMany(area, victims.map(storyKey));
    for (const url of victims) {
      await index.forget(url);
      const story = readStoryRecord(raw[storyKey(url)]);
      if (story) unfile.set(url, nearKeys(story, sketch));
    }
  }
  const touched = bucketKeys([...unfile.values(), ...change.file.values()].flat());
  const postings = updatePostings(await getMany(area, touched), change.file, unfile);
  const remove = [...victims.map(storyKey), ...postings.remove];
  // Space is freed before the write, so that a full storage gets room for it. The index's meta record
  // goes with the first call and comes back with the second: a worker stopped between the two leaves
  // no index at all, which the next worker rebuilds from the records (rebuild-library-index.ts), rather
  // than an index that lists records already removed.
  if (remove.length > 0) await area.remove([INDEX_KEY, ...remove]);
  await area.set({ ...change.items, ...postings.write, ...index.writes() });
}

/** Reads these keys (none: no storage call). */
export async function getMany(area: StorageArea, keys: readonly string[]): Promise<Record<string, unknown>> {
  return keys.length === 0 ? {} : area.get([...keys]);
}
