import { describe, expect, it } from 'vitest';
import { entitiesOf, named } from './entities-of';

describe('market data codes', () => {
  it('reads no code glued to an equals sign or shaped like a wire’s instrument code as a name, nor glues it to the name before', () => {
    const entities = entitiesOf(
      'The kroner NOK= fell 0.2%, and 5-year notes NO5YT=RR rose, Tarvel Bank said.',
      'Nickel on the Harwick Metals Exchange CMNI3 gained 1%, while Dorlan crude DRLc1 lost 2%.',
    );
    expect(named(entities)).toEqual(['organization:Tarvel Bank', 'organization:Harwick Metals Exchange']);
  });
});
