import type { StorySentence } from './story-sentences';

/** Two sentences sharing this share of their words say the same thing. */
const NEAR_DUPLICATE = 0.5;
/** How much overlap with sentences already chosen lowers a sentence's score. */
const REDUNDANCY = 0.4;

export type ScoredSentence = StorySentence & { readonly score: number };

/**
 * Greedy maximal marginal relevance (Carbonell & Goldstein 1998): takes the best-scoring sentence,
 * then the best of the rest after a penalty for overlap with those taken, skipping near-duplicates.
 * Answers in the order chosen. A penalty only lowers a score, so each round reads the sentences best
 * first and stops at the first whose score alone cannot beat the best value found: a round costs a
 * few overlap checks, not one per sentence, and each sentence's word set is built once, when first needed.
 */
export function selectSentences(scored: readonly ScoredSentence[], count: number): ScoredSentence[] {
  // best score first; among equal scores, story order, as a scan in story order keeps the first best
  const order = scored.map((_, i) => i).sort((a, b) => (scored[b] as ScoredSentence).score - (scored[a] as ScoredSentence).score || a - b);
  const sets = new Map<number, ReadonlySet<string>>();
  const wordSet = (i: number) => {
    let set = sets.get(i);
    if (!set) sets.set(i, (set = new Set((scored[i] as ScoredSentence).words)));
    return set;
  };
  const chosen: number[] = [];
  const taken = new Set<number>();
  while (chosen.length < count) {
    let best = -1;
    let bestValue = -Infinity;
    for (const i of order) {
      const { score } = scored[i] as ScoredSentence;
      // the value is at most the score: no sentence from here on can do better (a tie goes to story order)
      if (score < bestValue || (score === bestValue && i > best)) break;
      if (taken.has(i)) continue;
      let overlap = 0;
      for (const c of chosen) overlap = Math.max(overlap, wordOverlap(wordSet(i), wordSet(c)));
      if (overlap >= NEAR_DUPLICATE) continue;
      const value = score - REDUNDANCY * overlap;
      if (value > bestValue || (value === bestValue && i < best)) [best, bestValue] = [i, value];
    }
    if (best < 0) break;
    chosen.push(best);
    taken.add(best);
  }
  return chosen.map((i) => scored[i] as ScoredSentence);
}

/** Share of the smaller sentence's distinct words that the other one has too. */
function wordOverlap(setA: ReadonlySet<string>, setB: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of setA) if (setB.has(word)) shared++;
  return shared / Math.max(1, Math.min(setA.size, setB.size));
}
