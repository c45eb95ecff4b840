import { describe, expect, it } from 'vitest';
import { entitiesOf, named } from './entities-of';

describe('a known body’s acronym, then a city', () => {
  it('reads the body and the city of its site apart, but keeps a body’s name with a country', () => {
    expect(named(entitiesOf('Agents at the FBI Denver office took the call.'))).toEqual(['organization:FBI', 'place:Denver']);
    expect(named(entitiesOf('A spokesman for NHS England said the wards were full.'))).toEqual(['organization:NHS England']);
  });
});
