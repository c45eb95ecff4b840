import type { BlockMemo } from '../block-memo';
import { runSteps } from '../run-steps';
import type { BlockKind, TextBlock, TextModel } from '../text-model';
import { normaliseWords } from './normalise-words';

const isBody = (block: TextBlock): boolean => block.kind === 'paragraph' || block.kind === 'caption';

/**
 * Which blocks' words make the story's body: paragraphs and captions. Headlines and highlights are left
 * out because sites rewrite them; a model with no body block (a bare list of lines) has all its blocks.
 */
export const storyBody = (model: TextModel): ((block: TextBlock) => boolean) => (model.blocks.some(isBody) ? isBody : () => true);

/** A block's normalised words (the memo's stage `words`): `normaliseWords` of the block's text. */
export const blockWords = (memo: BlockMemo, kind: BlockKind, text: string): readonly string[] => memo.read('words', kind, text, normaliseWords);

/** Only white space before, between and after the blocks: no word of the text runs from one block into the next. */
function blocksApart(model: TextModel): boolean {
  let from = 0;
  for (const [index, block] of model.blocks.entries()) {
    const gap = model.text.slice(from, block.start);
    if ((index > 0 && gap === '') || /\S/.test(gap)) return false;
    from = block.end;
  }
  return !/\S/.test(model.text.slice(from));
}

/** Blocks read between two pauses of `textWordsSteps`: a few milliseconds' work. */
const BLOCKS_PER_STEP = 500;

/**
 * `normaliseWords(model.text)`, each block's words taken from the memo where an earlier analysis read
 * the block (normalising never joins words across white space, so the text's words are its blocks').
 */
export function textWords(model: TextModel, memo: BlockMemo): string[] {
  return runSteps(textWordsSteps(model, memo));
}

/** `textWords` in steps: it pauses every few hundred blocks, so a 5 MB story does not hold a thread for long. */
export function* textWordsSteps(model: TextModel, memo: BlockMemo): Generator<void, string[], void> {
  if (!blocksApart(model)) return normaliseWords(model.text);
  const texts = memo.blockTexts(model);
  const words: string[] = [];
  for (const [index, block] of model.blocks.entries()) {
    for (const word of blockWords(memo, block.kind, texts[index] as string)) words.push(word);
    if (index % BLOCKS_PER_STEP === BLOCKS_PER_STEP - 1) yield;
  }
  return words;
}
