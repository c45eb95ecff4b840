import { describe, expect, it } from 'vitest';
import { entitiesOf, named } from './entities-of';

describe('directory lines', () => {
  it('reads a "Name, Town, State" line as names in prose, its town a place beside a known body', () => {
    const entities = entitiesOf('The agency picked three firms, among them Google.', 'Google, Dunmore Heights, California', 'Google, Elm Falls, Wyo.');
    expect(named(entities)).toEqual(['organization:Google', 'place:Dunmore Heights', 'place:California', 'place:Elm Falls', 'place:Wyo.']);
  });
});
