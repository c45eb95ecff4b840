/** A word of the text model: letters and digits with the apostrophes, hyphens and dots inside it. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// A dotted abbreviation ("U.S.", "H.W.", "D.C."), or a word whose inner apostrophes ("don't",
// "Smith's"), hyphens ("al-Rashid") and dots ("Yahoo.com") join letters on both sides.
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:(?:['’\-&.]|\u2011)[\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

// Most English text is ASCII with typographic quotation marks, dashes and currency signs, none of
// them a letter, digit or mark: there the letters and digits are ASCII ones and this pattern finds the
// same words as WORD, about three times faster.
const PLAIN = /^[\x00-\x7f\u00a0\u00a3\u20ac\u2011\u2013\u2014\u2018\u2019\u201c\u201d\u2026]*$/;
const PLAIN_WORD = /(?:[A-Z]\.){2,}|[A-Za-z0-9]+(?:['’\-&.\u2011][A-Za-z0-9]+)*/g;

/** The words of `text[start, end)`, in order, with offsets into `text`. Linear in the range. */
export function tokenise(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  // A word that starts in the range may run on past its end, where the two patterns could read
  // differently; that changes nothing once the word is cut at `end`, except for whether "X.Y." is a
  // dotted abbreviation at all, which its first two letters and dots settle, at most three characters
  // past the range.
  const pattern = PLAIN.test(text.slice(start, end + 3)) ? PLAIN_WORD : WORD;
  pattern.lastIndex = start;
  for (;;) {
    const match = pattern.exec(text);
    if (match === null || match.index >= end) break;
    const tokenEnd = Math.min(end, match.index + match[0].length);
    tokens.push({ start: match.index, end: tokenEnd, text: text.slice(match.index, tokenEnd) });
  }
  return tokens;
}

const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;

// The rules ask these of every word of a block; most words start with an ASCII letter, which answers
// them without a Unicode pattern.
const isAsciiLower = (code: number): boolean => code >= 97 && code <= 122;
const isAsciiUpper = (code: number): boolean => code >= 65 && code <= 90;

/** "Smith", "NATO", "al-Rashid"'s "Rashid": starts with a capital letter. */
export function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  return isAsciiUpper(first) || (!isAsciiLower(first) && UPPER_START.test(word));
}

/** "ISIS", "U.N.", "G40": letters, none of them lower case. */
export const isAllCaps = (word: string): boolean => !isAsciiLower(word.charCodeAt(0)) && HAS_LETTER.test(word) && !HAS_LOWER.test(word);

/**
 * "al-Rashid", "UK‑based": a hyphen (or a non-breaking hyphen) inside the word. The rules' patterns of
 * hyphenated names are tried only on such words: a Unicode pattern costs far more to compile, at its
 * first use in a page, and to run than this test.
 */
export const hasHyphen = (word: string): boolean => word.includes('-') || word.includes('‑');

/** "Smith", "2nd": has a letter anywhere; "2024" has none. */
export function hasLetter(word: string): boolean {
  const first = word.charCodeAt(0);
  return isAsciiLower(first) || isAsciiUpper(first) || HAS_LETTER.test(word);
}
