import type { StorySentence } from './story-sentences';

/** Two sentences sharing this share of their words say the same thing. */
const NEAR_DUPLICATE = 0.5;
/** How much overlap with sentences already chosen lowers a sentence's score. */
const REDUNDANCY = 0.4;

export type ScoredSentence = StorySentence & { readonly score: number };

/**
 * Greedy maximal marginal relevance (Carbonell & Goldstein 1998): takes the best-scoring sentence,
 * then the best of the rest after a penalty for overlap with those taken, skipping near-duplicates.
 * Answers in the order chosen.
 */
export function selectSentences(scored: readonly ScoredSentence[], count: number): ScoredSentence[] {
  const chosen: ScoredSentence[] = [];
  const left = [...scored];
  while (chosen.length < count && left.length > 0) {
    let best = -1;
    let bestValue = -Infinity;
    for (const [i, s] of left.entries()) {
      const overlap = Math.max(0, ...chosen.map((c) => wordOverlap(s.words, c.words)));
      if (overlap >= NEAR_DUPLICATE) continue;
      const value = s.score - REDUNDANCY * overlap;
      if (value > bestValue) [best, bestValue] = [i, value];
    }
    if (best < 0) break;
    chosen.push(...left.splice(best, 1));
  }
  return chosen;
}

/** Share of the smaller sentence's distinct words that the other one has too. */
function wordOverlap(a: readonly string[], b: readonly string[]): number {
  const setA = new Set(a);
  const setB = new Set(b);
  let shared = 0;
  for (const word of setA) if (setB.has(word)) shared++;
  return shared / Math.max(1, Math.min(setA.size, setB.size));
}
