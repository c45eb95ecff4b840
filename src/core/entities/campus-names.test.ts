import { describe, expect, it } from 'vitest';
import { entitiesOf, named } from './entities-of';

describe('a state university’s campus after a comma', () => {
  it('reads "University of <state>, <campus>" as one body', () => {
    expect(named(entitiesOf('Wren Marsh, now at the University of Oregon, Harlow Bay, was her daughter.'))).toEqual(['person:Wren Marsh', 'organization:University of Oregon, Harlow Bay']);
  });

  it('leaves a list’s items and a university of no state apart', () => {
    expect(named(entitiesOf('The grant went to the University of Oregon, Kelp College and Tarrow University.'))).toEqual(['organization:University of Oregon', 'organization:Kelp College', 'organization:Tarrow University']);
    expect(named(entitiesOf('With help from the University of Tarvel, Elmstead, the team went north.'))).toEqual(['organization:University of Tarvel', 'place:Elmstead']);
  });
});
