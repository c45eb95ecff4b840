import { describe, expect, it } from 'vitest';
import type { PageReading } from './analyse';
import { analyse } from './analyse';
import { analyseSteps } from './analyse-steps';
import { BlockMemo } from './block-memo';
import { runSteps } from './run-steps';
import { shippedCatalog } from './story/shipped-catalog';
import type { TextModel } from './text-model';
import { modelFromBlocks } from './text-model';

const paragraphs = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({
    kind: 'paragraph' as const,
    text: `${prefix} ${i}: Mayor Ines Duarte told the Porto council on Monday that “the buses will run”, the Red Cross said.`,
  }));
const readingOf = (model: TextModel): PageReading => ({
  url: 'https://news.example/story',
  article: { detected: true, title: null, byline: null, published: null, site: null, wordCount: 1 },
  model,
});
const analysedWith = (memo: BlockMemo, model: TextModel) => {
  const analysis = runSteps(analyseSteps(readingOf(model), shippedCatalog, memo));
  return { analysis, counts: memo.settle() };
};

describe('BlockMemo', () => {
  it('keeps only what the latest analysis used: a story read before another one is read afresh', () => {
    const memo = new BlockMemo();
    const first = modelFromBlocks(paragraphs('First', 5));
    const other = modelFromBlocks(paragraphs('Other', 5));
    const cost = analysedWith(memo, first).counts.computed;
    expect(analysedWith(memo, first).counts).toEqual({ computed: 0, reused: cost });
    analysedWith(memo, other);
    expect(analysedWith(memo, first).counts).toEqual({ computed: cost, reused: 0 });
  });

  it('past its size stores no more, and answers as a fresh analysis does', () => {
    const blocks = paragraphs('Long', 20);
    const story = modelFromBlocks(blocks);
    // room for the stages of about half the blocks
    const memo = new BlockMemo(Math.floor(story.text.length / 2));
    const { counts: first } = analysedWith(memo, story);
    const { analysis, counts } = analysedWith(memo, story);
    // the blocks stored are reused, the others worked out again
    expect(counts.reused).toBeGreaterThan(0);
    expect(counts.computed).toBeGreaterThan(0);
    expect(counts.computed).toBeLessThan(first.computed);
    expect(analysis).toEqual(analyse(readingOf(story), shippedCatalog));
  });
});
