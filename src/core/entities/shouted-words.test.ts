import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './entities-of';

describe('capitals that are no body', () => {
  it('takes no body from a function word written in capitals for stress', () => {
    const entities = entitiesOf('Is there a quiet bar in Tarnby? The answer is YES! So now you know that there IS a quiet bar in Tarnby.');
    expect(names(entities, 'organization')).toEqual([]);
  });

  it('still takes an acronym the gazetteer knows that reads like a word', () => {
    expect(names(entitiesOf('Officials at WHO said the outbreak was over.'), 'organization')).toEqual(['WHO']);
  });

  it('takes no body from the abbreviations of sport and technology', () => {
    const entities = entitiesOf('Ana Roe scored in OT and Tom Bell caught a TD pass.', 'The sedan has LED headlights and new ICT systems.');
    expect(names(entities, 'organization')).toEqual([]);
  });

  it('takes no name from "Late" or "Early" opening a sentence before a surname', () => {
    const entities = entitiesOf(['headline', 'Late Mensah double sends Harwick into cup semi-finals'], 'Kwame Mensah scored twice in the last ten minutes.', 'Mensah, 21, who was born in Kumasi, joined in the summer.');
    expect(names(entities, 'person')).toEqual(['Kwame Mensah']);
  });
});
