/**
 * Words someone shows rather than says: "Lena Roe held up a sign that read “…”", "Acme issued a
 * statement: “…”". The verb that puts the words out is no verb of saying, so the attribution rules
 * read the one who holds up the sign or issues the statement here.
 */
import type { QuoteSpans } from './find-quote-spans';
import { PRONOUNS, resolvePronoun } from './resolve-pronoun';
import type { Found, SpeakerContext } from './speaker-context';
import { mentionsIn, sentenceAt } from './story-lookups';
import { tokenise } from '../text/tokenise';

/** "held up a homemade sign that read", "waved placards reading": what is written on something carried or worn. */
const DISPLAYED = /\b(?:a|an|the|his|her|their)\s+(?:[a-z-]+\s+){0,2}(?:sign|placard|banner|poster|t-shirt|shirt|hat|cap|badge|sticker)s?\s*,?\s+(?:that\s+|which\s+)?(?:read|reads|reading|said|says|saying|declared|declaring|proclaimed|proclaiming)\s*[:,]?\s*$/i;
/** "issued a statement, ", "released a brief statement saying": a document put out, then its words. */
const ISSUED = /\b(?:issued|released|posted|sent|tweeted|shared|put\s+out)\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}(?:statement|message|tweet|post|note|letter)\s*(?:[,:]|\s+(?:that\s+)?(?:read|reads|reading|saying))\s*$/i;

/** How many words the verb of holding may take between its subject and the sign: "held up", "was carrying". */
const HOLDING_WORDS = 3;

/**
 * Who holds up the sign or issues the statement whose words the quotation gives, named or a pronoun
 * right before the verb; `undefined` where the quotation follows no such phrase or no one stands there.
 */
export function shownWordsBy(context: SpeakerContext, quote: QuoteSpans): Found {
  const sentence = context.sentences[sentenceAt(context, quote.open)];
  if (!sentence || sentence.start >= quote.open) return undefined;
  const before = context.text.slice(Math.max(sentence.start, quote.open - 160), quote.open);
  const displayed = DISPLAYED.exec(before);
  const match = displayed ?? ISSUED.exec(before);
  if (!match) return undefined;
  const at = quote.open - before.length + match.index;
  return subjectBefore(context, sentence.start, at, displayed ? HOLDING_WORDS : 0);
}

/** The name or pronoun before `at`, past at most `verbs` lower-case words (and an adverb in -ly). */
function subjectBefore(context: SpeakerContext, start: number, at: number, verbs: number): Found {
  const words = tokenise(context.text, start, at);
  let index = words.length - 1;
  let count = 0;
  while (index >= 0 && /^[a-z]+$/.test(words[index]?.text ?? '') && !PRONOUNS[words[index]?.text ?? ''] && (count < verbs || /ly$/.test(words[index]?.text ?? ''))) {
    if (!/ly$/.test(words[index]?.text ?? '')) count += 1;
    index -= 1;
  }
  const subject = words[index];
  if (!subject) return undefined;
  if (/^(?:he|she)$/i.test(subject.text)) return resolvePronoun(context, subject.text, subject.start);
  const named = mentionsIn(context, start, subject.end).at(-1);
  return named && named.end === subject.end && named.entity.type !== 'place' ? named.entity : undefined;
}
