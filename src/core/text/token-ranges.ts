import type { Span } from '../text-model';
import type { Token } from './tokenise';

/**
 * The tokens inside each of a series of spans given in text order, sliced from one tokenisation of
 * the whole text: one pass, however many sentences and blocks ask.
 */
export function tokenRanges(tokens: readonly Token[]): (span: Span) => Token[] {
  let from = 0;
  return (span: Span): Token[] => {
    // Spans come in order, but a block and then its sentences start over: step back as needed.
    while (from > 0 && (tokens[from - 1] as Token).end > span.start) from -= 1;
    while (from < tokens.length && (tokens[from] as Token).start < span.start) from += 1;
    let to = from;
    while (to < tokens.length && (tokens[to] as Token).end <= span.end) to += 1;
    return tokens.slice(from, to);
  };
}
