import { describe, expect, it } from 'vitest';
import { entitiesOf, named } from './entities-of';

describe('a name and a person joined by a hyphen', () => {
  it('splits "the Brellin-Ana Roe deal" into the body and the person, but keeps a hyphenated given name', () => {
    const entities = entitiesOf('Brellin Group bought the line.', 'The Brellin-Ana Roe deal could start a trend.');
    expect(named(entities)).toEqual(['organization:Brellin Group', 'person:Ana Roe']);
    expect(entities[0]?.aliases).toEqual(['Brellin Group', 'Brellin']);
    expect(named(entitiesOf('Reporter Sui-Lee Weng said the deal was done.'))).toEqual(['person:Sui-Lee Weng']);
  });
});
