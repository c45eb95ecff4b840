import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './entities-of';

describe('name runs across "for"', () => {
  it('reads a body named after its members and their cause as one organization', () => {
    const entities = entitiesOf('The nurses, members of a new group Nurses for Safe Streets, wrote to the mayor.');
    expect(names(entities, 'organization')).toEqual(['Nurses for Safe Streets']);
  });

  it('leaves "for" the client of a plural role, not part of a name', () => {
    expect(names(entitiesOf('Lawyers for Tom Hale said he would appeal.'), 'person')).toEqual(['Tom Hale']);
    expect(names(entitiesOf('Lawyers for Hale said he would appeal.'), 'organization')).toEqual([]);
  });
});
