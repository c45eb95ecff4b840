import type { Span, TextModel } from '../text-model';
import { normaliseWords } from '../story/normalise-words';
import { sentenceSpans } from './split-sentences';

/** One sentence of the story's body, where it stands, and its words. */
export interface StorySentence extends Span {
  /** the body paragraph it is in, 0 for the first */
  readonly paragraph: number;
  /** its place in that paragraph, 0 for the first */
  readonly inParagraph: number;
  /** its place in the body, 0 for the first */
  readonly index: number;
  /** normalised words (see `normaliseWords`), of its first `WORDS_READ` characters */
  readonly words: readonly string[];
  /** the paragraph's span */
  readonly block: Span;
}

/**
 * How much of a sentence its words are read from. A longer "sentence" is a block without full stops
 * (a list, a run-on page), never a highlight (`isHighlightLength`), and its first words are enough
 * for the word statistics it takes part in; reading it whole would cost time in proportion to it.
 */
export const WORDS_READ = 3_000;

/**
 * The sentences of the body paragraphs, in story order (captions, headline and highlights left out);
 * with a `limit`, only the first `limit`, and the paragraphs after them are not read at all.
 */
export function storySentences(model: TextModel, limit = Infinity): StorySentence[] {
  const sentences: StorySentence[] = [];
  let paragraph = 0;
  for (const block of model.blocks) {
    if (sentences.length >= limit) break;
    if (block.kind !== 'paragraph') continue;
    let inParagraph = 0;
    for (const span of sentenceSpans(model.text.slice(block.start, block.end), block.start)) {
      const words = normaliseWords(model.text.slice(span.start, Math.min(span.end, span.start + WORDS_READ)));
      if (words.length > 0) sentences.push({ start: span.start, end: span.end, paragraph, inParagraph, index: sentences.length, words, block });
      inParagraph++;
      if (sentences.length >= limit) break;
    }
    if (inParagraph > 0) paragraph++;
  }
  return sentences;
}
