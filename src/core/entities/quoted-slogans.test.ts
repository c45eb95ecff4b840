import { describe, expect, it } from 'vitest';
import { entitiesOf, named } from './entities-of';

describe('slogans in quotation marks', () => {
  it('takes no person from capitalised words that fill a quotation, and leaves the surname in them to its person', () => {
    const entities = entitiesOf(
      'Ana Roe spoke in Harwick on Monday. Roe said the rally went well.',
      'At the gate, two students held up a banner reading "Greedy Roe," until stewards took it down.',
      'Roe said she would return.',
    );
    expect(named(entities)).toEqual(['person:Ana Roe', 'place:Harwick']);
    expect(entities[0]?.mentions).toHaveLength(3);
  });

  it('keeps a name the story also writes outside the marks', () => {
    expect(named(entitiesOf('Fans chanted "Dara Quist!" as Dara Quist took the stage.'))).toEqual(['person:Dara Quist']);
  });
});
