/**
 * "“Who will pay for this?” Whitfield asked the crowd at …": a question or an exclamation ends its
 * sentence inside the marks, so the attribution that follows reads as a sentence of its own, however
 * long the rest of it runs.
 */
import { NONE, attributionIn } from './attribution-in';
import type { QuoteSpans } from './find-quote-spans';
import type { Found, SpeakerContext } from './speaker-context';

/** A question or exclamation mark, then the closing mark: the quotation ends the sentence. */
const OUTCRY_END = /[?!][’”"']$/;
/** How many words into the next sentence its verb of saying may stand: a name and a short apposition. */
const VERB_REACH = 12;

/**
 * The speaker named by the sentence that opens right after a quotation ending in "?" or "!" (within
 * its paragraph, up to the next quotation), where its verb of saying stands near its start;
 * `undefined` where none.
 */
export function attributionAfterOutcry(context: SpeakerContext, quote: QuoteSpans, lastIndex: number, next: QuoteSpans | undefined): Found {
  const { text, sentences } = context;
  const last = sentences[lastIndex];
  const after = sentences[lastIndex + 1];
  if (!last || !after || after.block !== last.block) return undefined;
  if (!OUTCRY_END.test(text.slice(Math.max(0, quote.close - 2), quote.close)) || !/^\s*$/.test(text.slice(quote.close, after.start))) return undefined;
  const end = next && next.open > after.start && next.open < after.end ? next.open : after.end;
  const attribution = after.start < end ? attributionIn(context, after.start, end, false) : NONE;
  return attribution.distance <= VERB_REACH ? attribution.found : undefined;
}
