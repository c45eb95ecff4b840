import type { QuoteSpans } from './find-quote-spans';

// "the film “Gone Girl”", "an essay titled “…”", "the headline “…”".
const WORK_BEFORE = /\b(?:film|movie|book|novel|memoir|song|single|album|show|series|sitcom|play|musical|opera|poem|article|headline|column|essay|documentary|episode|podcast|painting|exhibition|game|titled|entitled|called|named|dubbed|report|study|paper|magazine|newspaper)[,:]?\s*$/i;
const SMALL_WORDS = /^(?:a|an|the|and|or|of|in|on|at|to|for|with|by|from|is|are|as)$/i;

/** Quotation marks around a title of a work are not a quotation. */
export function isTitleOfWork(text: string, quote: QuoteSpans): boolean {
  if (quote.spans.length !== 1) return false;
  const span = quote.spans[0];
  if (!span) return false;
  const inside = text.slice(span.start, span.end);
  const words = inside.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 12) return false;
  const titleCase = words.every((word, index) => (index > 0 && SMALL_WORDS.test(word)) || /^[\p{Lu}\p{N}]/u.test(word));
  if (!titleCase || /[.!?,]$/.test(inside)) return false;
  const before = text.slice(Math.max(0, quote.open - 30), quote.open);
  // "Blue House", "Gucci Grace": capitalised names and nicknames in marks are no one's words.
  return WORK_BEFORE.test(before) || (words.length >= 2 && !/\b(?:said|says|told|wrote|called)\b/.test(before));
}
