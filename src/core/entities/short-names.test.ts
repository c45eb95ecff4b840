import { describe, expect, it } from 'vitest';
import { entitiesOf, named } from './entities-of';

describe('short names of people', () => {
  it('ties a surname that is also a name particle to the person whose name it ends', () => {
    const entities = entitiesOf('Tarun Bijal Das, a 40-year-old teacher, was hurt on Monday.', 'Later Das was taken to hospital.');
    expect(named(entities)).toEqual(['person:Tarun Bijal Das']);
    expect(entities[0]?.aliases).toEqual(['Tarun Bijal Das', 'Das']);
  });
});

describe('a person named before a noun', () => {
  it('leaves the brand after a person’s full name, written between an article and a noun, out of the name', () => {
    const entities = entitiesOf('Dara Quell wrote the code in 1970.', 'Later Quell got a Dara Quell Tinker figure of her own.', 'Quell said it made her laugh.');
    expect(named(entities)).toEqual(['person:Dara Quell']);
    expect(entities[0]?.mentions).toHaveLength(4);
  });
});

describe('maiden and married names', () => {
  it('reads "X Y, née Z" as one person named by her married and her maiden name', () => {
    const entities = entitiesOf('The notes thank Miss Wren Talbot for the sums.', 'Wren Marsh, née Talbot, now lives in Ohio.', 'Wren laughed when asked. Marsh said the work was hard.');
    expect(entities.filter((entity) => entity.type === 'person').map((entity) => entity.aliases)).toEqual([['Wren Talbot', 'Wren Marsh', 'Talbot', 'Wren', 'Marsh']]);
  });

  it('reads her husband’s surname after her given name as her married name, where the story says she married him', () => {
    const entities = entitiesOf('Wren Talbot married Hugo Marsh in 1960.', 'Wren Marsh recalls the lab well. Hugo Marsh taught physics.');
    expect(named(entities)).toEqual(['person:Wren Talbot', 'person:Hugo Marsh']);
    expect(entities[0]?.aliases).toEqual(['Wren Talbot', 'Wren Marsh']);
  });
});

describe('a surname after a hyphenated title', () => {
  it('reads a name after "President-elect" as a person, however often it qualifies supporters', () => {
    expect(named(entitiesOf('Ana Roe wrote that President-elect Marsh relied on lies.', 'Many Marsh supporters were angry, and Marsh supporters said so.'))).toEqual(['person:Ana Roe', 'person:Marsh']);
  });
});

describe('an office written with a hyphen', () => {
  it('takes no body’s name from the first part of "Vice-president"', () => {
    expect(named(entitiesOf('The cast spoke to Vice-president elect Tom Bell during the show.'))).toEqual(['person:Tom Bell']);
  });
});

describe('short names of bodies', () => {
  it('keeps a town named before its country apart from the institute whose name it ends', () => {
    const entities = entitiesOf('The club grew out of classes taught at the Arctic Design Institute Venna (ADIV) in Venna, Norway. After the ADIV program closed, Tom Bell taught there.');
    expect(named(entities)).toEqual(['organization:Arctic Design Institute Venna', 'place:Venna', 'place:Norway', 'person:Tom Bell']);
  });
});
