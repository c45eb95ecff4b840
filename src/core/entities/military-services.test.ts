import { describe, expect, it } from 'vitest';
import { entitiesOf, named } from './entities-of';

describe('armed services named alone', () => {
  it('reads a capitalised "Navy" or "Army" alone as the service', () => {
    expect(named(entitiesOf('Ana Roe, a Navy veteran, said her husband is still on duty in the Navy.'))).toEqual(['person:Ana Roe', 'organization:Navy']);
    expect(named(entitiesOf('Tom Bell joined the Army in 1990.'))).toEqual(['person:Tom Bell', 'organization:Army']);
  });

  it('leaves other head words alone no name', () => {
    expect(named(entitiesOf('Tom Bell called the Police on Monday.'))).toEqual(['person:Tom Bell']);
  });
});
