import { describe, expect, it } from 'vitest';
import { entitiesOf, named } from './entities-of';

describe('words that open and close bodies’ names', () => {
  it('starts a body’s own name after "and" at a body’s first word', () => {
    expect(named(entitiesOf('Brellin and Global Lighting Technologies are said to be among the suppliers.'))).toEqual(['organization:Global Lighting Technologies']);
    expect(named(entitiesOf('The Science and Technology Committee met on Monday.'))).toEqual(['organization:Science and Technology Committee']);
  });

  it('types a name ending in "Panel" as a body', () => {
    expect(named(entitiesOf('It was named a key technology by the Tarvel Technology Advisory Panel in 2018.'))).toEqual(['organization:Tarvel Technology Advisory Panel']);
  });

  it('types a name ending in "Team" as a body, apart from the office and holder after it', () => {
    expect(named(entitiesOf('Officers from the Joint Tarvel Enforcement Team searched the garage on Monday.'))).toEqual(['organization:Joint Tarvel Enforcement Team']);
    expect(named(entitiesOf('“We will see,” said Kelpwise Team Leader Ana Roe.'))).toEqual(['organization:Kelpwise Team', 'person:Ana Roe']);
  });

  it('knows magazines and channels that carry no head word', () => {
    expect(named(entitiesOf('From Vanity Fair to Condé Nast Traveller, all of them carried the story.'))).toEqual(['organization:Vanity Fair', 'organization:Condé Nast Traveller']);
  });
});
