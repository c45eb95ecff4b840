import { describe, expect, it } from 'vitest';
import { entitiesOf, named } from './entities-of';

describe('outlets a source speaks to', () => {
  it('types the title after "told The" or "an interview with The" as an outlet, even one word that is a head word', () => {
    expect(named(entitiesOf('Ana Roe, his lawyer, told The Bridge in a statement that he was innocent.'))).toEqual(['person:Ana Roe', 'organization:Bridge']);
    expect(named(entitiesOf('Tom Bell said in an interview with The Herald that he would stay.'))).toEqual(['person:Tom Bell', 'organization:Herald']);
  });
});
