import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyse } from '../core/analyse';
import { analyseSteps } from '../core/analyse-steps';
import type { Slicer } from '../core/run-steps';
import { runStepsSliced } from '../core/run-steps';
import { shippedCatalog } from '../core/story/shipped-catalog';
import { BODY_STEP_PARAGRAPHS, findBody, findBodySteps } from './find-body';
import { HIGHLIGHTS_STEP_ELEMENTS, findHighlightsSteps } from './find-highlights';
import { STEP_ELEMENTS, findParagraphs, paragraphSteps } from './find-paragraphs';
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

/** Runs steps to the end, counting the pauses between them. */
function pausesOf<T>(steps: Generator<void, T, void>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, pauses };
    pauses += 1;
  }
}

// A heavy page's passes hold little text per element, or are over elements rather than text: each must
// pause along the way, or it runs as one long task however the rest of the reading is sliced.
describe('every long pass of a reading pauses', () => {
  const paragraph = 'The river authority said on Tuesday that barges would stay moored until the water rose again, and that the closure could last weeks.';
  const page = () => load('<!DOCTYPE html><html lang="en"><head><title>Barges halted</title></head><body><article><h1>Barges halted</h1><div class="body"></div></article></body></html>', 'http://127.0.0.1/heavy.html');

  it('the walk over thousands of nested wrappers and a table of 10,000 cells, with hardly any text, pauses every few thousand elements', () => {
    const doc = page();
    // (jsdom builds a deep tree slowly: 4,000 levels here, 10,000 in the browsers' end-to-end test)
    let wrapper = doc.querySelector('.body') as Element;
    for (let i = 0; i < 4_000; i++) wrapper = wrapper.appendChild(doc.createElement('span'));
    for (let i = 0; i < 3; i++) wrapper.appendChild(doc.createElement('p')).textContent = paragraph;
    const table = doc.body.appendChild(doc.createElement('section'));
    for (let i = 0; i < 10_000; i++) table.appendChild(doc.createElement('span')).textContent = String(i % 10);
    const { value, pauses } = pausesOf(paragraphSteps(doc.body, new Set()));
    expect(value.map((p) => p.text).slice(0, 3)).toEqual([paragraph, paragraph, paragraph]);
    expect(pauses).toBeGreaterThanOrEqual(14_000 / STEP_ELEMENTS - 1);
  }, 60_000);

  it('scoring 3,000 paragraphs for the story body pauses every few hundred, and finds the same body as in one piece', () => {
    const doc = page();
    const body = doc.querySelector('.body') as Element;
    for (let i = 0; i < 3_000; i++) body.appendChild(doc.createElement('p')).textContent = `${i}. ${paragraph}`;
    const candidates = findParagraphs(doc.body, new Set());
    const { value, pauses } = pausesOf(findBodySteps(candidates));
    expect(value.paragraphs).toHaveLength(3_000);
    expect(value).toEqual(findBody(candidates));
    // three passes over the paragraphs (hidden ones, scores, the chosen ones), each pausing
    expect(pauses).toBeGreaterThanOrEqual(3 * (3_000 / BODY_STEP_PARAGRAPHS) - 3);
  });

  it('looking for a highlights block among 3,000 elements of the story pauses every thousand, and still finds it at the end', () => {
    const doc = page();
    const body = doc.querySelector('.body') as Element;
    for (let i = 0; i < 3_000; i++) body.appendChild(doc.createElement('p')).textContent = paragraph;
    const box = body.appendChild(doc.createElement('div'));
    box.className = 'story-highlights';
    for (let i = 0; i < 3; i++) box.appendChild(doc.createElement('ul')).appendChild(doc.createElement('li')).textContent = `Point ${i}: ${paragraph}`;
    const headline = doc.querySelector('h1');
    const { value, pauses } = pausesOf(findHighlightsSteps(doc, headline, body));
    expect(value?.element).toBe(box);
    expect(pauses).toBeGreaterThanOrEqual(3_000 / HIGHLIGHTS_STEP_ELEMENTS);
  });
});
