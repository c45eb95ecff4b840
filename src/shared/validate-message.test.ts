import fc from 'fast-check';
import { describe, expect, expectTypeOf, test } from 'vitest';
import { fakeReport } from '../background/fake-report';
import { decodeAnalysis } from './analysis-wire';
import type { AnalysisWire, CallError, ContentToBackground, MessageOf, PartedReading, PopupToBackground, ResultOf, StoryPart, StoryReading } from './protocol';
import type { Result } from './result';
import type { StoryReport } from './report';
import { PART_CHARS } from './story-parts';
import {
  CONTENT_TO_BACKGROUND_LIMITS,
  contentToBackgroundParams,
  parseMessage,
  POPUP_TO_BACKGROUND_LIMITS,
  popupToBackgroundParams,
  TO_CONTENT_LIMITS,
  toContentParams,
} from './validate-message';
import { decodeAnswer, encodeAnswer, toWire } from './wire';

const popup = (raw: unknown) => parseMessage(raw, popupToBackgroundParams, POPUP_TO_BACKGROUND_LIMITS);
const content = (raw: unknown) => parseMessage(raw, contentToBackgroundParams, CONTENT_TO_BACKGROUND_LIMITS);
const toContent = (raw: unknown) => parseMessage(raw, toContentParams, TO_CONTENT_LIMITS);
const code = (result: Result<unknown, CallError>) => (result.ok ? 'ok' : result.error.code);

describe('parseMessage', () => {
  test('the test contract call {type: "report:get", tabId} parses to its params', () => {
    expect(popup({ type: 'report:get', tabId: 7 })).toEqual({ ok: true, value: { type: 'report:get', params: { tabId: 7 } } });
  });

  test.each([
    ['null', null, 'malformed'],
    ['a string', 'report:get', 'malformed'],
    ['no type', { tabId: 1 }, 'malformed'],
    ['a numeric type', { type: 3 }, 'malformed'],
    ['an unknown type', { type: 'report:delete', tabId: 1 }, 'unknown-type'],
    ['a prototype key as type', { type: 'toString' }, 'unknown-type'],
    ['__proto__ as type', JSON.parse('{"type":"__proto__"}'), 'unknown-type'],
    ['a missing tab id', { type: 'report:get' }, 'malformed'],
    ['a negative tab id', { type: 'report:get', tabId: -1 }, 'malformed'],
    ['a string tab id', { type: 'report:get', tabId: '7' }, 'malformed'],
    ['a fractional tab id', { type: 'report:get', tabId: 1.5 }, 'malformed'],
    ['an oversized stats call', { type: 'library:stats', padding: 'x'.repeat(20_000) }, 'too-large'],
    ['a value JSON cannot hold', { type: 'library:import', data: { n: 10n } }, 'malformed'],
  ])('%s is an error value, not an exception', (_name, raw, expected) => {
    expect(code(popup(raw))).toBe(expected);
  });

  test('an import file over its size limit is refused as too large', () => {
    expect(code(popup({ type: 'library:import', data: 'x'.repeat(64_000_001) }))).toBe('too-large');
  });

  test('a report:put carrying a malformed report names the field', () => {
    const result = content({ type: 'report:put', report: { ...fakeReport('T'), entities: [{ id: 1 }] } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toContain('report.entities[0].id');
  });

  test('a report:put with a fingerprint keeps it; a fingerprint nested deeper than JSON data allows is refused', () => {
    const fingerprint = { version: 1, words: 10, hashes: 'AAAA' };
    const good = content({ type: 'report:put', report: fakeReport('T'), fingerprint });
    expect(good.ok && good.value.type === 'report:put' && good.value.params.fingerprint).toEqual(fingerprint);
    let deep: unknown = 1;
    for (let i = 0; i < 10; i += 1) deep = [deep];
    expect(code(content({ type: 'report:put', report: fakeReport('T'), fingerprint: deep }))).toBe('malformed');
  });

  test('tab calls check their params: kinds are the four annotation kinds', () => {
    expect(toContent({ type: 'highlights:toggle' }).ok).toBe(true);
    expect(toContent({ type: 'highlights:toggle', kind: 'quote', on: false }).ok).toBe(true);
    expect(code(toContent({ type: 'highlights:toggle', kind: 'animal' }))).toBe('malformed');
    expect(code(toContent({ type: 'highlights:show', ref: 42 }))).toBe('malformed');
  });

  const reading = (model: unknown) => ({
    type: 'story:analyse',
    url: 'https://news.example/a',
    article: { detected: true, title: 'A', byline: null, published: null, site: null, wordCount: 3 },
    model,
  });

  test('a story:analyse reading passes with blocks that are spans of its text in order; anything else names the block', () => {
    const text = 'Headline\n\nOne paragraph.';
    const model = { text, blocks: [{ kind: 'headline', start: 0, end: 8 }, { kind: 'paragraph', start: 10, end: text.length }] };
    expect(content(reading(model))).toMatchObject({ ok: true, value: { type: 'story:analyse', params: { model } } });
    const overlapping = content(reading({ text, blocks: [model.blocks[1], model.blocks[0]] }));
    expect(!overlapping.ok && overlapping.error.message).toContain('model.blocks[1]');
    expect(code(content(reading({ text, blocks: [{ kind: 'paragraph', start: 0, end: text.length + 1 }] })))).toBe('malformed');
    expect(code(content(reading({ text: 42, blocks: [] })))).toBe('malformed');
  });

  test('a 5 MB story is within story:analyse\'s limits; a story past them is refused as too large', () => {
    const text = 'word '.repeat(1_000_000);
    expect(content(reading({ text, blocks: [{ kind: 'paragraph', start: 0, end: text.length }] })).ok).toBe(true);
    const huge = 'x'.repeat(25_000_000);
    expect(code(content(reading({ text: huge, blocks: [] })))).toBe('too-large');
  });

  test('a story:analyse names the parts its model went ahead in, or carries the model, never neither; a part is checked block by block', () => {
    const article = { detected: true, title: 'A', byline: null, published: null, site: null, wordCount: 3 };
    const parted = { type: 'story:analyse', url: null, article, parts: { id: 'p-1', count: 3 } };
    expect(content(parted)).toMatchObject({ ok: true, value: { params: { parts: { id: 'p-1', count: 3 } } } });
    expect(code(content({ ...parted, parts: { id: 'p-1', count: 0 } }))).toBe('malformed');
    expect(code(content({ ...parted, parts: { id: 'x'.repeat(65), count: 1 } }))).toBe('malformed');
    expect(code(content({ type: 'story:analyse', url: null, article }))).toBe('malformed');
    const part = { type: 'story:part', id: 'p-1', index: 0, text: 'One paragraph.', blocks: [{ kind: 'paragraph', start: 0, end: 14 }] };
    expect(content(part).ok).toBe(true);
    expect(code(content({ ...part, index: -1 }))).toBe('malformed');
    expect(code(content({ ...part, blocks: [{ kind: 'sidebar', start: 0, end: 14 }] }))).toBe('malformed');
    expect(code(content({ ...part, text: 'x'.repeat(PART_CHARS + 1) }))).toBe('malformed');
  });

  test('no input whatever makes it throw', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true }), (raw) => {
        expect(() => popup(raw)).not.toThrow();
        expect(() => content(raw)).not.toThrow();
        expect(() => content({ type: 'report:put', report: raw })).not.toThrow();
        expect(() => content(reading(raw))).not.toThrow();
        expect(() => content({ type: 'story:analyse', url: null, article: null, parts: raw })).not.toThrow();
        expect(() => content({ type: 'story:part', id: 'p', index: 0, text: '', blocks: raw })).not.toThrow();
        expect(() => decodeAnalysis(raw, 1_000)).not.toThrow();
        expect(() => decodeAnalysis({ report: fakeReport('T'), fingerprint: null, quoteIds: ['q'], quoteSpeakerIds: [null], spans: raw }, 1_000)).not.toThrow();
      }),
    );
  });
});

