import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './entities-of';

describe('clubs in game results', () => {
  it('takes both sides of a round-up’s score line for clubs, nicknames alone included', () => {
    const entities = entitiesOf('Harriers 4, Gale 1: Ana Roe scored twice and Tarnby beat Orrin. Tom Bell also scored for the Gale, who lost again.');
    const bodies = names(entities, 'organization');
    expect(bodies).toContain('Harriers');
    expect(bodies).toContain('Gale');
    expect(names(entities, 'person')).not.toContain('Gale');
  });

  it('takes no club from a poll’s figures, which no colon closes', () => {
    expect(names(entitiesOf('In Tarvel the race is close. Roe 48, Bell 44. Ana Roe said she was pleased.'), 'organization')).toEqual([]);
  });

  it('takes the right side for a club where the line closes with its overtime mark', () => {
    expect(names(entitiesOf('Comets 3, Blue Foxes 2 (OT): Ana Roe scored the winner.'), 'organization')).toEqual(['Comets', 'Blue Foxes']);
  });

  it('takes both sides of "X beat Y, 45-17" for teams, however their names read', () => {
    const bodies = names(entitiesOf('Ana Roe threw for three touchdowns and Tarnby Tech rolled past Central Vermont, 45-17, on Tuesday night.'), 'organization');
    expect(bodies).toContain('Tarnby Tech');
    expect(bodies).toContain('Central Vermont');
  });

  it('takes both sides of "X came from behind to beat Y 2-1" for clubs, the score with no comma', () => {
    const entities = entitiesOf('Ana Roe scored twice as Harwick Town came from behind to beat ten-man Orrin Athletic 2-1 in the cup.');
    const bodies = names(entities, 'organization');
    expect(bodies).toContain('Harwick Town');
    expect(bodies).toContain('Orrin Athletic');
    expect(names(entities, 'place')).toEqual([]);
  });

  it('takes a school named after a state for a team though the state’s name is a given name too', () => {
    expect(names(entitiesOf('Virginia Tech beat Orrin State 24-10 on Saturday.'), 'organization')).toEqual(['Virginia Tech', 'Orrin State']);
  });

  it('leaves players a match’s sides, in tennis by its sets and elsewhere by their given names', () => {
    const entities = entitiesOf('Rafael Moreno beat Denis Kowal, 6-3, 7-6 on Sunday, Vasko Peltonen edged Rafael Ortiz 7-6 (5), 7-6 (7), and Ana Roe beat Tom Bell 10-5 in the final.');
    expect(names(entities, 'organization')).toEqual([]);
    expect(names(entities, 'person')).toEqual(['Rafael Moreno', 'Denis Kowal', 'Vasko Peltonen', 'Rafael Ortiz', 'Ana Roe', 'Tom Bell']);
  });

  it('keeps a capitalised direction before a state as part of a school’s name', () => {
    const entities = entitiesOf('Eastern Vermont beat Tarnby Tech, 21-20.');
    expect(names(entities, 'organization')).toContain('Eastern Vermont');
    expect(names(entities, 'place')).not.toContain('Vermont');
  });

  it('takes a "State" name before a team’s role for the state university’s team', () => {
    const entities = entitiesOf('Kelvor State quarterback Tom Bell said he was ready.');
    expect(names(entities, 'organization')).toContain('Kelvor State');
    expect(names(entities, 'place')).not.toContain('Kelvor State');
  });

  it('takes a "City" or "Town" name before a player’s role for a club', () => {
    const entities = entitiesOf('Harwick City defender Tom Bell needed four stitches after the match.');
    expect(names(entities, 'organization')).toContain('Harwick City');
    expect(names(entities, 'place')).not.toContain('Harwick City');
  });
});

describe('clubs by their head word alone', () => {
  it('takes "the Rangers" for a club', () => {
    expect(names(entitiesOf('The Comets may not have Tom Bell in the lineup Wednesday night against the Rangers.'), 'organization')).toEqual(['Comets', 'Rangers']);
  });

  it('joins "the Rovers" to the one club of the story named so', () => {
    const entities = entitiesOf('Carden beat ten-man Moorfield Rovers 2-1.', 'Ana Roe said Carden had played the Rovers well.');
    expect(entities.filter((entity) => entity.type === 'organization').map((entity) => entity.aliases)).toEqual([['Carden'], ['Moorfield Rovers', 'Rovers']]);
  });
});

describe('a team before "who"', () => {
  it('takes no person from "the Harriers, who improved"', () => {
    const entities = entitiesOf('Tom Bell also scored for the Harriers, who improved to 4-2-1 in their last seven.');
    expect(names(entities, 'person')).toEqual(['Tom Bell']);
    expect(names(entities, 'organization')).toEqual(['Harriers']);
  });
});

describe('a university by its direction', () => {
  it('takes "Northwestern" alone for a body, not a place', () => {
    const entities = entitiesOf('The status of Tom Bell is uncertain for the game at Northwestern after two sacks.');
    expect(names(entities, 'organization')).toEqual(['Northwestern']);
    expect(names(entities, 'place')).toEqual([]);
  });
});

describe('leagues and conferences', () => {
  it('knows college conferences by name', () => {
    expect(names(entitiesOf('He is the Big Ten’s leading passer this season.'), 'organization')).toEqual(['Big Ten']);
  });

  it('ends a conference’s name before its division', () => {
    const bodies = names(entitiesOf('The loss ended their title hopes in the Harbor Athletic Conference West Division with one game left.'), 'organization');
    expect(bodies).toContain('Harbor Athletic Conference');
    expect(bodies).not.toContain('Harbor Athletic Conference West Division');
  });

  it('does not join a place after "on" to a division’s name', () => {
    const entities = entitiesOf('The Comets play Saturday with a one-game lead in the North Division on Vermont.');
    expect(names(entities, 'organization')).not.toContain('North Division on Vermont');
    expect(names(entities, 'place')).toContain('Vermont');
  });
});
