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
