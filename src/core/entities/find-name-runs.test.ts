import { describe, expect, it } from 'vitest';
import { entitiesOf, named, names } from './entities-of';

describe('name runs across "for"', () => {
  it('reads a body named after its members and their cause as one organization', () => {
    const entities = entitiesOf('The nurses, members of a new group Nurses for Safe Streets, wrote to the mayor.');
    expect(names(entities, 'organization')).toEqual(['Nurses for Safe Streets']);
  });

  it('leaves "for" the client of a plural role, not part of a name', () => {
    expect(names(entitiesOf('Lawyers for Tom Hale said he would appeal.'), 'person')).toEqual(['Tom Hale']);
    expect(names(entitiesOf('Lawyers for Hale said he would appeal.'), 'organization')).toEqual([]);
  });
});

describe('name runs across a dot', () => {
  it('ends a name at a capital’s dot where a function word opens the next sentence', () => {
    const entities = entitiesOf('Dara Quell prefers the Vexa One S. The console is smaller. Tom Bell wants the One X. And he will wait.');
    expect(entities.flatMap((entity) => entity.aliases).filter((alias) => / (?:The|And)$/.test(alias))).toEqual([]);
  });

  it('still reads an initial and its dot inside a name', () => {
    expect(names(entitiesOf('Ana J. Roe met Tom B. Will in Harwick.'), 'person')).toEqual(['Ana J. Roe', 'Tom B. Will']);
  });
});

describe('hyphened words', () => {
  it('takes no name from a verb and its particle written as a noun', () => {
    const entities = entitiesOf('Wrap-up', 'Run-in with the Tarvel Council: the mayor walked out.');
    expect(entities.map((entity) => entity.name)).toEqual(['Tarvel Council']);
  });
});

describe('the pronoun "I"', () => {
  it('takes no name from "I" contracted with its verb', () => {
    const entities = entitiesOf('But which should you buy? I’ve played them all.', 'To help you choose, I’ve put together a list, and I’m sure Dara Quell has too.');
    expect(entities.map((entity) => entity.name)).toEqual(['Dara Quell']);
  });
});

describe('hashtags', () => {
  it('reads no name from a hashtag and does not join it to the capitalised word after it', () => {
    expect(named(entitiesOf('The post read: “#Harbourfest Denver crowd cheers the band.” Tom Bell shared it.'))).toEqual(['place:Denver', 'person:Tom Bell']);
  });
});
