import { describe, expect, it } from 'vitest';
import { findQuotes, quoteSteps } from '../quotes/find-quotes';
import { modelFromBlocks } from '../text-model';
import { entitySteps, findEntities, STEP_WORDS } from './find-entities';

const paragraph = 'Maria Okafor met officials in Nairobi on Monday. “We will build the clinic,” Okafor said, according to the Coastal Health Trust.';
const model = modelFromBlocks(Array.from({ length: 400 }, () => ({ kind: 'paragraph' as const, text: paragraph })));

function drain<T>(steps: Generator<void, T, void>): { pauses: number; value: T } {
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { pauses, value: step.value };
    pauses += 1;
  }
}

describe('entity and quote steps for long stories', () => {
  it('pause between steps and answer as the one-call functions do', () => {
    const words = model.text.split(/\s+/).length;
    const entities = drain(entitySteps(model));
    expect(entities.pauses).toBeGreaterThanOrEqual(Math.floor(words / STEP_WORDS));
    expect(entities.value).toEqual(findEntities(model));
    const quotes = drain(quoteSteps(model, entities.value));
    expect(quotes.pauses).toBeGreaterThan(1);
    expect(quotes.value).toEqual(findQuotes(model, entities.value));
    expect(quotes.value).toHaveLength(400);
    expect(new Set(quotes.value.map((quote) => quote.speaker))).toEqual(new Set(['Maria Okafor']));
  });
});
