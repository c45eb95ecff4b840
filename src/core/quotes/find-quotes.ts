import type { Entity } from '../entities/entity';
import type { TextModel } from '../text-model';
import { blockAt } from '../text-model';
import type { Sentence } from '../text/split-sentences';
import { splitSentences } from '../text/split-sentences';
import { speakerSteps } from './attribute-speakers';
import { speakerContext } from './speaker-context';
import type { QuoteSpans } from './find-quote-spans';
import { findQuoteSpans } from './find-quote-spans';
import { isCodeString } from './is-code-string';
import { isTitleOfWork } from './is-title-of-work';
import type { Quote } from './quote';

const quoteKey = (text: string, quote: QuoteSpans): string =>
  quote.spans
    .map((span) => text.slice(span.start, span.end))
    .join(' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** How many words a headline's quotation needs to be recognised inside a longer one: fewer are a stock phrase. */
const ECHO_WORDS = 3;
/** Quotations read for echoes between two pauses of `quoteSteps`. */
const ECHO_STEP = 500;

/** Whether `short`'s words all occur in `long`, in order (other words may come between). */
function inOrder(short: readonly string[], long: readonly string[]): boolean {
  let at = 0;
  for (const word of long) if (word === short[at]) at += 1;
  return at === short.length;
}

/** Whether the quotation is the whole of its block (a subheading or headline of quoted words), bar punctuation. */
function standsAlone(model: TextModel, quote: QuoteSpans): boolean {
  const first = quote.spans[0];
  const last = quote.spans[quote.spans.length - 1];
  const block = first && blockAt(model, first.start);
  if (!block || !last || last.end > block.end) return false;
  const outside = model.text.slice(block.start, first.start) + model.text.slice(last.end, block.end);
  return !/[\p{L}\p{N}]/u.test(outside);
}

/** The story's quotations with their speakers. */
export function findQuotes(model: TextModel, entities: readonly Entity[]): Quote[] {
  const steps = quoteSteps(model, entities);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `findQuotes` in steps, for a content script that yields to the page between them. `sentences` are the
 * model's (`splitSentences`), where the caller has them already.
 */
export function* quoteSteps(model: TextModel, entities: readonly Entity[], sentences: readonly Sentence[] = splitSentences(model)): Generator<void, Quote[], void> {
  const quoted = findQuoteSpans(model).filter((quote) => !isTitleOfWork(model.text, quote) && !isCodeString(model.text, quote));
  yield;
  const context = speakerContext(model.text, sentences, entities);
  yield;
  const speakers = yield* speakerSteps(context, quoted);
  yield;
  // The same words quoted again (a headline echoing the body) are the same person's.
  const keys = quoted.map((quote) => quoteKey(model.text, quote));
  const byText = new Map<string, Entity>();
  keys.forEach((key, index) => {
    const speaker = speakers[index];
    if (speaker) byText.set(key, speaker);
  });
  keys.forEach((key, index) => {
    if (!speakers[index]) speakers[index] = byText.get(key) ?? null;
  });
  // A headline shortens the body's words ('so nobody would notice' for “so that nobody would
  // notice”), and a quotation set alone as a subheading ('We rely on it for everything') has no
  // attribution of its own (its speaker was read from the paragraph before): a quotation of a few words
  // of either kind, in order inside an attributed one (for a subheading's, one that does not stand alone
  // too), is that one's speaker's. A headline's keeps a speaker it already has.
  const words = keys.map((key) => key.split(' '));
  const alone = quoted.map((quote) => standsAlone(model, quote));
  const headlines = model.blocks.filter((block) => block.kind === 'headline');
  const inHeadline = (quote: QuoteSpans) => headlines.some((block) => quote.open >= block.start && quote.open < block.end);
  yield;
  for (const [index, quote] of quoted.entries()) {
    // Each echo is looked for among all the quotations: a pause now and then on a story of thousands.
    if (index > 0 && index % ECHO_STEP === 0) yield;
    const echo = alone[index] || (!speakers[index] && inHeadline(quote));
    if (!echo || (words[index] as string[]).length < ECHO_WORDS) continue;
    const source = quoted.findIndex((_, at) => at !== index && speakers[at] && !(alone[index] && alone[at]) && inOrder(words[index] as string[], words[at] as string[]));
    if (source >= 0) speakers[index] = speakers[source] ?? null;
  }
  return quoted.map((quote, index) => {
    const speaker = speakers[index] ?? null;
    return {
      id: `quote-${index + 1}`,
      text: quote.spans.map((span) => model.text.slice(span.start, span.end)).join(' '),
      spans: quote.spans,
      speaker: speaker?.name ?? null,
      speakerId: speaker?.id ?? null,
    };
  });
}
