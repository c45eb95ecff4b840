import type { BlockKind } from './text-model';

/**
 * How many characters of block text (summed over stages) a memo holds results for: the four stages of a
 * 100,000-word story (590,000 characters), whose results take about 15 MB.
 */
const MAX_CHARS = 2_500_000;

/** How a memo served an analysis: per stage and block, each counted once. */
export interface MemoCounts {
  /** block results worked out afresh (a block that is new, or changed) */
  readonly computed: number;
  /** block results taken from an earlier analysis */
  readonly reused: number;
}

/**
 * A copy of `text` that shares no storage with the string it was cut from: a block's text is a slice of
 * the whole story's, and a slice kept as a key would keep every earlier version of the story alive
 * (engines keep a slice as a view of its parent). JSON's round trip copies, lone surrogates included.
 */
interface Entry {
  /** the block's text, its own copy (the map's key) */
  readonly text: string;
  readonly value: unknown;
}

const ownCopy = (text: string): string => JSON.parse(JSON.stringify(text)) as string;

/**
 * Results of block-local stages (work that reads one block alone: its sentences, its name candidates)
 * by stage, block kind and block text, so that re-analysing a page that changed (a paragraph appended
 * by a single-page app, an infinite scroll) works out only the blocks that are new or edited. A stage's
 * result must be a function of the block's kind and text alone, never of its neighbours or offset; a
 * result is shared between analyses, so no caller may change it.
 *
 * Memory is bounded: `settle()` after each analysis drops what that analysis did not use (a page's
 * memo holds one story's blocks, the latest), and past `maxChars` of block text no more is stored.
 */
export class BlockMemo {
  readonly #maxChars: number;
  #kept = new Map<string, Map<string, Entry>>();
  #used = new Map<string, Map<string, Entry>>();
  #usedChars = 0;
  #computed = 0;
  #reused = 0;

  /** `maxChars`: the characters of block text, summed over stages, past which no more is stored. */
  constructor(maxChars = MAX_CHARS) {
    this.#maxChars = maxChars;
  }

  /**
   * `stage`'s result for a block of this kind and text: an earlier one, or `compute`'s, which is handed
   * the memo's own copy of the text (so that what it keeps, such as names cut from the text, holds no
   * earlier version of the story either).
   */
  read<T>(stage: string, kind: BlockKind, text: string, compute: (text: string) => T): T {
    const table = `${stage}:${kind}`;
    let used = this.#used.get(table);
    let entry = used?.get(text);
    // read already in this analysis (another stage asked): counted once
    if (entry) return entry.value as T;
    entry = this.#kept.get(table)?.get(text);
    if (entry) this.#reused += 1;
    else this.#computed += 1;
    if (!entry) {
      const own = ownCopy(text);
      entry = { text: own, value: compute(own) };
    }
    if (this.#usedChars + text.length <= this.#maxChars) {
      if (!used) this.#used.set(table, (used = new Map()));
      used.set(entry.text, entry);
      this.#usedChars += text.length;
    }
    return entry.value as T;
  }

  /** Ends an analysis: keeps the results it used, drops the rest, and answers how it was served. */
  settle(): MemoCounts {
    const counts = { computed: this.#computed, reused: this.#reused };
    this.#kept = this.#used;
    this.#used = new Map();
    this.#usedChars = 0;
    this.#computed = 0;
    this.#reused = 0;
    return counts;
  }
}
