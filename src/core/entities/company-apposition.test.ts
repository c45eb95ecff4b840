import { describe, expect, it } from 'vitest';
import { entitiesOf, named, names } from './entities-of';

describe('companies told by the words around them', () => {
  it('types a name whose apposition is headed by a business noun as a company', () => {
    expect(named(entitiesOf('Brellin, a global solutions provider focused on hospital software, announced the deal on Monday.'))).toEqual(['organization:Brellin']);
    expect(named(entitiesOf('The system works with monitors from Tyvo, a global producer of medical and safety technology.'))).toEqual(['organization:Tyvo']);
  });

  it('leaves a person introduced by what they make alone', () => {
    expect(named(entitiesOf('Ana Roe, a film producer from the north, said the shoot was over.'))).toEqual(['person:Ana Roe']);
  });

  it('types a name before a comma and a company form as a company', () => {
    expect(names(entitiesOf('Tom Bell, Senior Vice President of Sales for Tyvo, Inc., says the sales grew.'), 'organization')).toEqual(['Tyvo']);
  });

  it('types a name after a noun for an outlet as an organization', () => {
    expect(named(entitiesOf('The report was cited by the Taiwanese publication Brellwire on Friday.'))).toEqual(['organization:Brellwire']);
  });

  it('types the source of data after "data from" as a body, not a place', () => {
    expect(named(entitiesOf('The bond fell to 16 cents, according to data from Kelpaxis.'))).toEqual(['organization:Kelpaxis']);
  });
});

describe('a business named by the noun before it', () => {
  it('types a name after "carrier" or a maker’s noun as a company', () => {
    expect(named(entitiesOf('Bids came from the Turkish-based carrier Brellair on Monday.'))).toEqual(['organization:Brellair']);
    expect(named(entitiesOf('Prices rose at the recreational vehicle-maker Tyvomobile last year.'))).toEqual(['organization:Tyvomobile']);
  });
});
