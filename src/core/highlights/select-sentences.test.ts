import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ScoredSentence } from './select-sentences';
import { selectSentences } from './select-sentences';

const sentence = (index: number, score: number, words: string[]): ScoredSentence => ({
  start: index * 100,
  end: index * 100 + 50,
  paragraph: index,
  inParagraph: 0,
  index,
  words,
  block: { start: index * 100, end: index * 100 + 50 },
  score,
});

/** Greedy MMR read the long way: every sentence left is weighed again in each round, in story order. */
function everySentenceEachRound(scored: readonly ScoredSentence[], count: number): ScoredSentence[] {
  const overlap = (a: readonly string[], b: readonly string[]) => {
    const [setA, setB] = [new Set(a), new Set(b)];
    return [...setA].filter((word) => setB.has(word)).length / Math.max(1, Math.min(setA.size, setB.size));
  };
  const chosen: ScoredSentence[] = [];
  const left = [...scored];
  while (chosen.length < count) {
    let best = -1;
    let bestValue = -Infinity;
    for (const [i, s] of left.entries()) {
      const most = Math.max(0, ...chosen.map((c) => overlap(s.words, c.words)));
      if (most >= 0.5) continue;
      if (s.score - 0.4 * most > bestValue) [best, bestValue] = [i, s.score - 0.4 * most];
    }
    if (best < 0) break;
    chosen.push(...left.splice(best, 1));
  }
  return chosen;
}

describe('selectSentences', () => {
  test('takes the best sentence first, then the best that does not repeat it', () => {
    const scored = [
      sentence(0, 0.9, ['council', 'approved', 'bus', 'levy', 'tuesday']),
      sentence(1, 0.85, ['council', 'approved', 'bus', 'levy', 'debate']),
      sentence(2, 0.5, ['work', 'begins', 'in', 'spring']),
      sentence(3, 0.4, ['residents', 'divided', 'on', 'plan']),
    ];
    expect(selectSentences(scored, 2).map((s) => s.index)).toEqual([0, 2]);
    expect(selectSentences(scored, 9).map((s) => s.index)).toEqual([0, 2, 3]);
  });

  test('stopping early once no score can win never changes the choice, ties included', () => {
    const words = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), { minLength: 1, maxLength: 6 });
    // few distinct scores, so that ties between sentences and between penalised values are common
    const score = fc.constantFrom(0, 0.2, 0.4, 0.5, 0.6, 0.8, 1);
    const story = fc.array(fc.tuple(score, words), { maxLength: 30 }).map((list) => list.map(([s, w], i) => sentence(i, s, w)));
    fc.assert(
      fc.property(story, fc.integer({ min: 1, max: 5 }), (scored, count) => {
        expect(selectSentences(scored, count).map((s) => s.index)).toEqual(everySentenceEachRound(scored, count).map((s) => s.index));
      }),
      { numRuns: 2000 },
    );
  });
});
