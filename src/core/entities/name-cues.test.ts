import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './entities-of';

/** Cues of a name's type in wire, business and broadcast copy. */
describe('entity cues of wire and business copy', () => {
  it('reads a wire dateline with its date before the agency', () => {
    expect(names(entitiesOf('NAIROBI, March 2 (Reuters) - Rains flooded the city on Monday.'), 'place')).toEqual(['NAIROBI']);
  });

  it('types a company by the head word of its trade, even after a known place name', () => {
    const entities = entitiesOf('Shares in Tucson Minerals fell 4.5% on Tuesday.', 'The operator, Northsea Coastal Ferries, withdrew the ship.', 'Carla Dunn, 19, told Pitch Sports after the game.');
    expect(names(entities, 'organization')).toEqual(['Tucson Minerals', 'Northsea Coastal Ferries', 'Pitch Sports']);
  });

  it('types a name headed by a known body’s acronym as that body’s', () => {
    const entities = entitiesOf('Speaking to BBC Radio Wales, Ann Hughes said it was over.');
    expect(names(entities, 'organization')).toEqual(['BBC Radio Wales']);
  });

  it('keeps a place opening the sentence a place, not an item of a list with the body after it', () => {
    const entities = entitiesOf('In Geneva, World Health Organization official Marta Lind spoke on Monday.');
    expect(names(entities, 'place')).toEqual(['Geneva']);
  });
});
