import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fakeReport } from '../background/fake-report';
import type { StoryReport } from './report';
import { REPORT_LIMITS, validateReport } from './validate-report';

const valid = fakeReport('Harbour reopens after storm');

/** Arbitrary reports within the schema, to check that every valid report passes unchanged. */
const reportArbitrary: fc.Arbitrary<StoryReport> = fc.record({
  version: fc.constant(1 as const),
  url: fc.option(fc.webUrl(), { nil: null }),
  article: fc.record({
    detected: fc.boolean(),
    title: fc.option(fc.string({ maxLength: 200 }), { nil: null }),
    byline: fc.option(fc.string({ maxLength: 50 }), { nil: null }),
    published: fc.option(fc.string({ maxLength: 30 }), { nil: null }),
    site: fc.option(fc.string({ maxLength: 50 }), { nil: null }),
    wordCount: fc.nat({ max: 1_000_000 }),
  }),
  story: fc.record({
    id: fc.option(fc.string({ maxLength: 40 }), { nil: null }),
    title: fc.option(fc.string({ maxLength: 100 }), { nil: null }),
    confidence: fc.double({ min: 0, max: 1, noNaN: true }),
    coverage: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  highlights: fc.array(fc.record({ text: fc.string({ maxLength: 200 }), source: fc.constantFrom('page' as const, 'catalog' as const, 'generated' as const) }), { maxLength: 5 }),
  entities: fc.array(
    fc.record({
      id: fc.string({ maxLength: 10 }),
      type: fc.constantFrom('person' as const, 'place' as const, 'organization' as const),
      name: fc.string({ maxLength: 60 }),
      aliases: fc.array(fc.string({ maxLength: 60 }), { maxLength: 4 }),
      mentions: fc.integer({ min: 1, max: 500 }),
    }),
    { maxLength: 20 },
  ),
  quotes: fc.array(fc.record({ text: fc.string({ maxLength: 300 }), speaker: fc.option(fc.string({ maxLength: 60 }), { nil: null }) }), { maxLength: 10 }),
});

describe('validateReport', () => {
  test('every report within the schema passes and comes back equal', () => {
    fc.assert(
      fc.property(reportArbitrary, (report) => {
        const result = validateReport(report);
        expect(result).toEqual({ ok: true, value: report });
      }),
    );
  });

  test('fields a report does not define are left out of the copy it answers', () => {
    const result = validateReport({ ...valid, injected: '<img src=x onerror=alert(1)>', article: { ...valid.article, extra: 1 } });
    expect(result.ok && 'injected' in result.value).toBe(false);
    expect(result.ok && 'extra' in result.value.article).toBe(false);
  });

  test('optional schema fields missing are read as null / 0', () => {
    const { byline: _b, published: _p, site: _s, ...article } = valid.article;
    const result = validateReport({ ...valid, article, story: { id: null, confidence: 0 } });
    expect(result).toMatchObject({ ok: true, value: { article: { byline: null, published: null, site: null }, story: { title: null, coverage: 0 } } });
  });

  test.each([
    ['not an object', 'report'],
    ['wrong version', { ...valid, version: 2 }],
    ['missing entities', { ...valid, entities: undefined }],
    ['entity type unknown', { ...valid, entities: [{ ...valid.entities[0], type: 'animal' }] }],
    ['mentions zero', { ...valid, entities: [{ ...valid.entities[0], mentions: 0 }] }],
    ['confidence above 1', { ...valid, story: { ...valid.story, confidence: 1.5 } }],
    ['confidence NaN', { ...valid, story: { ...valid.story, confidence: Number.NaN } }],
    ['word count fractional', { ...valid, article: { ...valid.article, wordCount: 1.5 } }],
    ['highlight source unknown', { ...valid, highlights: [{ text: 'x', source: 'ai' }] }],
    ['quote speaker a number', { ...valid, quotes: [{ text: 'x', speaker: 3 }] }],
    ['aliases not a list', { ...valid, entities: [{ ...valid.entities[0], aliases: 'Moreno' }] }],
    ['title too long', { ...valid, article: { ...valid.article, title: 'x'.repeat(REPORT_LIMITS.title + 1) } }],
    ['too many entities', { ...valid, entities: Array.from({ length: REPORT_LIMITS.entities + 1 }, () => valid.entities[0]) }],
  ])('rejects a report with %s, naming where', (_name, raw) => {
    const result = validateReport(raw);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^report/);
  });
});
