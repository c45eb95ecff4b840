import type { Span } from '../text-model';
import { NUMBERED_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from './abbreviations';

/**
 * A possible sentence end: terminal punctuation, any closing quotes or brackets, white space, then
 * what may open a sentence (opening quotes or brackets, then a capital letter or a digit).
 */
const BOUNDARY = /([.!?…]+)(["'”’»)\]]*)(\s+)(?=["'“‘«([]*[\p{Lu}\p{N}])/gu;
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
export const splitSentences = (text: string, offset = 0): Span[] => [...sentenceSpans(text, offset)];

/**
 * The sentences of `splitSentences`, one at a time: a reader that needs only the first few stops
 * there, and the text after them is never scanned.
 */
export function* sentenceSpans(text: string, offset = 0): Generator<Span, void, undefined> {
  let start = 0;
  for (const boundary of text.matchAll(BOUNDARY)) {
    const [, stops = '', closers = '', space = ''] = boundary;
    const end = (boundary.index ?? 0) + stops.length + closers.length;
    if (stops === '.' && !endsSentence(text, start, end - closers.length - 1, end + space.length)) continue;
    yield* trimmedSentences(text, start, end, offset);
    start = end + space.length;
  }
  yield* trimmedSentences(text, start, text.length, offset);
}

/** Whether the full stop at `stop` ends the sentence that began at `start`, given the text from `after` on. */
function endsSentence(text: string, start: number, stop: number, after: number): boolean {
  const word = wordBefore(text, start, stop);
  if (!word) return true;
  const lower = word.toLowerCase();
  const next = wordAfter(text, after);
  if (TITLE_ABBREVIATIONS.has(lower)) return false;
  if (NUMBERED_ABBREVIATIONS.has(lower) && /^\p{N}/u.test(next)) return false;
  // an initial: "John F. Kennedy", "J. K. Rowling"
  if (/^\p{Lu}$/u.test(word)) return false;
  // an acronym with inner stops: a sentence ends after it only where a sentence clearly starts
  if (word.includes('.')) return SENTENCE_STARTERS.has(next.toLowerCase());
  return true;
}

/**
 * The word (with any inner stops: "U.S", "p.m") ending at `stop`, read backwards from it and no further
 * back than `start`, as `([\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*)$` would match `text[start, stop)`.
 * An end-anchored pattern is tried at every position of the text it is given, so where a sentence runs
 * on past many stops ("the U.S. … the U.S. …") each check would rescan it; this costs the word's length.
 */
function wordBefore(text: string, start: number, stop: number): string | undefined {
  let from = stop - wordCharsBefore(text, start, stop);
  if (from === stop) return undefined;
  for (;;) {
    if (from - 1 <= start || text[from - 1] !== '.') break;
    const run = wordCharsBefore(text, start, from - 1);
    if (run === 0) break;
    from -= 1 + run;
  }
  return text.slice(from, stop);
}

/**
 * The word at `at`, after any opening quotes or brackets, as `WORD_AFTER` reads it. Plain ASCII words
 * are read directly; the Unicode pattern (slow to compile on a page's first story) only for others.
 */
function wordAfter(text: string, at: number): string {
  let from = at;
  while (from < text.length && OPENERS.includes(text[from] as string)) from++;
  let to = from;
  while (to < text.length && isAsciiWordChar(text.charCodeAt(to))) to++;
  if (to < text.length && text.charCodeAt(to) > 0x7f) return WORD_AFTER.exec(text.slice(at))?.[1] ?? '';
  return text.slice(from, to);
}

const OPENERS = '"\'“‘«([';
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** How many code units of letters and digits end at `at`, no further back than `start`. */
function wordCharsBefore(text: string, start: number, at: number): number {
  let from = at;
  while (from > start) {
    const code = text.charCodeAt(from - 1);
    // a letter outside the Basic Multilingual Plane is a surrogate pair: test it whole
    const width = code >= 0xdc00 && code <= 0xdfff && from - 2 >= start && isHighSurrogate(text.charCodeAt(from - 2)) ? 2 : 1;
    const char = text.slice(from - width, from);
    if (!(isAsciiWordChar(code) || (code > 0x7f && WORD_CHAR.test(char)))) break;
    from -= width;
  }
  return at - from;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isAsciiWordChar = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** The sentences of `text[start, end)`: one, or several where ideographic full stops part them. */
function* trimmedSentences(text: string, start: number, end: number, offset: number): Generator<Span, void, undefined> {
  let from = start;
  for (const stop of text.slice(start, end).matchAll(IDEOGRAPHIC_END)) {
    const at = start + (stop.index ?? 0) + stop[0].length;
    const span = trimmed(text, from, at, offset);
    if (span) yield span;
    from = at;
  }
  const span = trimmed(text, from, end, offset);
  if (span) yield span;
}

/** `text[start, end)` without white space at either end, shifted by `offset`; nothing if only white space. */
function trimmed(text: string, start: number, end: number, offset: number): Span | undefined {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] as string)) from++;
  while (to > from && /\s/.test(text[to - 1] as string)) to--;
  return to > from ? { start: offset + from, end: offset + to } : undefined;
}
