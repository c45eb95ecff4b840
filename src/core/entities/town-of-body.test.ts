import { describe, expect, it } from 'vitest';
import { entitiesOf, named } from './entities-of';

describe('the town of a body', () => {
  it('types a city between commas after a body’s name as a place', () => {
    expect(named(entitiesOf('With help from the University of Tarvel, Elmstead, the design team went on.'))).toEqual(['organization:University of Tarvel', 'place:Elmstead']);
  });
});
