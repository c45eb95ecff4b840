import type { BlockKind, TextModel } from './text-model';

/**
 * How many characters of block text a memo holds results for: a 100,000-word story (590,000
 * characters) fits, and its results take about 12 MB.
 */
const MAX_CHARS = 750_000;

/** How a memo served an analysis: per stage and block, each counted once. */
export interface MemoCounts {
  /** block results worked out afresh (a block that is new, or changed) */
  readonly computed: number;
  /** block results taken from an earlier analysis */
  readonly reused: number;
}

/**
 * A copy of `text` that shares no storage with the string it was cut from: a block's text is a slice of
 * the whole story's, and a slice kept (as a key, or inside a result) would keep every earlier version of
 * the story alive (engines keep a slice as a view of its parent). JSON's round trip copies, lone
 * surrogates included.
 */
const ownCopy = (text: string): string => JSON.parse(JSON.stringify(text)) as string;

/**
 * Results of block-local stages (work that reads one block alone: its sentences, its name candidates)
 * by stage, block kind and block text, so that re-analysing a page that changed (a paragraph appended
 * by a single-page app, an infinite scroll) works out only the blocks that are new or edited. A stage's
 * result must be a function of the block's kind and text alone, never of its neighbours or offset; a
 * result is shared between analyses, so no caller may change it.
 *
 * The memo holds one copy of each block's text, which every stage's results are keyed by: stages that
 * take their texts from `blockTexts` look a block up without hashing or comparing its text again.
 * Memory is bounded: `settle()` after each analysis drops what that analysis did not use (a page's
 * memo holds one story's blocks, the latest), and past `maxChars` of block text no more is stored.
 */
export class BlockMemo {
  readonly #maxChars: number;
  /** the memo's copies of the texts of the blocks this analysis read, and of the analysis before */
  #texts = new Map<string, string>();
  #keptTexts = new Map<string, string>();
  #chars = 0;
  /** by stage and kind, results by block text: this analysis's, and the analysis before's */
  #results = new Map<string, Map<string, unknown>>();
  #keptResults = new Map<string, Map<string, unknown>>();
  #models = new WeakMap<TextModel, readonly string[]>();
  #computed = 0;
  #reused = 0;

  /** `maxChars`: the characters of block text past which no more is stored. */
  constructor(maxChars = MAX_CHARS) {
    this.#maxChars = maxChars;
  }

  /** The texts of the model's blocks, in order, as the memo holds them: what `read` looks up fastest. */
  blockTexts(model: TextModel): readonly string[] {
    let texts = this.#models.get(model);
    if (!texts) {
      texts = model.blocks.map((block) => this.#own(model.text.slice(block.start, block.end)));
      this.#models.set(model, texts);
    }
    return texts;
  }

  /**
   * `stage`'s result for a block of this kind and text: an earlier one, or `compute`'s, which is handed
   * the memo's own copy of the text (so that what it keeps, such as names cut from the text, holds no
   * earlier version of the story either).
   */
  read<T>(stage: string, kind: BlockKind, text: string, compute: (text: string) => T): T {
    const own = this.#own(text);
    const table = `${stage}:${kind}`;
    let results = this.#results.get(table);
    // read already in this analysis (another stage asked): counted once
    if (results?.has(own)) return results.get(own) as T;
    const kept = this.#keptResults.get(table);
    let value: T;
    if (kept?.has(own)) {
      value = kept.get(own) as T;
      this.#reused += 1;
    } else {
      value = compute(own);
      this.#computed += 1;
    }
    if (this.#texts.has(own)) {
      if (!results) this.#results.set(table, (results = new Map()));
      results.set(own, value);
    }
    return value;
  }

  /** Ends an analysis: keeps the results it used, drops the rest, and answers how it was served. */
  settle(): MemoCounts {
    const counts = { computed: this.#computed, reused: this.#reused };
    this.#keptTexts = this.#texts;
    this.#texts = new Map();
    this.#chars = 0;
    this.#keptResults = this.#results;
    this.#results = new Map();
    this.#models = new WeakMap();
    this.#computed = 0;
    this.#reused = 0;
    return counts;
  }

  /** The memo's copy of a block's text, now held for this analysis; the text itself past the memo's size. */
  #own(text: string): string {
    const held = this.#texts.get(text);
    if (held !== undefined) return held;
    if (this.#chars + text.length > this.#maxChars) return text;
    const own = this.#keptTexts.get(text) ?? ownCopy(text);
    this.#texts.set(own, own);
    this.#chars += text.length;
    return own;
  }
}

/**
 * A memo that keeps nothing: for a single analysis (the CLI, `analyse`, a catalog story's fingerprint),
 * which has nothing before it to reuse and nothing after it to reuse it, so it pays for no copies.
 */
export const noMemo = (): BlockMemo => new BlockMemo(0);
