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

describe('surnames that are also words', () => {
  it('reads a role noun after a courtesy title as a surname', () => {
    expect(speakers('Lena Farmer, who runs the county library, wants a new roof.', '“The rain comes in over the reading room,” Ms. Farmer said.')).toEqual(['Lena Farmer']);
    expect(speakers('“We are not done,” Mr. Farmer said at the meeting.')).toEqual(['Farmer']);
  });

  it('reads a demonym after a given name as a surname, and alone beside a verb of saying as that person', () => {
    expect(named(entitiesOf('Oren English has coached the rowing club for ten years.'))).toEqual(['person:Oren English']);
    expect(
      speakers(
        'Oren English has coached the rowing club for ten years.',
        '“The river was kind to us this spring,” said English, who also teaches chemistry.',
        '“Next year we race in the eights,” English said.',
      ),
    ).toEqual(['Oren English', 'Oren English']);
  });

  it('keeps a demonym after an article a word', () => {
    expect(named(entitiesOf('Oren English coaches rowing. An English crew said the course was fair.'))).toEqual(['person:Oren English']);
  });

  it('keeps a place before a party member’s demonym the place', () => {
    expect(named(entitiesOf('A Virginia Democrat said the vote was close.'))).toEqual(['place:Virginia']);
    expect(named(entitiesOf('North African and South American exports rose, Ana Roe said.'))).toEqual(['person:Ana Roe']);
  });
});
