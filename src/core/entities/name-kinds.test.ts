import { describe, expect, it } from 'vitest';
import { entitiesOf, named } from './entities-of';

describe('event names', () => {
  it('takes no entity from an event’s name, told by its last word', () => {
    expect(named(entitiesOf('Speaking at the Future Mobility Summit, the minister said cars would change.'))).toEqual([]);
    expect(named(entitiesOf('Ana Ruiz headlined the Harbor Jazz Festival in Corlen on Saturday.'))).toEqual(['person:Ana Ruiz', 'place:Corlen']);
  });

  it('keeps a body whose name ends in such a word but has a body’s cue word too', () => {
    expect(named(entitiesOf('The Brellin Film Festival Association said ticket sales rose.'))).toEqual(['organization:Brellin Film Festival Association']);
  });

  it('takes a storm’s name after the kind of storm as an event, not a person', () => {
    expect(named(entitiesOf('Winter Storm Ulla dumped snow. Forecasters said Winter Storm Ulla would move east.'))).toEqual([]);
    expect(named(entitiesOf('Tropical Storm Wendell, which formed on Monday, came ashore near Corlen.'))).toEqual(['place:Corlen']);
  });
});

describe('things named like people', () => {
  it('takes no entity from an award’s name, whatever given name opens it', () => {
    expect(named(entitiesOf('The Grace Hollis Award went to Ana Ruiz on Friday.'))).toEqual(['person:Ana Ruiz']);
  });

  it('reads a landmark opened by a given name as a place, not a person', () => {
    expect(named(entitiesOf('Crowds gathered by the Victor Hale Memorial before noon.'))).toEqual(['place:Victor Hale Memorial']);
  });

  it('reads a capital letter ending a name as a model’s letter, no initial of a person', () => {
    expect(named(entitiesOf('Sales of the Corvo Model Y rose in May, Voltra Motors said.'))).toEqual(['organization:Voltra Motors']);
  });

  it('reads a clinic as a body', () => {
    expect(named(entitiesOf('The Corlen Clinic said the drug was safe.'))).toEqual(['organization:Corlen Clinic']);
  });
});

describe('things named by "called"', () => {
  it('takes no person from a thing a sentence names with "called" or "dubbed"', () => {
    expect(named(entitiesOf('The vaccine, called Corvax Plus, was approved. Corvax Plus will ship in May.'))).toEqual([]);
    expect(named(entitiesOf('Regulators approved a drug called Corvax on Monday.'))).toEqual([]);
  });

  it('still reads a person called on by someone', () => {
    expect(named(entitiesOf('The senator called Hale on Monday to apologise.'))).toEqual(['person:Hale']);
  });
});

describe('titles held of a place', () => {
  it('reads what a peer’s or a bishop’s title is of as a place', () => {
    expect(named(entitiesOf('The Duke of Corlen visited the school on Friday.'))).toEqual(['place:Corlen']);
    expect(named(entitiesOf('The Archbishop of Tregwyn led the service.'))).toEqual(['place:Tregwyn']);
  });
});
