import { describe, expect, it } from 'vitest';
import { entitiesOf, named, names } from './entities-of';

describe('a body’s name, then an office and its holder', () => {
  it('ends the body’s or place’s name before the office, and keeps the holder apart', () => {
    expect(named(entitiesOf('“We will land in May,” Harwick Space Agency Administrator Ana Roe said.'))).toEqual(['organization:Harwick Space Agency', 'person:Ana Roe']);
    expect(names(entitiesOf('Tarvel Trade Representative Tom Bell flew home on Monday.'), 'person')).toEqual(['Tom Bell']);
    expect(named(entitiesOf('NDB Team Leader Dara Quell said the results were clear.')).slice(-1)).toEqual(['person:Dara Quell']);
  });

  it('keeps a body’s name whose head word follows a title word and a given name', () => {
    expect(named(entitiesOf('A jury at Harwick Crown Court heard on Tuesday that the money was gone.'))).toEqual(['organization:Harwick Crown Court']);
  });

  it('reads a hyphenated vice-office before a name as a role', () => {
    expect(named(entitiesOf('Talks between the two and Tarvel vice-premier Qiu Ze ended on Monday.')).filter((name) => name.startsWith('person'))).toEqual(['person:Qiu Ze']);
  });
});
