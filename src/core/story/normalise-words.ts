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

/** Text that Unicode normalisation leaves as it is and that holds no letter outside ASCII. */
const PLAIN = /^[\x00-\x7f\u2018\u2019\u201c\u201d\u2013\u2014]*$/;
const PLAIN_APOSTROPHES = /['\u2018\u2019`]/g;
const PLAIN_WORD = /[a-z0-9]+/g;

/**
 * The words of a text as fingerprints compare them: case, accents, apostrophes, quotation marks,
 * punctuation and white space do not count. Compatibility forms (ligatures, full-width letters)
 * fold to their plain letters. Cost is linear in the text's length.
 */
export function normaliseWords(text: string): string[] {
  // most English text is ASCII with curly quotes and dashes: no folding can apply, and the words are the ASCII letter runs
  if (PLAIN.test(text)) return text.toLowerCase().replace(PLAIN_APOSTROPHES, '').match(PLAIN_WORD) ?? [];
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(APOSTROPHES, '').match(WORD) ?? [];
}