describe('the wire format', () => {
  test('success is the bare result, failure {error: {code, message}}; both decode to a Result', () => {
    expect(encodeAnswer({ ok: true, value: { stories: 2 } })).toEqual({ stories: 2 });
    expect(encodeAnswer({ ok: true, value: undefined })).toBeNull();
    const failure = encodeAnswer({ ok: false, error: { code: 'forbidden', message: 'no' } });
    expect(failure).toEqual({ error: { code: 'forbidden', message: 'no' } });
    expect(decodeAnswer(failure)).toEqual({ ok: false, error: { code: 'forbidden', message: 'no' } });
    expect(decodeAnswer(undefined)).toEqual({ ok: true, value: null });
    expect(toWire<PopupToBackground, 'report:get'>('report:get', { tabId: 3 })).toEqual({ type: 'report:get', tabId: 3 });
  });

  test('the call maps pin each payload and answer type', () => {
    expectTypeOf<MessageOf<PopupToBackground, 'report:get'>>().toEqualTypeOf<{ type: 'report:get' } & { tabId: number }>();
    expectTypeOf<ResultOf<PopupToBackground, 'report:get'>>().toEqualTypeOf<StoryReport | null>();
    expectTypeOf<ResultOf<ContentToBackground, 'report:put'>>().toEqualTypeOf<void>();
    expectTypeOf<MessageOf<ContentToBackground, 'story:analyse'>>().toEqualTypeOf<{ type: 'story:analyse' } & (StoryReading | PartedReading)>();
    expectTypeOf<ResultOf<ContentToBackground, 'story:analyse'>>().toEqualTypeOf<AnalysisWire>();
    expectTypeOf<MessageOf<ContentToBackground, 'story:part'>>().toEqualTypeOf<{ type: 'story:part' } & StoryPart>();
    expectTypeOf<ResultOf<ContentToBackground, 'story:part'>>().toEqualTypeOf<void>();
    // @ts-expect-error a report:get without its tab id does not type-check
    toWire<PopupToBackground, 'report:get'>('report:get', {});
  });
});
