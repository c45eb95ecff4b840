import { describe, expect, it } from 'vitest';
import { entitiesOf, named } from './entities-of';

describe('the holder named after an office and its country or body', () => {
  it('splits a body the gazetteer knows from its holder after a capitalised title and "to"', () => {
    expect(named(entitiesOf('Ambassador to the European Union Tomas Brandt testified on Tuesday.'))).toEqual(['organization:European Union', 'person:Tomas Brandt']);
  });

  it('reads an unknown name after "ambassador to <country>" as its holder, a person', () => {
    expect(named(entitiesOf('Norway’s ambassador to Chile Qiao Wenjun has said the talks will go on.'))).toEqual(['place:Norway', 'place:Chile', 'person:Qiao Wenjun']);
  });

  it('takes the word that opens the name for its holder where the story says it speaks, as a surname written first', () => {
    const [, , holder] = entitiesOf('Norway’s ambassador to Chile Qiao Wenjun has said the talks will go on.', 'Qiao said the envoys would meet again.');
    expect(holder?.mentions.length).toBe(2);
  });

  it('leaves a body after "director of the <place>" whole', () => {
    expect(named(entitiesOf('Ana Roe, director of the Ohio Tenant Rights Project, said fees have grown.'))).toContain('organization:Ohio Tenant Rights Project');
  });
});
