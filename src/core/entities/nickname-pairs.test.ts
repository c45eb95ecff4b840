import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of';

describe('short forms of given names', () => {
  it('joins a person named by a short form of the given name to the same person named in full', () => {
    const entities = entitiesOf('Robert J. Haskins Jr. was charged on Friday. Haskins denied it.', '“Bob Haskins is a good man,” his lawyer said.');
    expect(entities.map((entity) => `${entity.type}:${entity.name}`)).toEqual(['person:Robert J. Haskins Jr.']);
    expect(entities[0]?.aliases).toContain('Bob Haskins');
  });

  it('keeps apart people whose given names are not short forms of one another', () => {
    const entities = entitiesOf('Robert Haskins was charged on Friday.', 'Ben Haskins, his brother, said nothing.');
    expect(entities.map((entity) => entity.name)).toEqual(['Robert Haskins', 'Ben Haskins']);
  });
});
