import { describe, expect, it } from 'vitest';
import { entitiesOf, named } from './entities-of';

describe('outlets named by their title alone', () => {
  it('reads a name before a lower-case "magazine" as the outlet, a place’s name too', () => {
    expect(named(entitiesOf('Ana Roe shared a story by Tarrow magazine about the show.'))).toEqual(['person:Ana Roe', 'organization:Tarrow']);
    expect(named(entitiesOf('Ana Roe shared an article by New York magazine on Monday.'))).toEqual(['person:Ana Roe', 'organization:New York']);
  });

  it('keeps a place’s outlet after an article a place', () => {
    expect(named(entitiesOf('Ana Roe said a Kansas newspaper ran the photo.'))).toEqual(['person:Ana Roe', 'place:Kansas']);
  });

  it('reads what a writer wrote for as an outlet', () => {
    expect(named(entitiesOf('Tom Bell wrote for ‘Tarn Mona’, or free hand, a blog on science.'))).toEqual(['person:Tom Bell', 'organization:Tarn Mona']);
  });

  it('reads who asks for comment as an outlet', () => {
    expect(named(entitiesOf('Tom Bell found the flaw in May.', 'Tarrow is asking the maker for comment and will update this post.'))).toEqual(['person:Tom Bell', 'organization:Tarrow']);
  });

  it('reads the one word a source wrote an email to as an outlet, but leaves a named person’s surname to the person', () => {
    expect(named(entitiesOf('“It is common,” wrote Ana Roe, in an email to Tarrow.'))).toEqual(['person:Ana Roe', 'organization:Tarrow']);
    expect(named(entitiesOf('Tom Bell won in May.', '“It is fine,” Ana Roe said in an interview with Bell.'))).toEqual(['person:Tom Bell', 'person:Ana Roe']);
  });

  it('reads a title closed by "Online" or glued to "zine" as an outlet', () => {
    expect(named(entitiesOf('Tom Bell won the vote in May.', 'Kelp Online adds that the fight was about money.'))).toEqual(['person:Tom Bell', 'organization:Kelp Online']);
    expect(named(entitiesOf('Tom Bell spoke about the fight in an essay at KELPzine last week.'))).toEqual(['person:Tom Bell', 'organization:KELPzine']);
  });

  it('reads where a story is published, what runs a series and whose story explains as an outlet', () => {
    expect(named(entitiesOf('Tom Bell spoke in a story published at Tarrowly last week.'))).toEqual(['person:Tom Bell', 'organization:Tarrowly']);
    expect(named(entitiesOf('Tarrowly has run a two-part series on the fight, and Tom Bell said it was fair.'))).toEqual(['organization:Tarrowly', 'person:Tom Bell']);
    expect(named(entitiesOf('As Tarrowly’s March story explains, Tom Bell lost the vote.'))).toEqual(['organization:Tarrowly', 'person:Tom Bell']);
  });

  it('reads a title and a country that reports something as the outlet’s edition, not a person', () => {
    expect(named(entitiesOf('Tom Bell won the vote in May.', 'Kelpwire Italy reports that Bell and the others fought over the plan.'))).toEqual(['person:Tom Bell', 'organization:Kelpwire Italy']);
  });

  it('reads what a report is in, or what first reported it, as an outlet', () => {
    expect(named(entitiesOf('Tom Bell lost the vote, according to a report in Tarrowly.'))).toEqual(['person:Tom Bell', 'organization:Tarrowly']);
    expect(named(entitiesOf('Tom Bell lost the vote, as first reported by Tarrowly.'))).toEqual(['person:Tom Bell', 'organization:Tarrowly']);
  });
});
