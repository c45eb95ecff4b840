import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './entities-of';

describe('players named by their line', () => {
  it('takes names no given-name list holds for players where their numbers follow', () => {
    const entities = entitiesOf('Harriers 4, Gale 1: Zorvik Pellanen made 25 saves and Quonn Drevard rushed for 101 yards. Yrjo Taskanen had two assists.');
    const people = names(entities, 'person');
    expect(people).toContain('Zorvik Pellanen');
    expect(people).toContain('Quonn Drevard');
    expect(people).toContain('Yrjo Taskanen');
  });

  it('takes both names of "X and Y scored" for players', () => {
    const people = names(entitiesOf('Harriers 2, Gale 1: Zorvik Pellanen and Quonn Drevard scored, and Ana Roe made 38 saves.'), 'person');
    expect(people).toContain('Zorvik Pellanen');
    expect(people).toContain('Quonn Drevard');
  });

  it('does not take a team after "for" for a player who shares the next name’s line', () => {
    const entities = entitiesOf('Ana Roe ran for 90 yards for Eastern Vermont and Quonn Drevard caught two TD passes.');
    expect(names(entities, 'person')).not.toContain('Eastern Vermont');
  });

  it('takes a known given name before a city’s name for a player who caught passes', () => {
    const entities = entitiesOf('Tom Bell rushed for 90 yards and a touchdown for Vermont and Arthur Houston caught two TD passes.');
    expect(names(entities, 'person')).toContain('Arthur Houston');
    expect(names(entities, 'place')).not.toContain('Arthur Houston');
  });
});
