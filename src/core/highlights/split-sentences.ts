import type { Span } from '../text-model';
import { NUMBERED_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from './abbreviations';

/**
 * A possible sentence end: terminal punctuation, any closing quotes or brackets, white space, then
 * what may open a sentence (opening quotes or brackets, then a capital letter or a digit).
 */
const BOUNDARY = /([.!?…]+)(["'”’»)\]]*)(\s+)(?=["'“‘«([]*[\p{Lu}\p{N}])/gu;
/** The word before a full stop, with any inner stops ("U.S", "p.m", "J.K"). */
const WORD_BEFORE = /([\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*)$/u;
const WORD_AFTER = /^["'“‘«([]*([\p{L}\p{N}]+)/u;
/** Full stops of scripts written without spaces, which end a sentence with no space after them. */
const IDEOGRAPHIC_END = /[。！？]+[」』）〕”]*/gu;

/**
 * Splits a block of text into sentences, as spans of `text` shifted by `offset` (a block's start in
 * the text model), trimmed of white space. A full stop after a title ("Mr.", "Gen."), an initial
 * ("John F. Kennedy"), a month or "No." before a number ("Jan. 5", "No. 10") or an acronym inside a sentence ("the U.S.
 * Senate") does not end a sentence, nor does "?" or "!" inside a quotation that the sentence goes on
 * after ("“Why?” she asked."). Quotation marks closing a sentence belong to it. "。", "！" and "？"
 * end a sentence without a space after them.
 */
export function splitSentences(text: string, offset = 0): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const boundary of text.matchAll(BOUNDARY)) {
    const [, stops = '', closers = '', space = ''] = boundary;
    const end = (boundary.index ?? 0) + stops.length + closers.length;
    if (stops === '.' && !endsSentence(text.slice(start, end - closers.length - 1), text.slice(end + space.length))) continue;
    pushSentences(spans, text, start, end, offset);
    start = end + space.length;
  }
  pushSentences(spans, text, start, text.length, offset);
  return spans;
}

/** Whether a full stop after `before` ends the sentence, given the text `after` it. */
function endsSentence(before: string, after: string): boolean {
  const word = WORD_BEFORE.exec(before)?.[1];
  if (!word) return true;
  const lower = word.toLowerCase();
  const next = WORD_AFTER.exec(after)?.[1] ?? '';
  if (TITLE_ABBREVIATIONS.has(lower)) return false;
  if (NUMBERED_ABBREVIATIONS.has(lower) && /^\p{N}/u.test(next)) return false;
  // an initial: "John F. Kennedy", "J. K. Rowling"
  if (/^\p{Lu}$/u.test(word)) return false;
  // an acronym with inner stops: a sentence ends after it only where a sentence clearly starts
  if (word.includes('.')) return SENTENCE_STARTERS.has(next.toLowerCase());
  return true;
}

/** Adds the sentences of `text[start, end)`: one, or several where ideographic full stops part them. */
function pushSentences(spans: Span[], text: string, start: number, end: number, offset: number): void {
  let from = start;
  for (const stop of text.slice(start, end).matchAll(IDEOGRAPHIC_END)) {
    const at = start + (stop.index ?? 0) + stop[0].length;
    pushTrimmed(spans, text, from, at, offset);
    from = at;
  }
  pushTrimmed(spans, text, from, end, offset);
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number, offset: number): void {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] as string)) from++;
  while (to > from && /\s/.test(text[to - 1] as string)) to--;
  if (to > from) spans.push({ start: offset + from, end: offset + to });
}
