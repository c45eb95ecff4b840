import { describe, expect, it } from 'vitest';
import { entitiesOf, named } from './entities-of';

describe('names of one family of bodies', () => {
  it('joins a word that opens a body’s name, with only a verb of saying for a person, to that body', () => {
    const entities = entitiesOf('Five companies, including Tyvo Orbital Systems, were chosen.', 'Ana Roe, its chief operating officer, said Tyvo would use that experience.');
    expect(named(entities)).toEqual(['organization:Tyvo Orbital Systems', 'person:Ana Roe']);
  });

  it('types a name whose first word opens a body’s name as a body, not a person', () => {
    expect(named(entitiesOf('Brellin K Cells had 3.7 GW of capacity.', 'Others include Brellin K Cells parent Brellin Group.'))).toEqual(['organization:Brellin K Cells', 'organization:Brellin Group']);
  });

  it('joins a body the gazetteer knows by one word to the story’s longer name of it', () => {
    expect(named(entitiesOf('The carrier Toyota Airline signed the deal.', 'Toyota had a fleet of 270 aircraft.'))).toEqual(['organization:Toyota Airline']);
  });
});
