import { describe, expect, it } from 'vitest';
import { entitiesOf, named } from './entities-of';

describe('a country whose name holds "and" in a list of capitals', () => {
  it('keeps "Bosnia and Herzegovina" one place in a line of names', () => {
    expect(named(entitiesOf('Path B: Bosnia and Herzegovina, Slovakia, Wales, Northern Ireland'))).toEqual(['place:Bosnia and Herzegovina', 'place:Slovakia', 'place:Wales', 'place:Northern Ireland']);
  });

  it('finds a territory whose people are called by its own name', () => {
    expect(named(entitiesOf('Norway beat Gibraltar 6-0 on Sunday.'))).toEqual(['place:Norway', 'place:Gibraltar']);
  });
});
