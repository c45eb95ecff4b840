import { describe, expect, it } from 'vitest';
import { entitiesOf, named } from './entities-of';

describe('colleges named without a head word', () => {
  it('reads the school a degree or study is from as a body, not a place', () => {
    expect(named(entitiesOf('Wren Talbot, a recent graduate of Mount Brisk, took the job in May.'))).toEqual(['person:Wren Talbot', 'organization:Mount Brisk']);
    expect(named(entitiesOf('As an undergraduate at Kelmont, Hugo Marsh sat in on the class.'))).toEqual(['organization:Kelmont', 'person:Hugo Marsh']);
    expect(named(entitiesOf('Dara Quell graduated from Tarrow in 1990 and studied at Oxford later.'))).toEqual(['person:Dara Quell', 'organization:Tarrow', 'organization:Oxford']);
  });

  it('reads a name before "alumna" or after an article before "graduate" as a school', () => {
    expect(named(entitiesOf('Leo Finch, a Brisk alumnus, agreed with the plan.'))).toEqual(['person:Leo Finch', 'organization:Brisk']);
    expect(named(entitiesOf('The post went to a Kelmont graduate from Ohio.'))).toEqual(['organization:Kelmont', 'place:Ohio']);
  });

  it('leaves a person who graduates alone', () => {
    expect(named(entitiesOf('Dara Quell graduates in June, her father said.'))).toEqual(['person:Dara Quell']);
  });

  it('ties a place-shaped school name to the university it is the short form of', () => {
    const entities = entitiesOf('Hugo Marsh moved to Kelp State University in 1965.', 'He kept working at Kelp State after that.');
    expect(named(entities)).toEqual(['person:Hugo Marsh', 'organization:Kelp State University']);
    expect(entities[1]?.aliases).toEqual(['Kelp State University', 'Kelp State']);
  });
});
