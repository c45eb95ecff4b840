import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import { CatalogIndex } from './catalog-index';
import { fingerprintStory } from './fingerprint';
import { parseStoryText } from './parse-story-text';
import { normaliseWords } from './normalise-words';
import { shingleHashes } from './shingle-hashes';
import { shippedCatalog } from './shipped-catalog';

const story = (name: string) =>
  parseStoryText(name.replace('.txt', ''), readFileSync(new URL(`../../../tests/fixtures/stories/${name}`, import.meta.url), 'utf8'));
const pageHashes = (name: string) => new Set(shingleHashes(normaliseWords(story(name).model.text)));
const kerry = shippedCatalog[0]!;

describe('CatalogIndex', () => {
  test('finds the stories a page shares text with, and only those', () => {
    const index = new CatalogIndex([kerry, story('transit-levy.txt'), story('reef-survey.txt')]);
    expect(index.size).toBe(3);
    const found = index.lookup(pageHashes('kerry-reordered.txt'));
    expect(found.map((hit) => hit.entry.id)).toEqual([kerry.id]);
    expect(found[0]!.hits / found[0]!.size).toBeGreaterThan(0.95);
    expect(found[0]!.words).toBe(393);
    expect(index.lookup(pageHashes('cup-final.txt'))).toEqual([]);
  });

  test('keeps a story\'s metadata, not its text', () => {
    const index = new CatalogIndex([kerry]);
    expect(index.get(kerry.id)).toEqual({
      id: kerry.id,
      title: kerry.title,
      highlights: kerry.highlights,
      published: '2016-10-16',
      source: 'CNN',
    });
    expect(index.get('nope')).toBeUndefined();
  });

  test('a story saved by fingerprint alone is found like a shipped one', () => {
    const index = new CatalogIndex();
    const cup = story('cup-final.txt');
    index.addFingerprint({ id: 'saved-1', title: cup.title, highlights: [], published: null, source: null }, fingerprintStory(cup.model));
    expect(index.lookup(pageHashes('cup-final.txt')).map((hit) => hit.entry.id)).toEqual(['saved-1']);
  });

  test('adding a known id replaces the story; removing forgets it', () => {
    const index = new CatalogIndex([kerry]);
    const reef = story('reef-survey.txt');
    index.add({ ...reef, id: kerry.id });
    expect(index.size).toBe(1);
    expect(index.lookup(pageHashes('kerry-retitled.txt'))).toEqual([]);
    expect(index.lookup(pageHashes('reef-survey.txt'))).toHaveLength(1);
    expect(index.remove(kerry.id)).toBe(true);
    expect(index.remove(kerry.id)).toBe(false);
    expect(index.size).toBe(0);
    expect(index.lookup(pageHashes('reef-survey.txt'))).toEqual([]);
  });

  test('two stories sharing a paragraph are both found, and removing one leaves the other', () => {
    const kerryStory = { ...kerry, id: 'a' };
    const copy = { ...story('kerry-excerpt.txt'), id: 'b' };
    const index = new CatalogIndex([kerryStory, copy]);
    expect(index.lookup(pageHashes('kerry-retitled.txt')).map((hit) => hit.entry.id).sort()).toEqual(['a', 'b']);
    index.remove('a');
    expect(index.lookup(pageHashes('kerry-retitled.txt')).map((hit) => hit.entry.id)).toEqual(['b']);
  });

  test('a story saved many times over is still found, at a bounded cost', () => {
    const copies = Array.from({ length: 200 }, (_, i) => ({ ...kerry, id: `copy-${i}` }));
    const index = new CatalogIndex([story('transit-levy.txt'), ...copies]);
    const found = index.lookup(pageHashes('kerry-retitled.txt'));
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(64);
    expect(found[0]!.entry.id).toBe('copy-0');
    expect(found[0]!.hits / found[0]!.size).toBeGreaterThan(0.95);
  });
});

describe('the shipped catalog', () => {
  it('carries, for each story, the model and fingerprint that reading its text file gives today', () => {
    expect(shippedCatalog.length).toBeGreaterThan(0);
    for (const story of shippedCatalog) {
      const file = readFileSync(new URL(`../../data/catalog/${story.id}.txt`, import.meta.url), 'utf8');
      const fresh = parseStoryText(story.id, file);
      expect(story.model, `${story.id}: run npm run data`).toEqual(fresh.model);
      expect(story.fingerprint, `${story.id}: run npm run data`).toEqual(fingerprintStory(fresh.model));
      expect(story.title).toBe(fresh.title);
      expect(story.highlights).toEqual(fresh.highlights);
    }
  });
});
