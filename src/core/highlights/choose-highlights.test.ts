import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { StoryMatch } from '../../shared/report';
import { NO_STORY } from '../../shared/report';
import { modelFromBlocks } from '../text-model';
import { parseStoryText } from '../story/parse-story-text';
import { recogniseStory } from '../story/recognise-story';
import { shippedCatalog } from '../story/shipped-catalog';
import { chooseHighlights } from './choose-highlights';

const variant = (name: string) =>
  parseStoryText(name, readFileSync(new URL(`../../../tests/fixtures/stories/${name}`, import.meta.url), 'utf8')).model;
const kerry = shippedCatalog[0]!;
const highlightsOf = (name: string) => {
  const model = variant(name);
  return chooseHighlights(model, recogniseStory(model, shippedCatalog), shippedCatalog, []);
};

describe('chooseHighlights', () => {
  test('a highlights block on the page comes first, in page order, even for a recognised story', () => {
    const model = modelFromBlocks([
      { kind: 'headline', text: 'Headline' },
      { kind: 'highlight', text: 'Second point first' },
      { kind: 'highlight', text: 'First point second' },
      ...kerry.model.blocks.filter((b) => b.kind === 'paragraph').map((b) => ({ kind: b.kind, text: kerry.model.text.slice(b.start, b.end) })),
    ]);
    const match = recogniseStory(model, shippedCatalog);
    expect(match.id).toBe(kerry.id);
    expect(chooseHighlights(model, match, shippedCatalog, [])).toEqual([
      { text: 'Second point first', source: 'page' },
      { text: 'First point second', source: 'page' },
    ]);
  });

  test.each(['kerry-retitled.txt', 'kerry-reordered.txt', 'kerry-edited.txt'])(
    '%s carries the whole known story: the catalog\'s highlights',
    (name) => {
      expect(highlightsOf(name)).toEqual(kerry.highlights.map((text) => ({ text, source: 'catalog' })));
    },
  );

  test('a page quoting part of a known story gets highlights of its own, from its own text', () => {
    const model = variant('kerry-excerpt.txt');
    const match = recogniseStory(model, shippedCatalog);
    expect(match.id).toBe(kerry.id);
    const highlights = chooseHighlights(model, match, shippedCatalog, []);
    expect(highlights.length).toBeGreaterThanOrEqual(2);
    for (const { text, source } of highlights) {
      expect(source).toBe('generated');
      expect(kerry.highlights).not.toContain(text);
      expect(model.text).toContain(text);
    }
  });

  test('an unknown story without a highlights block gets 2 to 4 sentences of its body', () => {
    const model = variant('syria-talks-other-desk.txt');
    const withoutBlock = modelFromBlocks(model.blocks.filter((b) => b.kind !== 'highlight').map((b) => ({ kind: b.kind, text: model.text.slice(b.start, b.end) })));
    const highlights = chooseHighlights(withoutBlock, NO_STORY, shippedCatalog, []);
    expect(highlights.length).toBeGreaterThanOrEqual(2);
    expect(highlights.length).toBeLessThanOrEqual(4);
    expect(highlights[0]).toEqual({
      text: 'Secretary of State John Kerry spent the weekend shuttling between Switzerland and Britain in search of a formula that could pause the bombing of eastern Aleppo, but officials travelling with him conceded on Sunday that no agreement was within reach.',
      source: 'generated',
    });
  });

  test('a chosen sentence opening with a wire dateline is given without it', () => {
    const model = modelFromBlocks([
      { kind: 'headline', text: 'Copper output falls to a six-year low as storms shut mines' },
      { kind: 'paragraph', text: 'SANTIAGO, July 2 (Reuters) - Copper production fell 8.4% in May from a year earlier, the statistics agency said on Tuesday.' },
      { kind: 'paragraph', text: 'Heavy storms cut power and closed the roads to the mines in the north for most of the month.' },
      { kind: 'paragraph', text: 'Analysts had expected a smaller fall, and prices rose on the news in London trading on Tuesday.' },
    ]);
    const highlights = chooseHighlights(model, NO_STORY, shippedCatalog, []);
    expect(highlights[0]).toEqual({ text: 'Copper production fell 8.4% in May from a year earlier, the statistics agency said on Tuesday.', source: 'generated' });
  });

  test('a match to a story the catalog does not hold falls back to generated highlights', () => {
    const match: StoryMatch = { id: 'gone', title: 'Gone', confidence: 1, coverage: 1 };
    const highlights = chooseHighlights(variant('kerry-retitled.txt'), match, [], []);
    expect(highlights.length).toBeGreaterThanOrEqual(2);
    for (const { source } of highlights) expect(source).toBe('generated');
  });
});
