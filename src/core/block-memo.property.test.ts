import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyse } from './analyse';
import { analyseSteps } from './analyse-steps';
import type { Analysis, PageReading } from './analyse';
import { BlockMemo } from './block-memo';
import { runSteps } from './run-steps';
import { parseStoryText } from './story/parse-story-text';
import { shippedCatalog } from './story/shipped-catalog';
import type { BlockKind, TextModel } from './text-model';
import { blockText, modelFromBlocks } from './text-model';
import { fingerprintStory } from './story/fingerprint';
import { normaliseWords } from './story/normalise-words';
import { textWords } from './story/story-words';
import { storySentences } from './text/block-sentences';
import { splitSentences } from './text/split-sentences';

// Stories made of real sentences (the project's test stories and the shipped one) and of the pieces
// the block-local rules look at: datelines, credit lines, upper-case subheads, lists of names, quotation
// marks left open at a paragraph's end (a quotation that runs on into the next paragraph).
const stories = readdirSync(new URL('../../tests/fixtures/stories/', import.meta.url)).filter((name) => name.endsWith('.txt'));
const texts = [
  ...stories.flatMap((name) => {
    const { model } = parseStoryText(name, readFileSync(new URL(`../../tests/fixtures/stories/${name}`, import.meta.url), 'utf8'));
    return model.blocks.map((block) => blockText(model, block));
  }),
  ...shippedCatalog.flatMap(({ model }) => model.blocks.map((block) => blockText(model, block))),
];
const sentences = texts.flatMap((text) => text.split(/(?<=[.!?”])\s+(?=[“"A-Z])/));
const pieces = [
  'LONDON (Reuters) -',
  'BURLINGTON, Vt. —',
  'Photo: Ines Duarte/Reuters',
  'THE MINISTER RESPONDS',
  'Walmart, Kroger and Costco said',
  '“We will not stop,',
  '"It is over," she said.',
  'Mr. Okafor told the Red Cross',
  'in the words of the U.S. ambassador',
  '‘That was the ’90s,’ he added.',
  // text that normalising folds: accents, ligatures, a Greek final sigma, a Turkish capital, Japanese
  'Zoë Müller of Société Générale said the ﬁnal offer was “ﬁrm”.',
  'ΟΔΥΣΣΕΑΣ ΠΑΠΑΣ',
  'İstanbul’s mayor met officials in 東京 on Friday.',
];
const line = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...sentences) }, { weight: 1, arbitrary: fc.constantFrom(...pieces) }), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));
const kind = fc.constantFrom<BlockKind>('paragraph', 'paragraph', 'paragraph', 'headline', 'highlight', 'caption');
const block = fc.record({ kind, text: line });

/** What a page can do to its story between two readings. */
const change = fc.oneof(
  fc.record({ op: fc.constant('append' as const), block }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), block }),
  fc.record({ op: fc.constant('edit' as const), at: fc.nat(), text: line }),
  fc.record({ op: fc.constant('remove' as const), at: fc.nat() }),
);
type Block = { kind: BlockKind; text: string };
type Change = typeof change extends fc.Arbitrary<infer T> ? T : never;

function applied(blocks: readonly Block[], step: Change): Block[] {
  const out = [...blocks];
  const at = 'at' in step ? step.at % (out.length + (step.op === 'insert' ? 1 : 0) || 1) : 0;
  if (step.op === 'append') out.push(step.block);
  else if (step.op === 'insert') out.splice(at, 0, step.block);
  else if (step.op === 'edit' && out[at]) out[at] = { ...out[at]!, text: step.text };
  else if (step.op === 'remove' && out.length > 1) out.splice(at, 1);
  return out;
}

const readingOf = (model: TextModel): PageReading => ({
  url: 'https://news.example/story',
  article: { detected: true, title: null, byline: null, published: null, site: null, wordCount: 1 },
  model,
});
/** The block-local stages of an analysis: a block's sentences, its names and its normalised words. */
const STAGES = 3;
const withMemo = (model: TextModel, memo: BlockMemo): Analysis => {
  const analysis = runSteps(analyseSteps(readingOf(model), shippedCatalog, memo));
  memo.settle();
  return analysis;
};

describe('BlockMemo, properties', () => {
  test('a story re-analysed with the memo of its earlier versions, after any appends, inserts, edits and removals of blocks, is analysed as from scratch', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 12 }), fc.array(change, { minLength: 1, maxLength: 6 }), (start, changes) => {
        const memo = new BlockMemo();
        let blocks: Block[] = start;
        withMemo(modelFromBlocks(blocks), memo);
        for (const step of changes) {
          blocks = applied(blocks, step);
          const model = modelFromBlocks(blocks);
          expect(storySentences(model, memo)).toEqual(splitSentences(model));
          expect(textWords(model, memo)).toEqual(normaliseWords(model.text));
          expect(fingerprintStory(model, memo)).toEqual(fingerprintStory(model));
          expect(withMemo(model, memo)).toEqual(analyse(readingOf(model), shippedCatalog));
        }
      }),
      { numRuns: 120 },
    );
    // 120 stories of up to 18 versions each, every one analysed twice: seconds of work, more than a
    // bare `vitest run`'s default 5 s on a busy machine.
  }, 120_000);

  test('a memo reads each block of a story once, and again only the blocks that changed', () => {
    fc.assert(
      fc.property(fc.uniqueArray(block, { minLength: 2, maxLength: 10, selector: (b) => `${b.kind}:${b.text}` }), block, (blocks, late) => {
        fc.pre(!blocks.some((b) => b.kind === late.kind && b.text === late.text));
        const memo = new BlockMemo();
        runSteps(analyseSteps(readingOf(modelFromBlocks(blocks)), shippedCatalog, memo));
        expect(memo.settle()).toEqual({ computed: STAGES * blocks.length, reused: 0 });
        runSteps(analyseSteps(readingOf(modelFromBlocks([...blocks, late])), shippedCatalog, memo));
        expect(memo.settle()).toEqual({ computed: STAGES, reused: STAGES * blocks.length });
      }),
      { numRuns: 40 },
    );
  });
});
