import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fingerprintStory } from '../core/story/fingerprint';
import { parseStoryText } from '../core/story/parse-story-text';
import { recogniseStory } from '../core/story/recognise-story';
import { shippedCatalog } from '../core/story/shipped-catalog';
import { modelFromBlocks } from '../core/text-model';
import type { SavedStory } from '../shared/protocol';
import { SavedCatalog } from './saved-catalog';

const story = (name: string) => parseStoryText(name, readFileSync(fileURLToPath(new URL(`../../tests/fixtures/stories/${name}.txt`, import.meta.url)), 'utf8'));
const levy = story('transit-levy');
const reef = story('reef-survey');

const saved = (id: string, from = levy, title = 'City council backs transit levy'): SavedStory => ({
  id,
  title,
  highlights: ['Councillors voted 9 to 4'],
  published: null,
  source: 'example.org',
  fingerprint: fingerprintStory(from.model),
});

// The same story on another site: another headline, no highlights block, paragraphs in another order.
const blocks = levy.model.blocks.filter((block) => block.kind === 'paragraph').map((block) => levy.model.text.slice(block.start, block.end));
const elsewhere = modelFromBlocks([
  { kind: 'headline', text: 'Voters to decide on bus levy' },
  ...[...blocks.slice(2), ...blocks.slice(0, 2)].map((text) => ({ kind: 'paragraph' as const, text })),
]);

describe('SavedCatalog', () => {
  it('recognises a saved story on a page that carries it in another layout, by its saved id and title', () => {
    const catalog = new SavedCatalog(shippedCatalog);
    expect(recogniseStory(elsewhere, catalog.index).id).toBeNull();
    catalog.sync([saved('saved-levy')]);
    const match = recogniseStory(elsewhere, catalog.index);
    expect(match).toMatchObject({ id: 'saved-levy', title: 'City council backs transit levy' });
    expect(match.coverage).toBeGreaterThan(0.9);
    // The shipped story is still recognised beside it.
    const shipped = shippedCatalog[0]!;
    expect(recogniseStory(shipped.model, catalog.index).id).toBe(shipped.id);
  });

  it('follows the background’s list: a story saved since joins, a removed one leaves, a renamed one is renamed', () => {
    const catalog = new SavedCatalog(shippedCatalog);
    catalog.sync([saved('saved-levy')]);
    catalog.sync([saved('saved-levy', levy, 'Transit levy heads to ballot'), saved('saved-reef', reef, 'Reef survey')]);
    expect(catalog.savedIds.sort()).toEqual(['saved-levy', 'saved-reef']);
    expect(recogniseStory(elsewhere, catalog.index).title).toBe('Transit levy heads to ballot');
    catalog.sync([saved('saved-reef', reef, 'Reef survey')]);
    expect(recogniseStory(elsewhere, catalog.index).id).toBeNull();
    expect(catalog.index.size).toBe(shippedCatalog.length + 1);
  });

  it('leaves out what it cannot use and never lets a saved story replace a shipped one', () => {
    const catalog = new SavedCatalog(shippedCatalog);
    const shipped = shippedCatalog[0]!;
    catalog.sync([
      null,
      { ...saved('bad-fingerprint'), fingerprint: { version: 1, words: 3, hashes: 'not base64!' } },
      { ...saved(''), title: 'no id' },
      saved(shipped.id, levy, 'an impostor'),
    ]);
    expect(catalog.savedIds).toEqual([]);
    expect(recogniseStory(elsewhere, catalog.index).id).toBeNull();
    expect(recogniseStory(shipped.model, catalog.index).title).toBe(shipped.title);
  });
});
