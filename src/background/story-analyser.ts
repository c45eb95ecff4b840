import type { MemoCounts } from '../core/block-memo';
import { BlockMemo } from '../core/block-memo';
import type { Slicer } from '../core/run-steps';
import { runStepsSliced } from '../core/run-steps';
import type { CatalogStory } from '../core/story/catalog';
import { fingerprintSteps } from '../core/story/fingerprint';
import type { SavedStory, StoryAnalysis, StoryReading } from '../shared/protocol';
import { timeSlicer } from '../shared/yield-to-main';
import type { CatalogRecord } from './catalog-record';
import { SavedCatalog } from './saved-catalog';
import { warnOnce } from './warn-once';

/** The worker gives its thread back between slices this long, to answer other tabs and the popup. */
const SLICE_MS = 20;

/** Tabs whose block memo is kept at once: the latest ones analysed (a memo holds one story's blocks). */
const MEMO_TABS = 4;

/**
 * Each analysis leaves a User Timing measure of this name in the worker (detail: characters, slices,
 * longest slice in ms, and `blocks`: block results worked out afresh and taken from the tab's memo), for
 * `npm run bench`; the worker's timeline is the extension's own, no page sees it.
 */
export const ANALYSIS_MEASURE = 'story-lens:analyse';
const MEASURES_KEPT = 100;

export interface AnalyserDeps {
  /** the stories that ship with the extension */
  readonly shipped: Iterable<CatalogStory>;
  /** the reader's saved stories as stored; each is checked again before it is indexed */
  saved(): Promise<readonly unknown[]>;
  /** the slice budget of one analysis (tests hand in one that never pauses) */
  slicer?(): Slicer;
}

/** A saved catalog record as the catalog index takes it. */
export const savedStoryOf = ({ id, title, highlights, published, site, fingerprint }: CatalogRecord): SavedStory => ({
  id,
  title,
  highlights,
  published,
  source: site,
  fingerprint,
});

/**
 * Analyses the stories that content scripts read, in the worker, whose code and data stay initialised
 * from one page to the next (a page's main thread would pay for them cold on every load). The catalog
 * index (shipped and saved stories) lives in memory for as long as the worker does, built on the first
 * analysis and brought up to date with the saved list before each one (only what changed is
 * re-indexed); a stopped worker builds it again on its next call. A long story is analysed in slices.
 *
 * Each tab keeps the block memo of its latest analysis (in memory only, like the catalog index), so a
 * page that grows (a late paragraph, an infinite scroll) is analysed again reading only its new blocks.
 * A tab's memo goes when the tab closes or loads another document; a story that replaces another in
 * a single-page app drops the blocks it does not share at its first analysis; only the latest few tabs
 * keep one.
 */
export class StoryAnalyser {
  readonly #deps: AnalyserDeps;
  #catalog: SavedCatalog | null = null;
  readonly #memos = new Map<number, BlockMemo>();

  constructor(deps: AnalyserDeps) {
    this.#deps = deps;
  }

  /** Analyses a tab's reading; the tab's memo of its earlier analyses is used and brought up to date. */
  async analyse(reading: StoryReading, tabId: number): Promise<StoryAnalysis> {
    this.#catalog ??= new SavedCatalog(this.#deps.shipped);
    let index = this.#catalog.index;
    try {
      index = this.#catalog.sync(await this.#deps.saved());
    } catch (error) {
      // Storage failing must not cost the page its analysis: the catalog as last known.
      warnOnce('could not read the saved catalog', error);
    }
    // The engine and its data (gazetteers, lexicons) are initialised on the worker's first story, not at
    // each start: a worker woken for the popup or a tab event does not pay for them (esbuild keeps the
    // module inside background.js and runs it lazily; nothing is fetched).
    const { analyseSteps } = await import('../core/analyse-steps');
    const slicer = timed(this.#deps.slicer?.() ?? timeSlicer(SLICE_MS));
    const memo = this.#memoOf(tabId);
    const analysis = await runStepsSliced(analyseSteps(reading, index, memo), slicer);
    if (slicer.due()) await slicer.next();
    const answer = { ...analysis, fingerprint: await runStepsSliced(fingerprintSteps(reading.model, memo), slicer) };
    slicer.measure(reading.model.text.length, memo.settle());
    return answer;
  }

  /** Drops a tab's memo: the tab closed, or loads another document. */
  forget(tabId: number): void {
    this.#memos.delete(tabId);
  }

  /** The tab's memo, now the latest used (the least recently used tab's goes beyond `MEMO_TABS`). */
  #memoOf(tabId: number): BlockMemo {
    const memo = this.#memos.get(tabId) ?? new BlockMemo();
    this.#memos.delete(tabId);
    if (this.#memos.size >= MEMO_TABS) this.#memos.delete(this.#memos.keys().next().value as number);
    this.#memos.set(tabId, memo);
    return memo;
  }
}

/** A slicer that also times its slices, and leaves one User Timing measure for the whole analysis. */
function timed(slicer: Slicer): Slicer & { measure(chars: number, blocks: MemoCounts): void } {
  const now = () => performance.now();
  const start = now();
  let sliceStart = start;
  let longest = 0;
  let slices = 1;
  return {
    due: () => slicer.due(),
    async next() {
      longest = Math.max(longest, now() - sliceStart);
      await slicer.next();
      slices += 1;
      sliceStart = now();
    },
    measure(chars, blocks) {
      const end = now();
      longest = Math.max(longest, end - sliceStart);
      try {
        // A worker that lives long (Firefox's event page on a busy day) keeps the latest few only.
        if (performance.getEntriesByName(ANALYSIS_MEASURE).length >= MEASURES_KEPT) performance.clearMeasures(ANALYSIS_MEASURE);
        performance.measure(ANALYSIS_MEASURE, { start, end, detail: { chars, slices, longestSliceMs: longest, blocks } });
      } catch {
        // a timeline without User Timing Level 3: the analysis is what matters
      }
    },
  };
}
