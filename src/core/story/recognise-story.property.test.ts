import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { modelFromBlocks } from '../text-model';
import { parseStoryText } from './parse-story-text';
import { recogniseStory } from './recognise-story';
import { shippedCatalog } from './shipped-catalog';

const kerry = shippedCatalog[0]!;
const bodyOf = (model: typeof kerry.model) =>
  model.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'caption').map((b) => model.text.slice(b.start, b.end));
const kerryBody = bodyOf(kerry.model);
const otherBody = ['transit-levy.txt', 'reef-survey.txt', 'cup-final.txt'].flatMap((name) =>
  bodyOf(parseStoryText(name, readFileSync(new URL(`../../../tests/fixtures/stories/${name}`, import.meta.url), 'utf8')).model),
);
const wordCount = (texts: readonly string[]) => texts.join(' ').split(/\s+/).filter(Boolean).length;

/** How another site might print the same paragraph: other quotes, case and spacing. */
const restyle = (text: string, style: number) => {
  let out = text;
  if (style & 1) out = out.replace(/[“”]/g, '"').replace(/’/g, "'");
  if (style & 2) out = out.toUpperCase();
  if (style & 4) out = out.replace(/ /g, '  ').replace(/,/g, ' ,');
  return out;
};

describe('recogniseStory, properties', () => {
  test('the whole story in any order, any quote style or case, among other paragraphs, is recognised with coverage ≈ 1', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(kerryBody, { minLength: kerryBody.length, maxLength: kerryBody.length }),
        fc.array(fc.nat(7), { minLength: kerryBody.length, maxLength: kerryBody.length }),
        fc.shuffledSubarray(otherBody, { maxLength: 6 }),
        fc.nat(),
        (paragraphs, styles, others, seed) => {
          const mixed = paragraphs.map((text, i) => restyle(text, styles[i] ?? 0));
          for (const [i, other] of others.entries()) mixed.splice((seed + i * 7) % (mixed.length + 1), 0, other);
          const match = recogniseStory(modelFromBlocks(mixed.map((text) => ({ kind: 'paragraph', text }))), shippedCatalog);
          expect(match.id).toBe(kerry.id);
          expect(match.coverage).toBeGreaterThanOrEqual(0.95);
        },
      ),
      { numRuns: 60 },
    );
  });

  test('part of the story: recognised from about 60 words on, never under 35, with coverage near the share of words present', () => {
    fc.assert(
      fc.property(fc.subarray(kerryBody), fc.shuffledSubarray(otherBody, { maxLength: 4 }), (part, others) => {
        const model = modelFromBlocks([...others, ...part].map((text) => ({ kind: 'paragraph', text })));
        const match = recogniseStory(model, shippedCatalog);
        const share = wordCount(part) / wordCount(kerryBody);
        if (wordCount(part) >= 80) expect(match.id).toBe(kerry.id);
        if (wordCount(part) < 35) expect(match.id).toBeNull();
        if (match.id !== null) expect(Math.abs(match.coverage - share)).toBeLessThan(0.15);
        if (part.length === 0) expect(match).toEqual({ id: null, title: null, confidence: 0, coverage: 0 });
      }),
      { numRuns: 200 },
    );
  });
});
