import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './entities-of';

describe('lists of bodies', () => {
  it('ends a name at the "and" of a list, and types the items after a plural noun for bodies', () => {
    const entities = entitiesOf('The agency awarded contracts to companies Brellin, Darvo Robotics and Kelp Beyond on Monday.');
    expect(names(entities, 'organization')).toEqual(['Brellin', 'Darvo Robotics', 'Kelp Beyond']);
  });

  it('types an untyped name of two words listed with a company by its form as a company, but not a surname', () => {
    expect(names(entitiesOf('Tyvo Corp. and Darvo Robotics are building landers.'), 'organization')).toEqual(['Tyvo Corp', 'Darvo Robotics']);
    expect(names(entitiesOf('Ana Roe sued. She accused Roe, Tom Bell and Tyvo Corp. of lying.'), 'organization')).toEqual(['Tyvo Corp']);
  });

  it('ends a list’s last item before its "and", whose next name has a head word', () => {
    const entities = entitiesOf('The agency chose Google, Tyvo Corp., Darvo Robotics and Kelp Nano Systems, Inc. to join.');
    expect(names(entities, 'organization')).toEqual(['Google', 'Tyvo Corp', 'Darvo Robotics', 'Kelp Nano Systems']);
  });

  it('takes "Corp." and "Corporation" for one company', () => {
    const entities = entitiesOf('Tyvo Corp. will build it.', 'Tyvo Corporation said it was ready.');
    expect(entities.map((entity) => entity.aliases)).toEqual([['Tyvo Corp', 'Tyvo Corporation']]);
  });
});
