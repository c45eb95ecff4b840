import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './entities-of';

describe('the subject of a reported clause', () => {
  it('takes no speaker from a name after "said" that a finite verb follows', () => {
    const entities = entitiesOf('Tyvo Nano-Satellite Systems was picked. Ana Roe, the company’s chief operating officer, said Tyvo would use that experience.');
    expect(names(entities, 'person')).toEqual(['Ana Roe']);
  });

  it('still takes "said X" for a speaker', () => {
    expect(names(entitiesOf('“We will go,” said Kadra Imrie.'), 'person')).toEqual(['Kadra Imrie']);
  });
});
