/**
 * "“We are tired and angry” about the delays that have cost the town two summers of trade …, Ekwall
 * said.": a fragment the sentence goes on from, however long, attributed by the short clause that
 * closes the sentence.
 */
import { attributionIn } from './attribution-in';
import type { QuoteSpans } from './find-quote-spans';
import type { Sentence } from '../text/split-sentences';
import { tokenise } from '../text/tokenise';
import type { Found, SpeakerContext } from './speaker-context';

/** How many words the closing clause may hold: a name, a title or two, the verb and a time. */
const CLAUSE_WORDS = 8;

/**
 * The speaker the clause after the sentence's last comma names ("…, Ekwall said."), where no other
 * quotation stands between; `undefined` where that clause is long or names no one.
 */
export function closingAttribution(context: SpeakerContext, quote: QuoteSpans, sentence: Sentence, next: QuoteSpans | undefined): Found {
  if (next && next.open < sentence.end) return undefined;
  const comma = context.text.lastIndexOf(',', sentence.end - 1);
  if (comma < quote.close || tokenise(context.text, comma + 1, sentence.end).length > CLAUSE_WORDS) return undefined;
  return attributionIn(context, comma + 1, sentence.end, false).found;
}
