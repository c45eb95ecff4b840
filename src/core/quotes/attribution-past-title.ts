/**
 * "“…,” the “Glow” actress said": a word in marks naming a show, a film or a band stands inside the
 * attribution after a quotation, and the attribution reads on past it.
 */
import { attributionIn } from './attribution-in';
import type { QuoteSpans } from './find-quote-spans';
import type { Found, SpeakerContext } from './speaker-context';
import { tokenise } from '../text/tokenise';

/** Between the quotation and the word in marks: its closing punctuation and a determiner. */
const DETERMINER_BETWEEN = /^[\s,.!?'"’”]*(?:the|a|an|his|her|their|its)\s+$/i;
/** How many words a name in marks before a role may hold. */
const MODIFIER_WORDS = 3;

/**
 * The speaker of the attribution after `quote` that holds `next`, a short name in marks before a
 * role ("the “Glow” actress said"), up to `end`; `undefined` where `next` is no such name.
 */
export function speakerPastTitle(context: SpeakerContext, quote: QuoteSpans, next: QuoteSpans | undefined, end: number): Found {
  const { text } = context;
  if (!next || next.open < quote.close || next.close >= end) return undefined;
  if (!DETERMINER_BETWEEN.test(text.slice(quote.close, next.open))) return undefined;
  if (tokenise(text, next.open, next.close).length > MODIFIER_WORDS) return undefined;
  // "the “Glow” actress": a word of the lower case after the marks, the role they qualify.
  if (!/^\s+[a-z]/.test(text.slice(next.close, next.close + 3))) return undefined;
  return attributionIn(context, quote.close, end, false).found;
}
