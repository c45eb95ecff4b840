import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './entities-of';

describe('a person in apposition to a relation', () => {
  it('takes "his predecessor, X," for a person, though the surname is a place’s word', () => {
    const entities = entitiesOf('After Mara Hill left the council, it was Tom Bell who took over. He asked Bell about concerns his predecessor, Mara Hill, might have had.');
    expect(names(entities, 'person')).toEqual(['Mara Hill', 'Tom Bell']);
    expect(names(entities, 'place')).toEqual([]);
  });

  it('does not take "its successor, X," for a person', () => {
    expect(names(entitiesOf('Its successor, Brellin, opened two years later.'), 'person')).toEqual([]);
  });
});

describe('people as examples of a plural role', () => {
  it('takes the names listed after "candidates including" for people, surnames alone included', () => {
    const entities = entitiesOf('The opportunity is there for lower-tier candidates including Kadra Imrie, Pelic and Lund.');
    expect(names(entities, 'person')).toEqual(['Kadra Imrie', 'Pelic', 'Lund']);
  });

  it('does not take the examples of a plural that is no role for people', () => {
    expect(names(entitiesOf('Shares of companies including Brellin and Tyvo fell.'), 'person')).toEqual([]);
  });
});
