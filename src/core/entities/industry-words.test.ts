import { describe, expect, it } from 'vitest';
import { entitiesOf, named } from './entities-of';

describe('industry words as bodies’ head words', () => {
  it('types a company named for its industry by that word', () => {
    expect(named(entitiesOf('She has a partnership with Vella Beauty to sell her products. Tarn Robotics builds arms.'))).toEqual(['organization:Vella Beauty', 'organization:Tarn Robotics']);
  });
});
