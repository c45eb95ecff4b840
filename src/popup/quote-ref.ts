import type { ReportQuote } from '../shared/report';

/**
 * The annotation `ref` of a report's quotation, for `highlights:show`. The report carries no quote id;
 * the core numbers quotations "quote-1", "quote-2", … in report order (src/core/quotes/quote.ts), so
 * the position stands in for it unless a future report adds an `id`.
 */
export function quoteRef(quote: ReportQuote, index: number): string {
  const id = (quote as ReportQuote & { id?: unknown }).id;
  return typeof id === 'string' && id !== '' ? id : `quote-${index + 1}`;
}
