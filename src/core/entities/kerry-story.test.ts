import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../quotes/find-quotes';
import { parseStoryText } from '../story/parse-story-text';
import { findEntities } from './find-entities';

// The catalog's first story, from the project's own copy of the fixture. Its people and places are
// named here, in the expected table, and nowhere in the engine's rules or data.
const story = parseStoryText('kerry', readFileSync(new URL('../../../tests/fixtures/kerry-syria/plain.txt', import.meta.url), 'utf8'));
const entities = findEntities(story.model);
const quotes = findQuotes(story.model, entities);

const expected = {
  person: [['John Kerry', 'Kerry'], ['Sergey Lavrov'], ['Staffan de Mistura'], ['Bashar al-Assad'], ['Ben Wedeman']],
  place: [
    ['London'], ['Syria'], ['Dabiq'], ['UK', 'Britain'], ['United States'], ['Washington'], ['France'], ['Germany'], ['Italy'],
    ['Saudi Arabia'], ['Qatar'], ['Turkey'], ['United Arab Emirates'], ['Jordan'], ['Aleppo'], ['Lausanne'], ['Switzerland'],
    ['Russia'], ['Iraq'], ['Mosul'], ['Irbil'],
  ],
  organization: [
    ['European Union'], ['British Foreign Office'], ['UN'], ['ISIS'], ['Free Syrian Army'], ['Syrian Observatory for Human Rights'], ['CNN'],
  ],
} as const;

describe('the Kerry story, entity by entity', () => {
  for (const [type, list] of Object.entries(expected)) {
    it.each(list.map((forms) => [forms[0], forms]))(`finds the ${type} %s with all its forms`, (_name, forms) => {
      const entity = entities.find((candidate) => candidate.aliases.includes(forms[0] as string));
      expect(entity?.type).toBe(type);
      expect([...(entity?.aliases ?? [])].sort()).toEqual([...forms].sort());
    });
    it(`finds no other ${type}`, () => {
      expect(entities.filter((entity) => entity.type === type)).toHaveLength(list.length);
    });
  }

  it('names each person by the fullest form and counts every mention', () => {
    const kerry = entities.find((entity) => entity.name === 'John Kerry');
    expect(kerry?.mentions.length).toBe(6);
    for (const mention of kerry?.mentions ?? []) expect(['John Kerry', 'Kerry']).toContain(story.model.text.slice(mention.start, mention.end));
  });

  it.each([
    ['broad agreement', 'John Kerry'],
    ['desired outcome on ending conflict,', 'John Kerry'],
    ['to clean', 'Bashar al-Assad'],
    ['springboard', 'Bashar al-Assad'],
    ['messy and prolonged battle,', 'Ben Wedeman'],
    ['street-to-street fighting.', 'Ben Wedeman'],
  ])('quotes “%s” from %s', (text, speaker) => {
    expect(quotes.find((quote) => quote.text === text)?.speaker).toBe(speaker);
  });

  it('finds no other quotation', () => {
    expect(quotes).toHaveLength(6);
  });
});
