import type { CatalogStory } from './catalog';
import type { StoryFingerprint } from './fingerprint';
import { fingerprintHashes, fingerprintStory } from './fingerprint';

/** What the index keeps of a story: everything but its text. */
export type CatalogEntry = Omit<CatalogStory, 'model'>;

/** A catalog story that shares fingerprint hashes with a page. */
export interface StoryHits {
  readonly entry: CatalogEntry;
  /** the story's fingerprint hashes found on the page */
  readonly hits: number;
  /** the story's fingerprint hashes in all */
  readonly size: number;
  /** the story's words */
  readonly words: number;
}

/**
 * A shingle held by more stories than this is boilerplate ("contributed to this report") or one
 * story saved many times over (wire copy on many sites): a lookup counts it for the first this many
 * stories only, which bounds its cost whatever the catalog's size and still finds a copy of the story.
 */
const MAX_POSTINGS = 64;

interface Indexed {
  readonly entry: CatalogEntry;
  readonly hashes: Uint32Array;
  readonly words: number;
}

/**
 * An inverted index from fingerprint hash to the stories that hold it, so finding the stories a page
 * shares text with costs one map lookup per page shingle, however many stories there are. Holds the
 * shipped stories and those the reader saves; adding a story with a known id replaces it.
 */
export class CatalogIndex {
  readonly #stories: Array<Indexed | undefined> = [];
  readonly #byId = new Map<string, number>();
  /** hash → the slot of the one story holding it, or of every story holding it */
  readonly #postings = new Map<number, number | number[]>();
  #size = 0;

  constructor(stories: Iterable<CatalogStory> = []) {
    for (const story of stories) this.add(story);
  }

  /** the number of stories indexed */
  get size(): number {
    return this.#size;
  }

  add(story: CatalogStory): void {
    const { model: _model, fingerprint, ...entry } = story;
    this.addFingerprint(entry, fingerprint ?? fingerprintStory(story.model));
  }

  /** Adds a story known only by its fingerprint (a saved story the background keeps without its text). */
  addFingerprint(entry: CatalogEntry, fingerprint: StoryFingerprint): void {
    this.remove(entry.id);
    const slot = this.#stories.length;
    const hashes = fingerprintHashes(fingerprint);
    this.#stories.push({ entry, hashes, words: fingerprint.words });
    this.#byId.set(entry.id, slot);
    this.#size++;
    for (const hash of hashes) {
      const posting = this.#postings.get(hash);
      if (posting === undefined) this.#postings.set(hash, slot);
      else if (typeof posting === 'number') this.#postings.set(hash, [posting, slot]);
      else posting.push(slot);
    }
  }

  /** Removes a story; answers whether it was there. */
  remove(id: string): boolean {
    const slot = this.#byId.get(id);
    if (slot === undefined) return false;
    const indexed = this.#stories[slot] as Indexed;
    for (const hash of indexed.hashes) {
      const posting = this.#postings.get(hash);
      if (posting === slot) this.#postings.delete(hash);
      else if (Array.isArray(posting)) {
        const rest = posting.filter((other) => other !== slot);
        this.#postings.set(hash, rest.length === 1 ? (rest[0] as number) : rest);
      }
    }
    this.#stories[slot] = undefined;
    this.#byId.delete(id);
    this.#size--;
    return true;
  }

  get(id: string): CatalogEntry | undefined {
    const slot = this.#byId.get(id);
    return slot === undefined ? undefined : this.#stories[slot]?.entry;
  }

  /** The stories sharing at least one hash with the page's shingles, most hits first. */
  lookup(pageHashes: Iterable<number>): StoryHits[] {
    return this.storiesHit(this.countHits(pageHashes, new Map()));
  }

  /**
   * Adds to `hits` (story slot → hashes shared) the stories each of `pageHashes` is found in. A page
   * looked up in parts counts each distinct hash in one part only, as `lookup` counts it once.
   */
  countHits(pageHashes: Iterable<number>, hits: Map<number, number>): Map<number, number> {
    for (const hash of pageHashes) {
      const posting = this.#postings.get(hash);
      if (posting === undefined) continue;
      if (typeof posting === 'number') hits.set(posting, (hits.get(posting) ?? 0) + 1);
      else {
        for (let i = 0; i < posting.length && i < MAX_POSTINGS; i++) {
          const slot = posting[i] as number;
          hits.set(slot, (hits.get(slot) ?? 0) + 1);
        }
      }
    }
    return hits;
  }

  /** The stories `countHits` counted, most hits first. */
  storiesHit(hits: ReadonlyMap<number, number>): StoryHits[] {
    const found: StoryHits[] = [];
    for (const [slot, count] of hits) {
      const indexed = this.#stories[slot] as Indexed;
      found.push({ entry: indexed.entry, hits: count, size: indexed.hashes.length, words: indexed.words });
    }
    return found.sort((a, b) => b.hits - a.hits || b.hits / b.size - a.hits / a.size);
  }
}

/** A catalog: an index, or a plain list of stories (indexed once, on first use). */
export type Catalog = CatalogIndex | readonly CatalogStory[];

const indexes = new WeakMap<readonly CatalogStory[], CatalogIndex>();

/** The catalog as an index; a list is indexed on first use and the index kept while the list lives. */
export function toCatalogIndex(catalog: Catalog): CatalogIndex {
  if (catalog instanceof CatalogIndex) return catalog;
  let index = indexes.get(catalog);
  if (!index) {
    index = new CatalogIndex(catalog);
    indexes.set(catalog, index);
  }
  return index;
}
