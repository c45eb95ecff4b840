import { describe, expect, it } from 'vitest';
import { entitiesOf, named } from './entities-of';

describe('short names of people', () => {
  it('ties a surname that is also a name particle to the person whose name it ends', () => {
    const entities = entitiesOf('Tarun Bijal Das, a 40-year-old teacher, was hurt on Monday.', 'Later Das was taken to hospital.');
    expect(named(entities)).toEqual(['person:Tarun Bijal Das']);
    expect(entities[0]?.aliases).toEqual(['Tarun Bijal Das', 'Das']);
  });
});
