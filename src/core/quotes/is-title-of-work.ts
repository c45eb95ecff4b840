import { WORK_BEFORE } from '../text/work-noun';
import type { QuoteSpans } from './find-quote-spans';

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
  if (!titleCase) return false;
  const before = text.slice(Math.max(0, quote.open - 30), quote.open);
  // "her memoir, “Living Wet,” had": American style keeps the comma of the apposition inside the marks.
  if (WORK_BEFORE.test(before) && /,\s*$/.test(before) && /\p{L},$/u.test(inside)) return true;
  if (/[.!?,]$/.test(inside)) return false;
  if (WORK_BEFORE.test(before)) return true;
  // In a title-case headline every quotation is capitalised: only the rule above applies there.
  if (inTitleCase(text, quote)) return false;
  // "Blue House", "Gucci Grace": capitalised names and nicknames in marks are no one's words.
  return words.length >= 2 && !/\b(?:said|says|told|wrote|called)\b/.test(before);
}

/** Whether the line around the quotation capitalises its words too (a title-case headline). */
function inTitleCase(text: string, quote: QuoteSpans): boolean {
  const lineStart = text.lastIndexOf('\n', quote.open) + 1;
  let lineEnd = text.indexOf('\n', quote.close);
  if (lineEnd < 0) lineEnd = text.length;
  const outside = `${text.slice(lineStart, quote.open)} ${text.slice(quote.close, lineEnd)}`;
  const words = outside.split(/\s+/).filter((word) => /^\p{L}{4,}/u.test(word));
  if (words.length < 2) return false;
  return words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length >= 0.75;
}
