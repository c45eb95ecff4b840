/** A word of the text model: letters and digits with the apostrophes, hyphens and dots inside it. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// A dotted abbreviation ("U.S.", "H.W.", "D.C."), or a word whose inner apostrophes ("don't",
// "Smith's"), hyphens ("al-Rashid") and dots ("Yahoo.com") join letters on both sides.
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:(?:['’\-&.]|\u2011)[\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

/** The words of `text[start, end)`, in order, with offsets into `text`. Linear in the range. */
export function tokenise(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = start;
  for (;;) {
    const match = WORD.exec(text);
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

/** "Smith", "2nd": has a letter anywhere; "2024" has none. */
export function hasLetter(word: string): boolean {
  const first = word.charCodeAt(0);
  return isAsciiLower(first) || isAsciiUpper(first) || HAS_LETTER.test(word);
}
