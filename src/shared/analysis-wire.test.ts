import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from '../core/analyse';
import { fingerprintStory } from '../core/story/fingerprint';
import { parseStoryText } from '../core/story/parse-story-text';
import { modelFromBlocks } from '../core/text-model';
import { DECODE_STEP_ITEMS, decodeAnalysis, decodeAnalysisSteps, encodeAnalysis } from './analysis-wire';
import type { AnalysisWire } from './protocol';
import { REPORT_LIMITS } from './validate-report';

const story = (name: string) => parseStoryText(name, readFileSync(fileURLToPath(new URL(`../../tests/fixtures/stories/${name}.txt`, import.meta.url)), 'utf8'));
const levy = story('transit-levy');
const reading = (model = levy.model) => ({
  url: 'https://news.example/levy',
  article: { detected: true, title: 'Levy', byline: null, published: null, site: null, wordCount: 500 },
  model,
});

/** Runs steps to the end, counting the pauses between them. */
function pausesOf<T>(steps: Generator<void, T, void>): { value: T; pauses: number } {
  for (let pauses = 0; ; pauses++) {
    const step = steps.next();
    if (step.done) return { value: step.value, pauses };
  }
}

/** The wire as the browser carries it: JSON there and back. */
const carried = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('the analysis on the wire', () => {
  it('comes back as the very analysis the worker made, fingerprint included', () => {
    const page = reading();
    const analysis = analyse(page, []);
    expect(analysis.annotations.length).toBeGreaterThan(3);
    expect(analysis.quotes.length).toBeGreaterThan(0);
    const fingerprint = fingerprintStory(page.model);
    expect(decodeAnalysis(carried(encodeAnalysis(analysis, fingerprint)), page.model.text.length)).toEqual({ ok: true, value: { ...analysis, fingerprint } });
  });

  it('is a fraction of the objects\' size on a long story (what the page parses in one task)', () => {
    const paragraphs = Array.from({ length: 30 }, () => levy.model.text);
    const page = reading(modelFromBlocks(paragraphs.map((text) => ({ kind: 'paragraph' as const, text }))));
    const analysis = analyse(page, []);
    const fingerprint = fingerprintStory(page.model);
    const wire = JSON.stringify(encodeAnalysis(analysis, fingerprint)).length;
    const objects = JSON.stringify({ ...analysis, fingerprint }).length;
    expect(wire).toBeLessThan(objects * 0.4);
  });

  it.each([
    ['a span past the end of the story', (spans: number[]) => [0, 1e6, 0, ...spans.slice(3)]],
    ['an empty span', (spans: number[]) => [5, 5, 0, ...spans.slice(3)]],
    ['an owner that does not exist', (spans: number[]) => [...spans.slice(0, 2), 9_999, ...spans.slice(3)]],
    ['a broken triple', (spans: number[]) => spans.slice(1)],
    ['a negative offset', (spans: number[]) => [-1, ...spans.slice(1)]],
  ])('refuses an answer with %s, whole: nothing of it is painted', (_name, edit) => {
    const page = reading();
    const wire = encodeAnalysis(analyse(page, []), null);
    const decoded = decodeAnalysis({ ...wire, spans: edit(wire.spans) }, page.model.text.length);
    expect(decoded.ok).toBe(false);
  });

  it('refuses an answer whose quotation ids do not match its report, or that is no analysis at all', () => {
    const page = reading();
    const wire = encodeAnalysis(analyse(page, []), null);
    expect(decodeAnalysis({ ...wire, quoteIds: [] }, page.model.text.length)).toMatchObject({ ok: false });
    expect(decodeAnalysis({ ...wire, report: { ...wire.report, version: 99 } }, page.model.text.length)).toMatchObject({ ok: false });
    expect(decodeAnalysis('analysis', 100)).toMatchObject({ ok: false });
    expect(decodeAnalysis(null, 100)).toMatchObject({ ok: false });
  });
});

describe('the analysis of a story that quotes more than a report may carry', () => {
  it('lists and paints its first quotations up to the limit, and passes the page\'s check', { timeout: 60_000 }, () => {
    const quote = '“We will rebuild every road before winter,” said Maria Lindqvist, who leads the recovery.';
    const blocks = Array.from({ length: REPORT_LIMITS.quotes + 50 }, (_, n) => ({ kind: 'paragraph' as const, text: `Dispatch ${n + 1}. ${quote}` }));
    const page = reading(modelFromBlocks(blocks));
    const analysis = analyse(page, []);
    expect(analysis.report.quotes).toHaveLength(REPORT_LIMITS.quotes);
    // the first ones, in story order: the last listed is in the limit's own dispatch
    const last = analysis.quotes[analysis.quotes.length - 1]!;
    expect(page.model.text.slice(0, last.spans[0]!.start)).toMatch(new RegExp(`Dispatch ${REPORT_LIMITS.quotes}\\. \\S*$`));
    const wire = carried(encodeAnalysis(analysis, fingerprintStory(page.model))) as AnalysisWire;
    const decoded = decodeAnalysis(wire, page.model.text.length);
    expect(decoded.ok).toBe(true);
    expect(analysis.annotations.filter((a) => a.kind === 'quote').length).toBeGreaterThanOrEqual(REPORT_LIMITS.quotes);

    // The page decodes it in steps, pausing between slices of quotations and spans, to the same analysis.
    const { value, pauses } = pausesOf(decodeAnalysisSteps(wire, page.model.text.length));
    expect(value).toEqual(decoded);
    expect(pauses).toBeGreaterThanOrEqual(REPORT_LIMITS.quotes / DECODE_STEP_ITEMS - 1);
    // and a flaw in a late slice still refuses the whole answer, named where it is
    const quotes = wire.report.quotes.map((quote, n) => (n === 4_321 ? { ...quote, speaker: 42 } : quote));
    expect(decodeAnalysis({ ...wire, report: { ...wire.report, quotes } }, page.model.text.length)).toMatchObject({
      ok: false,
      error: expect.stringContaining('quotes[4321].speaker'),
    });
    expect(decodeAnalysis({ ...wire, spans: [...wire.spans.slice(0, -3), 0, page.model.text.length + 1, 0] }, page.model.text.length).ok).toBe(false);
    expect(decodeAnalysis({ ...wire, spans: [...wire.spans.slice(0, -1), 0.5] }, page.model.text.length).ok).toBe(false);
  });
});
