import { describe, expect, it } from 'vitest';
import { entitiesOf, named } from './entities-of';

describe('office holders', () => {
  it('splits a body the gazetteer knows from its holder after a capitalised title and "to"', () => {
    expect(named(entitiesOf('Ambassador to the European Union Tomas Brandt testified on Tuesday.'))).toEqual(['organization:European Union', 'person:Tomas Brandt']);
  });
});
