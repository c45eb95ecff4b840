import { describe, expect, it } from 'vitest';
import { entitiesOf, named } from './entities-of';

describe('short names of people', () => {
  it('ties a surname that is also a name particle to the person whose name it ends', () => {
    const entities = entitiesOf('Tarun Bijal Das, a 40-year-old teacher, was hurt on Monday.', 'Later Das was taken to hospital.');
    expect(named(entities)).toEqual(['person:Tarun Bijal Das']);
    expect(entities[0]?.aliases).toEqual(['Tarun Bijal Das', 'Das']);
  });
});

describe('a person named before a noun', () => {
  it('leaves the brand after a person’s full name, written between an article and a noun, out of the name', () => {
    const entities = entitiesOf('Dara Quell wrote the code in 1970.', 'Later Quell got a Dara Quell Tinker figure of her own.', 'Quell said it made her laugh.');
    expect(named(entities)).toEqual(['person:Dara Quell']);
    expect(entities[0]?.mentions).toHaveLength(4);
  });
});
