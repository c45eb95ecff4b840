import type { Entity } from '../entities/entity';
import type { TextModel } from '../text-model';
import { splitSentences } from '../text/split-sentences';
import { speakerContext, speakerSteps } from './attribute-speakers';
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

/** The story's quotations with their speakers. */
export function findQuotes(model: TextModel, entities: readonly Entity[]): Quote[] {
  const steps = quoteSteps(model, entities);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `findQuotes` in steps, for a content script that yields to the page between them. */
export function* quoteSteps(model: TextModel, entities: readonly Entity[]): Generator<void, Quote[], void> {
  const quoted = findQuoteSpans(model).filter((quote) => !isTitleOfWork(model.text, quote) && !isCodeString(model.text, quote));
  yield;
  const context = speakerContext(model.text, splitSentences(model), entities);
  yield;
  const speakers = yield* speakerSteps(context, quoted);
  // The same words quoted again (a headline echoing the body) are the same person's.
  const byText = new Map<string, Entity>();
  quoted.forEach((quote, index) => {
    const speaker = speakers[index];
    if (speaker) byText.set(quoteKey(model.text, quote), speaker);
  });
  quoted.forEach((quote, index) => {
    if (!speakers[index]) speakers[index] = byText.get(quoteKey(model.text, quote)) ?? null;
  });
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
