import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyse } from '../core/analyse';
import { analyseSteps } from '../core/analyse-steps';
import type { Slicer } from '../core/run-steps';
import { runStepsSliced } from '../core/run-steps';
import { shippedCatalog } from '../core/story/shipped-catalog';
import { readPage, readPageSteps } from './read-page';

// The content script reads and analyses a story in steps that yield to the page; the reader must get
// exactly what the one-piece path (the CLI's) gives. The corpus page is read from the team workspace
// (../shared) and skipped without it.
const fixtures = fileURLToPath(new URL('../../tests/fixtures/', import.meta.url));
const corpus = fileURLToPath(new URL('../../../shared/corpus/pages/', import.meta.url));
const hasCorpus = existsSync(`${corpus}bbc-1/source.html`);
if (!hasCorpus) console.warn(`stepwise corpus test skipped: ${corpus} is absent (it ships with the team workspace).`);

const load = (html: string, url: string, scripts = false) =>
  new JSDOM(html, { url, virtualConsole: new VirtualConsole(), runScripts: scripts ? 'dangerously' : undefined }).window.document;

/** A slicer that yields at every pause (the worst case for state kept across steps), counting them. */
function everyStep(): Slicer & { pauses: number } {
  return {
    pauses: 0,
    due: () => true,
    async next() {
      this.pauses += 1;
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

async function stepwise(doc: Document, url: string) {
  const slicer = everyStep();
  const reading = await runStepsSliced(readPageSteps(doc, url), slicer);
  const readPauses = slicer.pauses;
  const analysis = await runStepsSliced(analyseSteps(reading, shippedCatalog), slicer);
  return { reading, analysis, readPauses, analysePauses: slicer.pauses - readPauses };
}

function expectSameAsOnePiece(doc: Document, url: string, got: Awaited<ReturnType<typeof stepwise>>) {
  const reading = readPage(doc, url);
  expect(got.reading.model).toEqual(reading.model);
  expect(got.reading.article).toEqual(reading.article);
  const anchors = (r: typeof reading) => r.model.blocks.map((block) => r.anchors.rangeFor(block)?.toString());
  expect(anchors(got.reading)).toEqual(anchors(reading));
  expect(got.analysis).toEqual(analyse(reading, shippedCatalog));
}

describe('reading and analysing in steps', { timeout: 120_000 }, () => {
  it('cnn-2016: the same story, entities, quotations and highlights as the one-piece path', async () => {
    const url = 'http://www.cnn.com/2016/10/16/';
    const doc = load(readFileSync(`${fixtures}kerry-syria/cnn-2016.html`, 'utf8'), url);
    const got = await stepwise(doc, url);
    expect(got.analysis.report.story.id).not.toBeNull();
    expect(got.analysis.entities.length).toBeGreaterThan(5);
    expectSameAsOnePiece(doc, url, got);
  });

  it('a page that is not a story is answered without a pause', async () => {
    const url = 'http://www.cnn.com/';
    const doc = load(readFileSync(`${fixtures}kerry-syria/homepage.html`, 'utf8'), url);
    const got = await stepwise(doc, url);
    expect(got.reading.article.detected).toBe(false);
    expect(got.readPauses).toBe(0);
    expect(got.analysis.annotations).toEqual([]);
  });

  it.skipIf(!hasCorpus)('a corpus news page (bbc-1): the same reading and analysis', async () => {
    const url = 'http://www.bbc.com/news/world-us-canada-33646704';
    const doc = load(readFileSync(`${corpus}bbc-1/source.html`, 'utf8'), url);
    const got = await stepwise(doc, url);
    expect(got.analysis.entities.length).toBeGreaterThan(5);
    expectSameAsOnePiece(doc, url, got);
  });

  it('a 100,000-word story: the same answer, with the page given its turn dozens of times', async () => {
    const url = 'http://127.0.0.1/huge.html';
    const doc = load(readFileSync(`${fixtures}live/huge.html`, 'utf8'), url, true);
    const got = await stepwise(doc, url);
    expect(got.reading.article.wordCount).toBeGreaterThan(90_000);
    // a pause at least every ~10,000 words of reading and ~2,500 words of analysis
    expect(got.readPauses).toBeGreaterThanOrEqual(10);
    expect(got.analysePauses).toBeGreaterThanOrEqual(40);
    expectSameAsOnePiece(doc, url, got);
  });
});
