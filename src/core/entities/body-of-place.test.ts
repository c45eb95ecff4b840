import { describe, expect, it } from 'vitest';
import { entitiesOf, named } from './entities-of';

describe('a body named "X of <place>" without a head word', () => {
  it('reads "the X of <place> <noun>" as one body', () => {
    expect(named(entitiesOf('Tom Bell works on a sign at the Kelpworks of Cincinnati workshop in Ohio.'))).toEqual(['person:Tom Bell', 'organization:Kelpworks of Cincinnati', 'place:Ohio']);
  });

  it('leaves a place named "X of <place>" and a title’s place apart', () => {
    expect(named(entitiesOf('Ana Roe sailed the Gulf of Mexico coast and met the Mayor of Boston.'))).toEqual(['person:Ana Roe', 'place:Gulf of Mexico', 'place:Boston']);
  });
});
