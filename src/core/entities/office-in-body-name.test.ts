import { describe, expect, it } from 'vitest';
import { findQuotes } from '../quotes/find-quotes';
import { modelFromBlocks } from '../text-model';
import { entitiesOf, named } from './entities-of';
import { findEntities } from './find-entities';

/** The speakers of the story's quotations, in order. */
function speakers(...paragraphs: string[]): (string | null | undefined)[] {
  const model = modelFromBlocks(paragraphs.map((text) => ({ kind: 'paragraph' as const, text })));
  return findQuotes(model, findEntities(model)).map((quote) => quote.speaker);
}

describe('a body’s name, its officer’s title and the officer’s name in one run', () => {
  it('ends the body’s name before the office and its qualifier', () => {
    expect(named(entitiesOf('The new pier was opposed by Harwick Dockers Guild Legislative Director Pia Sandoval.'))).toEqual(['organization:Harwick Dockers Guild', 'person:Pia Sandoval']);
  });

  it('ends the body’s name before a hyphenated title', () => {
    expect(named(entitiesOf('The new pier was opposed by Tarvel Bakers Guild Secretary-Treasurer Ines Lindqvist.'))).toEqual(['organization:Tarvel Bakers Guild', 'person:Ines Lindqvist']);
  });

  it('gives the quotation to the officer, not the body', () => {
    expect(speakers('The lab grew a new kind of wheat.', '“It needs half the water,” explains Brellin Team Leader Mira Osei.')).toEqual(['Mira Osei']);
    expect(speakers('The guild opposed the pier.', '"The tide will silt it up within a year," said Harwick Dockers Legislative Director Pia Sandoval.')).toEqual(['Pia Sandoval']);
  });

  it('keeps a town before its mayor a place', () => {
    expect(named(entitiesOf('The bridge will reopen soon, Denver Mayor Pia Sandoval said.'))).toEqual(['place:Denver', 'person:Pia Sandoval']);
  });
});
