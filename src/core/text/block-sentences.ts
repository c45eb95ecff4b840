import type { BlockMemo } from '../block-memo';
import type { BlockKind, TextModel } from '../text-model';
import type { Sentence } from './split-sentences';
import { splitSentences } from './split-sentences';

/** The memo's stage of a block's sentences. */
const STAGE = 'sentences';

/**
 * A block's sentences, read from the block alone (offsets from its start, block 0): what `splitSentences`
 * finds in it, since a sentence never runs over a block's end.
 */
export const blockSentences = (memo: BlockMemo, kind: BlockKind, text: string): readonly Sentence[] =>
  memo.read(STAGE, kind, text, (own) => splitSentences({ text: own, blocks: [{ kind, start: 0, end: own.length }] }));

/** `splitSentences(model)`, each block's sentences taken from the memo where an earlier analysis read the block. */
export function storySentences(model: TextModel, memo: BlockMemo): Sentence[] {
  const sentences: Sentence[] = [];
  const texts = memo.blockTexts(model);
  model.blocks.forEach((block, index) => {
    for (const { start, end } of blockSentences(memo, block.kind, texts[index] as string)) {
      sentences.push({ start: start + block.start, end: end + block.start, block: index, kind: block.kind });
    }
  });
  return sentences;
}
