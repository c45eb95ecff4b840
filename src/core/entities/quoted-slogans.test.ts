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

  it('takes no name from the words of a slogan after its article', () => {
    expect(named(entitiesOf('Dara Quist made signs such as “The Night Was Golden.”'))).toEqual(['person:Dara Quist']);
  });
});

describe('titles of works in quotation marks', () => {
  it('takes no name from the capitalised words of a title after a work’s noun', () => {
    const entities = entitiesOf('In her book “A Garden Built in Ashes: The Quiet Towns that Rise in Ruin,” Dara Quist wrote of the floods in Harwick.');
    expect(named(entities)).toEqual(['person:Dara Quist', 'place:Harwick']);
  });

  it('keeps a name the story also writes outside the title', () => {
    const entities = entitiesOf('Tom Bell wrote the novel “Winter in Harwick” after he moved to Harwick.');
    expect(named(entities)).toEqual(['person:Tom Bell', 'place:Harwick']);
  });
});
