import type { Entity } from '../entities/entity';
import type { TextModel } from '../text-model';
import { splitSentences } from '../text/split-sentences';
import { attributeSpeakers, speakerContext } from './attribute-speakers';
import { findQuoteSpans } from './find-quote-spans';
import { isTitleOfWork } from './is-title-of-work';
import type { Quote } from './quote';

/** The story's quotations with their speakers. */
export function findQuotes(model: TextModel, entities: readonly Entity[]): Quote[] {
  const quoted = findQuoteSpans(model).filter((quote) => !isTitleOfWork(model.text, quote));
  const context = speakerContext(model.text, splitSentences(model), entities);
  const speakers = attributeSpeakers(context, quoted);
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
