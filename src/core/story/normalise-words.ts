/**
 * Marks that join or wrap the letters of one word and differ between sites for the same text:
 * straight, curly and modifier apostrophes ("O’Neill’s" and "O'Neill's" are one word), backticks, acutes.
 */
const APOSTROPHES = /['\u2018\u2019\u02BC\u0060\u00B4]/g;
const COMBINING_MARKS = /\p{M}+/gu;
/**
 * A word: a run of letters and digits; in scripts written without spaces between words (Chinese,
 * Japanese, Thai) each character counts as one, so shingles still span a few words' worth of text.
 */
const WORD = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}])[\p{L}\p{N}])+/gu;

/**
 * The words of a text as fingerprints compare them: case, accents, apostrophes, quotation marks,
 * punctuation and white space do not count. Compatibility forms (ligatures, full-width letters)
 * fold to their plain letters. Cost is linear in the text's length.
 */
export function normaliseWords(text: string): string[] {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(APOSTROPHES, '').match(WORD) ?? [];
}
