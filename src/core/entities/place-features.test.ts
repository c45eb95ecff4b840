import { describe, expect, it } from 'vitest';
import { entitiesOf, named } from './entities-of';

describe('features named after a place', () => {
  it('types a name before "area" as a place', () => {
    expect(named(entitiesOf('Flooding hit the Tarvel area on Monday.'))).toEqual(['place:Tarvel']);
  });
});
