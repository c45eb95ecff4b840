import { describe, expect, it } from 'vitest';
import { modelFromBlocks } from '../text-model';
import { entitiesOf, names } from './entities-of';
import { findEntities } from './find-entities';

describe('findEntities', () => {
  it('splits a list of countries into one place each', () => {
    const entities = entitiesOf('Delegates came from the UK, the United States, Norway and Peru, officials said.');
    expect(names(entities, 'place')).toEqual(['UK', 'United States', 'Norway', 'Peru']);
  });

  it('keeps "and" inside a name the gazetteer knows', () => {
    expect(names(entitiesOf('Troops left Bosnia and Herzegovina last year.'), 'place')).toEqual(['Bosnia and Herzegovina']);
  });

  it('drops titles and demonyms in front of a name and types the rest as a person', () => {
    const entities = entitiesOf('Talks were led by Chilean Foreign Minister Rosa Valdés on Monday.');
    expect(names(entities, 'person')).toEqual(['Rosa Valdés']);
    expect(names(entities, 'place')).toEqual([]);
  });

  it('ties a surname and a titled surname to the full name, without the title or possessive', () => {
    const [person, ...rest] = entitiesOf('Maria Okafor arrived late.', 'Ms. Okafor’s aides said Okafor would speak.');
    expect(rest).toEqual([]);
    expect(person).toMatchObject({ type: 'person', name: 'Maria Okafor', aliases: ['Maria Okafor', 'Okafor'] });
    expect(person?.mentions).toHaveLength(3);
  });

  it('gives each mention the span of the name itself', () => {
    const text = 'Senator Paulo Ricci’s plan failed.';
    const [person] = entitiesOf(text);
    const mention = person?.mentions[0];
    expect(mention && text.slice(mention.start, mention.end)).toBe('Paulo Ricci');
  });

  it('joins short forms of a country from the gazetteer into one place', () => {
    const entities = entitiesOf('Britain voted first. The UK then left.');
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({ type: 'place', aliases: ['Britain', 'UK'] });
  });

  it('ties an acronym to the expansion the story gives it', () => {
    const entities = entitiesOf('The Northern Fisheries Council (NFC) met today. The NFC said quotas would fall.');
    expect(names(entities, 'organization')).toEqual(['Northern Fisheries Council']);
    expect(entities[0]?.aliases).toEqual(['Northern Fisheries Council', 'NFC']);
  });

  it('types organizations from their head words and places from context', () => {
    const entities = entitiesOf('The Qaraq Liberation Front seized the village of Umm Tarfa.');
    expect(names(entities, 'organization')).toEqual(['Qaraq Liberation Front']);
    expect(names(entities, 'place')).toEqual(['Umm Tarfa']);
  });

  it('is not fooled by sentence-initial words, days, months or demonyms', () => {
    const entities = entitiesOf('However, Egyptian officials met on Tuesday in March. Officials said little. Meanwhile, nothing.');
    expect(entities).toEqual([]);
  });

  it('reads an upper-case dateline as a place', () => {
    const [place] = entitiesOf('NAIROBI — Rains flooded the city.');
    expect(place).toMatchObject({ type: 'place', aliases: ['NAIROBI'] });
  });

  it('takes the known name of a "-based" compound', () => {
    expect(names(entitiesOf('A Norway-based group, Greenpeace, objected.'), 'place')).toEqual(['Norway']);
  });

  it('reads a 5 MB story, and all-caps text, without failing or inventing names', () => {
    const paragraph = 'Maria Okafor met officials in Nairobi on Monday. “We will build the clinic,” Okafor said, and the Coastal Health Trust agreed. ';
    const big = modelFromBlocks(Array.from({ length: Math.ceil(5e6 / 2000) }, () => ({ kind: 'paragraph' as const, text: paragraph.repeat(16) })));
    expect(big.text.length).toBeGreaterThan(5e6);
    expect(findEntities(big).map((entity) => entity.name)).toEqual(['Maria Okafor', 'Nairobi', 'Coastal Health Trust']);
    const caps = entitiesOf(paragraph.toUpperCase(), 'WHO IS US? IT IS THE UN.');
    expect(caps.map((entity) => entity.name).filter((name) => !['NAIROBI', 'UN'].includes(name))).toEqual([]);
  }, 120_000);

  it('survives bad input without inventing names', () => {
    expect(entitiesOf('')).toEqual([]);
    expect(entitiesOf('no capital letters here at all, just words.')).toEqual([]);
    expect(names(entitiesOf('Le président a parlé à Paris mardi avec les ministres.'), 'person')).toEqual([]);
    expect(entitiesOf('東京で会議が開かれた。')).toEqual([]);
    expect(() => entitiesOf('“Unbalanced quote ‘here and Kerry’s ” “ ” " "')).not.toThrow();
  });
});
