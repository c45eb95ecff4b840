import { describe, expect, it } from 'vitest';
import { entitiesOf, named } from './entities-of';

describe('offices and chambers that stand for bodies', () => {
  it('types a place’s attorney general with no holder named as an organization', () => {
    expect(named(entitiesOf('The New Mexico State Attorney General is investigating the firm, two people said.'))).toEqual(['organization:New Mexico State Attorney General']);
  });

  it('types the name after a title apposed to a person as the body they head', () => {
    expect(named(entitiesOf('Rob Kessel, President Brellin North America, says the deal will help.'))).toEqual(['person:Rob Kessel', 'organization:Brellin North America']);
  });

  it('types "the House" alone as a legislature’s chamber', () => {
    expect(named(entitiesOf('Five of them will serve as jurors should the House vote to impeach the governor.'))).toEqual(['organization:House']);
  });

  it('keeps "House" as a title word before a holder’s name', () => {
    expect(named(entitiesOf('The bill was sent back by the House Speaker Ana Roe on Friday.'))).toEqual(['person:Ana Roe']);
  });
});
