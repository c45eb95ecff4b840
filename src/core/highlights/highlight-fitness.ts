import type { Span, TextModel } from '../text-model';
import type { StorySentence } from './story-sentences';
import { WORDS_READ } from './story-sentences';

const MIN_WORDS = 6;
const MAX_WORDS = 60;
/** An editor's note or promo in brackets ("[Get our newsletter.]") is not the story. */
const BRACKETED = /^\s*[[(].*[\])]\W*$/s;
/** A highlight reads as a sentence: it opens with a capital, a digit or a quotation mark and ends with a stop. */
const SENTENCE_SHAPE = /^["'“‘(]*[\p{Lu}\p{N}][\s\S]*[.!?…]["'”’)]*$/u;
/**
 * A photo caption the reader took for a paragraph: "In this photo…", "This file image shows…", or a
 * credit in brackets at its end ("(Jane Doe/AP Photo)", "(… photo via AP)").
 */
const CAPTION_CUE = /^(?:in )?this (?:\w+ )?(?:photo|image|picture)\b|\([^()]*\b(?:photo|image|picture)s?\b[^()]*\)\W*$/i;
/** Sentences opening like this lean on the one before them and read badly alone. */
const DANGLING_START = /^["'“‘]?(but|and|or|so|yet|also|however|he|she|they|it|this|that|these|those|his|her|their|its|there)\b/i;
/** Quoted stretches: a sentence that is mostly quotation reads as a quote, not a summary. */
const QUOTED = /["“][^"”]*["”]/g;

/**
 * Whether a sentence is one of the story's: a whole sentence, not a label, a timestamp, a bracketed
 * promo or part of a photo caption the reader kept as a paragraph.
 */
export function isStorySentence(model: TextModel, s: StorySentence): boolean {
  const text = model.text.slice(s.start, s.end);
  return SENTENCE_SHAPE.test(text) && !BRACKETED.test(text) && !isCaptionBlock(model, s.block);
}

/** Each paragraph's caption check, made once: its sentences share it, and a long paragraph has many. */
const captionBlocks = new WeakMap<Span, boolean>();

function isCaptionBlock(model: TextModel, block: Span): boolean {
  let caption = captionBlocks.get(block);
  if (caption === undefined) captionBlocks.set(block, (caption = CAPTION_CUE.test(model.text.slice(block.start, block.end))));
  return caption;
}

/** Whether a story sentence is of a length that makes a highlight. */
export const isHighlightLength = (s: StorySentence): boolean =>
  s.words.length >= MIN_WORDS && s.words.length <= MAX_WORDS && s.end - s.start < WORDS_READ;

/** A factor in (0, 1] for how well a sentence reads as a highlight on its own. */
export function highlightFitness(model: TextModel, s: StorySentence): number {
  const text = model.text.slice(s.start, s.end);
  let factor = 1;
  if (s.index > 0 && DANGLING_START.test(text)) factor *= 0.7;
  const quoted = [...text.matchAll(QUOTED)].reduce((sum, m) => sum + m[0].length, 0);
  if (quoted > text.length / 2) factor *= 0.75;
  // a quotation opened and not closed (or closed and not opened) is a piece of a longer one
  if (countOf(text, /“/g) !== countOf(text, /”/g) || countOf(text, /"/g) % 2 === 1) factor *= 0.5;
  if (s.words.length < 10) factor *= 0.8;
  if (s.words.length > 45) factor *= 0.85;
  return factor;
}

const countOf = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
