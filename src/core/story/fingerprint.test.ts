import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { modelFromBlocks } from '../text-model';
import { compareFingerprints } from './compare-fingerprints';
import { fingerprintHashes, fingerprintStory, isStoryFingerprint } from './fingerprint';
import { parseStoryText } from './parse-story-text';
import { shippedCatalog } from './shipped-catalog';

const kerry = shippedCatalog[0]!;
const fixture = (name: string) =>
  parseStoryText(name, readFileSync(new URL(`../../../tests/fixtures/stories/${name}`, import.meta.url), 'utf8')).model;
const paragraphs = (...texts: string[]) => modelFromBlocks(texts.map((text) => ({ kind: 'paragraph' as const, text })));

describe('fingerprintStory', () => {
  test('ignores case, punctuation, curly or straight quotes, apostrophes and white space', () => {
    const curly = paragraphs('No breakthrough occurred, but Kerry’s team said the parties reached a “broad agreement” on some points.');
    const plain = paragraphs('no breakthrough occurred  but KERRY\'S team said the parties reached a "broad agreement" on some points');
    expect(fingerprintStory(plain)).toEqual(fingerprintStory(curly));
  });

  test('ignores the headline and highlights, which sites rewrite', () => {
    const retitled = modelFromBlocks([
      { kind: 'headline', text: 'A wholly different headline for the same report' },
      ...kerry.model.blocks.filter((b) => b.kind !== 'headline' && b.kind !== 'highlight').map((b) => ({ kind: b.kind, text: kerry.model.text.slice(b.start, b.end) })),
    ]);
    expect(fingerprintStory(retitled)).toEqual(fingerprintStory(kerry.model));
  });

  test('is compact and survives a JSON round trip', () => {
    const fingerprint = fingerprintStory(kerry.model);
    const stored = JSON.parse(JSON.stringify(fingerprint));
    expect(isStoryFingerprint(stored)).toBe(true);
    expect(compareFingerprints(stored, fingerprint)).toEqual({ containment: 1, coverage: 1, similarity: 1, shared: fingerprintHashes(fingerprint).length });
    // a 393-word story in well under a kilobyte: 2,000 of them fit storage.local many times over
    expect(JSON.stringify(fingerprint).length).toBeLessThan(1000);
    expect(fingerprint.words).toBe(393);
  });

  test('an empty story has an empty fingerprint that matches nothing', () => {
    const empty = fingerprintStory(modelFromBlocks([]));
    expect(fingerprintHashes(empty)).toHaveLength(0);
    expect(compareFingerprints(empty, fingerprintStory(kerry.model))).toEqual({ containment: 0, coverage: 0, similarity: 0, shared: 0 });
  });

  test('rejects malformed stored fingerprints', () => {
    const good = fingerprintStory(kerry.model);
    expect(isStoryFingerprint({ ...good, version: 0 })).toBe(false);
    expect(isStoryFingerprint({ ...good, words: -1 })).toBe(false);
    expect(isStoryFingerprint({ ...good, hashes: 'not base64!' })).toBe(false);
    expect(isStoryFingerprint({ ...good, hashes: 'AAA=' })).toBe(false); // 2 bytes: not whole hashes
    expect(isStoryFingerprint(null)).toBe(false);
    expect(isStoryFingerprint('x')).toBe(false);
  });
});

describe('compareFingerprints', () => {
  const story = fingerprintStory(kerry.model);

  test('the same story on another site, with paragraphs reordered, is nearly the same text', () => {
    const result = compareFingerprints(fingerprintStory(fixture('kerry-reordered.txt')), story);
    expect(result.coverage).toBeGreaterThan(0.95);
    expect(result.containment).toBeGreaterThan(0.95);
    expect(result.similarity).toBeGreaterThan(0.9);
  });

  test('an article quoting three paragraphs covers part of the story and is mostly other text', () => {
    const result = compareFingerprints(fingerprintStory(fixture('kerry-excerpt.txt')), story);
    expect(result.coverage).toBeGreaterThan(0.1);
    expect(result.coverage).toBeLessThan(0.4);
    expect(result.containment).toBeGreaterThan(0.2);
    expect(result.containment).toBeLessThan(0.7);
  });

  test('a report of the same events by another desk shares names, not text', () => {
    const result = compareFingerprints(fingerprintStory(fixture('syria-talks-other-desk.txt')), story);
    expect(result.shared).toBeLessThanOrEqual(2);
    expect(result.similarity).toBeLessThan(0.02);
  });
});
