import { describe, expect, it } from 'vitest';
import { entitiesOf, named } from './entities-of';

describe('a town and the state after its comma', () => {
  it('reads the abbreviation after a town and a comma as the state, and the town as a place', () => {
    expect(named(entitiesOf('The mayor spoke at a rally in Tarbury, La., on Monday.'))).toEqual(['place:Tarbury', 'place:La.']);
  });

  it('joins the abbreviation to the state named in full', () => {
    const entities = entitiesOf('Elm Falls, Wyo., voted first. Wyoming counts its ballots by hand.');
    expect(entities.find((entity) => entity.name === 'Wyoming')?.aliases).toEqual(['Wyo.', 'Wyoming']);
  });
});
