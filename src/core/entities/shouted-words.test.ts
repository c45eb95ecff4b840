import { describe, expect, it } from 'vitest';
import { entitiesOf, named, names } from './entities-of';

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

  it('takes no body from the abbreviations of television delivery', () => {
    expect(named(entitiesOf('Viewing rose in gaming, education, OTT, and work video, said Tom Bell.'))).toEqual(['person:Tom Bell']);
  });

  it('reads a short subhead in title case, asking a question, as capitals of style only', () => {
    expect(named(entitiesOf('Tom Bell studied the patch for a year.', 'A Change in Guidelines?', 'The rules have not changed since 2015, Bell said.'))).toEqual(['person:Tom Bell']);
    expect(named(entitiesOf('Tom Bell studied the patch for a year.', 'Ana Roe in Paris'))).toEqual(['person:Tom Bell', 'person:Ana Roe', 'place:Paris']);
  });

  it('takes no body from the abbreviations of a computer review', () => {
    const entities = entitiesOf('The console has 12GB of RAM, two HDMI ports and an IR blaster; its OS runs games at 60 FPS with HDR.', 'Questions came in the Q&A session.');
    expect(names(entities, 'organization')).toEqual([]);
  });

  it('leaves a common noun written in capitals out of the name before it', () => {
    const entities = entitiesOf('Tarvo Helix GPU sales rose, the company said.', 'The rig has a 4GHz CPU, 16GB DDR3 RAM and a Tarvo Helix GPU.');
    expect(entities.map((entity) => `${entity.type}:${entity.aliases.join('/')}`)).toEqual(['organization:Tarvo Helix']);
    expect(entitiesOf('King Osric III ruled Vardmark.').map((entity) => entity.name)).toContain('Osric III');
  });

  it('takes no name from "Late" or "Early" opening a sentence before a surname', () => {
    const entities = entitiesOf(['headline', 'Late Mensah double sends Harwick into cup semi-finals'], 'Kwame Mensah scored twice in the last ten minutes.', 'Mensah, 21, who was born in Kumasi, joined in the summer.');
    expect(names(entities, 'person')).toEqual(['Kwame Mensah']);
  });
});

describe('days and fairs named by a possessive', () => {
  it('takes no person from a holiday’s or a fair’s name', () => {
    const entities = entitiesOf('Tom Bell made signs for the 1939 World’s Fair in Harwick.', 'Ana Roe sells cards that look like Valentine’s Day sweets.', 'Valentine’s Day sales rose, Ana Roe said.');
    expect(names(entities, 'person')).toEqual(['Tom Bell', 'Ana Roe']);
  });

  it('takes no place from a fair’s name', () => {
    const entities = entitiesOf('The signs shone at the Harwick Century of Progress Exposition in 1933, and Ana Roe saw them.');
    expect(entities.map((entity) => entity.name)).toEqual(['Ana Roe']);
  });
});
