import { describe, expect, it } from 'vitest';
import { entitiesOf, named } from './entities-of';

describe('large companies the gazetteer names', () => {
  it('types a large company named alone, in apposition to a role, as a company', () => {
    expect(named(entitiesOf('After the founder left, Hitachi, its largest investor, offered to buy the shares.'))).toEqual(['organization:Hitachi']);
  });
});
