// The body-extraction score outside checks use: the extracted body and a reference body are cut into
// words (letters and digits, an apostrophe's suffix kept, case folded, NFKC), then into sets of
// 4-word shingles. Precision is the share of the extracted shingles found in the reference, recall
// the share of the reference's shingles extracted. Over several pages, precision and recall are each
// averaged over pages and F1 is taken of the two averages.

/** @param {string} text */
export const words = (text) => text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];

/** @param {string[]} list */
export const shingles = (list) => new Set(list.slice(0, Math.max(0, list.length - 3)).map((_, i) => list.slice(i, i + 4).join(' ')));

const f1 = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/**
 * Shingle precision, recall and F1 of one extracted body against its reference. An empty extraction
 * of a non-empty reference scores 0 on all three.
 * @param {string} extracted
 * @param {string} reference
 */
export function shingleScore(extracted, reference) {
  const mine = shingles(words(extracted));
  const ref = shingles(words(reference));
  if (mine.size === 0 || ref.size === 0) return { precision: 0, recall: 0, f1: 0 };
  let both = 0;
  for (const s of mine) if (ref.has(s)) both++;
  const precision = both / mine.size;
  const recall = both / ref.size;
  return { precision, recall, f1: f1(precision, recall) };
}

/**
 * Precision and recall averaged over pages, and F1 of those averages.
 * @param {Array<{precision: number, recall: number}>} pages
 */
export function averaged(pages) {
  const mean = (key) => (pages.length === 0 ? 0 : pages.reduce((sum, page) => sum + page[key], 0) / pages.length);
  const precision = mean('precision');
  const recall = mean('recall');
  return { precision, recall, f1: f1(precision, recall) };
}
