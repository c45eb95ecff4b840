import { describe, expect, it } from 'vitest';
import { entitiesOf, named } from './entities-of';

describe('a surname that context made a body', () => {
  it('keeps a person’s surname the person’s where only "’s shares" says company', () => {
    const entities = entitiesOf(
      'The founder of Dorvex Corp, Adam Kessel, left last week.',
      'A spokeswoman for Kessel declined to comment.',
      'The buyout includes $1 billion for some of Kessel’s shares.',
    );
    expect(named(entities)).toEqual(['organization:Dorvex Corp', 'person:Adam Kessel']);
    expect(entities.find((entity) => entity.name === 'Adam Kessel')?.aliases).toEqual(['Adam Kessel', 'Kessel']);
  });
});
