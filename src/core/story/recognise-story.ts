import type { StoryMatch } from '../../shared/report';
import { NO_STORY } from '../../shared/report';
import { noMemo } from '../block-memo';
import type { TextModel } from '../text-model';
import type { Catalog, StoryHits } from './catalog-index';
import { toCatalogIndex } from './catalog-index';
import { runSteps } from '../run-steps';
import { SHINGLE_WORDS, shingleHashes } from './shingle-hashes';
import { textWordsSteps } from './story-words';

/**
 * Common phrases ("for the first time in", "the end of the year") give unrelated stories a few
 * shared shingles; hits beyond this many are evidence of shared text.
 */
const CHANCE_HITS = 2;
/** Hits beyond chance that raise confidence by a factor e: 8 more than chance give 0.63. */
const HITS_SCALE = 8;
/** Below this a match is not reported. */
export const MIN_CONFIDENCE = 0.5;
/**
 * Words of a story a page must carry to be said to carry it: more than a lede sentence (25 to 45
 * words), which homepages and link lists repeat as a teaser, so about two paragraphs. A story shorter
 * than twice this needs 60% of its words.
 */
export const MIN_MATCHED_WORDS = 60;
/** Share of a story a page must carry: a few sentences out of a long feature are a quotation. */
export const MIN_COVERAGE = 0.05;

/** Words hashed and looked up between two pauses of `recogniseSteps`: a few milliseconds' work. */
export const WORDS_PER_STEP = 50_000;

/**
 * Which catalog story, if any, this page carries, and how much of it (`coverage`, the share of the
 * story's fingerprint found on the page). Every shingle of the page, across its blocks, is looked up
 * in the catalog's index, so neither layout nor headline nor paragraph order matters, and the cost
 * grows with the page, not with the catalog. Each block's words are taken from `memo` where an earlier
 * analysis read the block.
 */
export function recogniseStory(model: TextModel, catalog: Catalog, memo = noMemo()): StoryMatch {
  return runSteps(recogniseSteps(model, catalog, memo));
}

/**
 * `recogniseStory` in steps: the page's words are read, hashed and looked up a part at a time, so a
 * very long story (a 5 MB page) does not hold the worker for hundreds of milliseconds at once.
 */
export function* recogniseSteps(model: TextModel, catalog: Catalog, memo = noMemo()): Generator<void, StoryMatch, void> {
  const index = toCatalogIndex(catalog);
  if (index.size === 0) return NO_STORY;
  const words = yield* textWordsSteps(model, memo);
  const hits = new Map<number, number>();
  const seen = new Set<number>();
  // Shingles run across parts: each part hashes its words and the next few, so every shingle is hashed
  // once, as over the whole text (a text shorter than one part is hashed whole, short or not).
  const parts = words.length <= WORDS_PER_STEP ? 1 : Math.ceil((words.length - SHINGLE_WORDS + 1) / WORDS_PER_STEP);
  for (let part = 0; part < parts; part++) {
    const from = part * WORDS_PER_STEP;
    const hashes = parts === 1 ? shingleHashes(words) : shingleHashes(words.slice(from, from + WORDS_PER_STEP + SHINGLE_WORDS - 1));
    const fresh: number[] = [];
    for (const hash of hashes) {
      if (seen.has(hash)) continue;
      seen.add(hash);
      fresh.push(hash);
    }
    index.countHits(fresh, hits);
    yield;
  }
  for (const found of index.storiesHit(hits)) {
    if (!carriesStory(found)) continue;
    const confidence = 1 - Math.exp(-Math.max(0, found.hits - CHANCE_HITS) / HITS_SCALE);
    if (confidence < MIN_CONFIDENCE) continue;
    return { id: found.entry.id, title: found.entry.title, confidence: round(confidence), coverage: round(found.hits / found.size) };
  }
  return NO_STORY;
}

/** Whether the page carries enough of the story (estimated from the share of its hashes found). */
function carriesStory({ hits, size, words }: StoryHits): boolean {
  const coverage = hits / size;
  return coverage >= MIN_COVERAGE && coverage * words >= Math.min(MIN_MATCHED_WORDS, 0.6 * words);
}

const round = (value: number) => Math.round(value * 1000) / 1000;
