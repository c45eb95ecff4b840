import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from '../core/analyse';
import type { Slicer } from '../core/run-steps';
import type { CatalogStory } from '../core/story/catalog';
import { fingerprintStory } from '../core/story/fingerprint';
import { parseStoryText } from '../core/story/parse-story-text';
import type { TextModel } from '../core/text-model';
import { modelFromBlocks } from '../core/text-model';
import { decodeAnalysis } from '../shared/analysis-wire';
import type { SavedStory, StoryPart, StoryReading } from '../shared/protocol';
import { storyParts } from '../shared/story-parts';
import { fakeReport } from './fake-report';
import { ANALYSIS_MEASURE, StoryAnalyser } from './story-analyser';
import { startWorker } from './test-background';

const story = (name: string) => parseStoryText(name, readFileSync(fileURLToPath(new URL(`../../tests/fixtures/stories/${name}.txt`, import.meta.url)), 'utf8'));
const levy = story('transit-levy');
const reef = story('reef-survey');
const cup = story('cup-final');

/** A made-up shipped catalog of one story (the real one is data; these tests do not depend on it). */
const shipped: CatalogStory[] = [{ ...reef, id: 'shipped-reef', title: 'Reef survey finds recovery' }];

/** A story as another site prints it: another headline, its paragraphs in another order. */
function elsewhere(from: CatalogStory, headline: string): TextModel {
  const paragraphs = from.model.blocks.filter((block) => block.kind === 'paragraph').map((block) => from.model.text.slice(block.start, block.end));
  return modelFromBlocks([
    { kind: 'headline', text: headline },
    ...[...paragraphs.slice(2), ...paragraphs.slice(0, 2)].map((text) => ({ kind: 'paragraph' as const, text })),
  ]);
}

const readingOf = (model: TextModel, title: string | null = null): StoryReading => ({
  url: 'https://news.example/story',
  article: { detected: true, title, byline: null, published: null, site: 'News Example', wordCount: model.text.split(/\s+/).length },
  model,
});

const savedOf = (from: CatalogStory, id: string, title: string): SavedStory => ({
  id,
  title,
  highlights: ['Councillors voted 9 to 4'],
  published: null,
  source: 'example.org',
  fingerprint: fingerprintStory(from.model),
});

describe('StoryAnalyser', () => {
  it('answers what the core answers on the same reading, with the story text\'s fingerprint', async () => {
    const analyser = new StoryAnalyser({ shipped, saved: async () => [] });
    const reading = readingOf(elsewhere(reef, 'Divers count new coral'));
    const answer = await analyser.analyse(reading, 1);
    expect(answer.report.story).toMatchObject({ id: 'shipped-reef', title: 'Reef survey finds recovery' });
    const { report, entities, quotes, annotations } = analyse(reading, shipped);
    expect(answer).toEqual({ report, entities, quotes, annotations, fingerprint: fingerprintStory(reading.model) });
    expect(answer.annotations.length).toBeGreaterThan(0);
  });

  it('recognises a story saved since its last analysis, and forgets one removed, without restarting', async () => {
    let saved: unknown[] = [];
    const analyser = new StoryAnalyser({ shipped, saved: async () => saved });
    const page = readingOf(elsewhere(levy, 'Voters to decide on bus levy'));
    expect((await analyser.analyse(page, 1)).report.story.id).toBeNull();
    saved = [savedOf(levy, 'saved-levy', 'City council backs transit levy')];
    expect((await analyser.analyse(page, 1)).report.story).toMatchObject({ id: 'saved-levy', title: 'City council backs transit levy' });
    saved = [];
    expect((await analyser.analyse(page, 1)).report.story.id).toBeNull();
    // The shipped story is still known after all that.
    expect((await analyser.analyse(readingOf(reef.model), 1)).report.story.id).toBe('shipped-reef');
  });

  it('analyses with the catalog last known when the saved stories cannot be read', async () => {
    let fail = false;
    const analyser = new StoryAnalyser({
      shipped,
      saved: async () => {
        if (fail) throw new Error('storage unavailable');
        return [savedOf(levy, 'saved-levy', 'City council backs transit levy')];
      },
    });
    const page = readingOf(elsewhere(levy, 'Voters to decide on bus levy'));
    expect((await analyser.analyse(page, 1)).report.story.id).toBe('saved-levy');
    fail = true;
    expect((await analyser.analyse(page, 1)).report.story.id).toBe('saved-levy');
  });

  it('gives its thread back between slices of a long story, and answers as it would in one piece', async () => {
    let pauses = 0;
    // A slicer that is due after every step: the most pauses an analysis can make.
    const everyStep = (): Slicer => ({ due: () => true, next: async () => void pauses++ });
    const analyser = new StoryAnalyser({ shipped, saved: async () => [], slicer: everyStep });
    const paragraphs = Array.from({ length: 40 }, (_, i) => [levy, reef, cup][i % 3]!.model.text);
    const long = readingOf(modelFromBlocks(paragraphs.map((text) => ({ kind: 'paragraph' as const, text }))));
    const answer = await analyser.analyse(long, 1);
    expect(pauses).toBeGreaterThan(5);
    const { report, annotations } = analyse(long, shipped);
    expect(answer.report).toEqual(report);
    expect(answer.annotations).toEqual(annotations);
  });
});

describe('StoryAnalyser on a page that grows', () => {
  /** The block counts of the worker's latest analysis, from its User Timing measure. */
  const latestBlocks = () => (performance.getEntriesByName(ANALYSIS_MEASURE).at(-1) as PerformanceMeasure).detail.blocks;
  const paragraphs = (from: CatalogStory) => from.model.blocks.map((block) => ({ kind: block.kind, text: from.model.text.slice(block.start, block.end) }));
  const first = modelFromBlocks([...paragraphs(levy), ...paragraphs(cup)]);
  const late = { kind: 'paragraph' as const, text: 'Later on Sunday, Mayor Ines Duarte told reporters in Porto: “The vote stands, and the buses will run.”' };
  const grown = modelFromBlocks([...paragraphs(levy), ...paragraphs(cup), late]);

  it('reads only the appended paragraph afresh, and answers as an analysis from scratch does', async () => {
    // what reading the late paragraph alone costs: its block results, one per block-local stage
    await new StoryAnalyser({ shipped, saved: async () => [] }).analyse(readingOf(modelFromBlocks([late])), 9);
    const lateAlone = latestBlocks().computed;
    const analyser = new StoryAnalyser({ shipped, saved: async () => [] });
    await analyser.analyse(readingOf(first), 7);
    const { computed: firstTime, reused } = latestBlocks();
    expect(reused).toBe(0);
    const answer = await analyser.analyse(readingOf(grown), 7);
    // the late paragraph is read, nothing else is read again
    expect(latestBlocks()).toEqual({ computed: lateAlone, reused: firstTime });
    // a paragraph's sentences, names, words and share of the fingerprint
    expect(lateAlone).toBe(4);
    const { report, entities, quotes, annotations } = analyse(readingOf(grown), shipped);
    expect(answer).toEqual({ report, entities, quotes, annotations, fingerprint: fingerprintStory(grown) });
    expect(answer.report.entities.map((entity) => entity.name)).toContain('Ines Duarte');
  });

  it('keeps each tab\'s blocks apart, and forgets a tab that closed', async () => {
    const analyser = new StoryAnalyser({ shipped, saved: async () => [] });
    await analyser.analyse(readingOf(first), 7);
    await analyser.analyse(readingOf(grown), 8);
    expect(latestBlocks()).toMatchObject({ reused: 0 });
    analyser.forget(7);
    await analyser.analyse(readingOf(grown), 7);
    expect(latestBlocks()).toMatchObject({ reused: 0 });
  });
});

describe('story:analyse in the worker', () => {
  const call = (reading: StoryReading) => ({ type: 'story:analyse', ...reading });

  it('answers the content script of a web page with the analysis of the story it read', async () => {
    const { browser } = startWorker(undefined, { shippedCatalog: shipped });
    const reading = readingOf(reef.model, 'Reef survey');
    const answer = await browser.fromTab(4, call(reading));
    const decoded = decodeAnalysis(answer, reading.model.text.length);
    expect(decoded.ok && decoded.value.report.story.id).toBe('shipped-reef');
    const { report, annotations } = analyse(reading, shipped);
    expect(decoded.ok && decoded.value).toMatchObject({ report, annotations, fingerprint: fingerprintStory(reading.model) });
  });

  it('recognises a story the reader saved from the popup on the next page that carries it', async () => {
    const { browser } = startWorker(undefined, { shippedCatalog: shipped });
    const report = fakeReport('City council backs transit levy');
    await browser.fromTab(1, { type: 'report:put', report, fingerprint: fingerprintStory(levy.model) }, 'https://city.example/levy');
    const { id } = (await browser.fromPopup({ type: 'catalog:save', tabId: 1 })) as { id: string };
    const answer = (await browser.fromTab(2, call(readingOf(elsewhere(levy, 'Voters to decide on bus levy'))))) as { report: { story: { id: string } } };
    expect(answer.report.story.id).toBe(id);
  });

  it.each([
    ['another extension', { id: 'someone-else', url: 'https://evil.example/', tab: { id: 1 }, frameId: 0 }],
    ['a content script in a sub-frame', { id: 'story-lens-test', url: 'https://ads.example/', tab: { id: 1 }, frameId: 3 }],
    ['a Story Lens page', { id: 'story-lens-test', url: 'chrome-extension://story-lens-test/popup/popup.html' }],
  ])('is refused to %s', async (_name, sender) => {
    const { browser } = startWorker(undefined, { shippedCatalog: shipped });
    expect(await browser.send(call(readingOf(reef.model)), sender)).toMatchObject({
      error: { code: 'forbidden' },
    });
  });

  it.each([
    ['blocks outside the text', { ...reef.model, blocks: [{ kind: 'paragraph', start: 0, end: reef.model.text.length + 5 }] }],
    ['blocks out of order', { ...reef.model, blocks: [...reef.model.blocks].reverse() }],
    ['a block of an unknown kind', { ...reef.model, blocks: [{ kind: 'sidebar', start: 0, end: 3 }] }],
    ['no text', { blocks: [] }],
  ])('answers a reading with %s with an error value, not an analysis', async (_name, model) => {
    const { browser } = startWorker(undefined, { shippedCatalog: shipped });
    expect(await browser.fromTab(4, { ...call(readingOf(reef.model)), model })).toMatchObject({ error: { code: 'malformed' } });
  });

  describe('a long story sent ahead in parts', () => {
    const paragraph = levy.model.text.replace(/\s+/g, ' ');
    const long = modelFromBlocks(Array.from({ length: Math.ceil(700_000 / paragraph.length) }, (_, i) => ({ kind: 'paragraph' as const, text: `${i}. ${paragraph}` })));
    const reading = readingOf(long, 'Transit levy');
    const parts = storyParts(long, 'story-7')!;
    const analyseParts = (count = parts.length, id = 'story-7') => ({ type: 'story:analyse', url: reading.url, article: reading.article, parts: { id, count } });
    const send = async (browser: ReturnType<typeof startWorker>['browser'], tab: number, sent: readonly StoryPart[]) => {
      for (const part of sent) expect(await browser.fromTab(tab, { type: 'story:part', ...part })).toBeNull();
    };

    it('is analysed as the same story sent whole', async () => {
      expect(parts.length).toBeGreaterThanOrEqual(3);
      const { browser } = startWorker(undefined, { shippedCatalog: shipped });
      await send(browser, 4, parts);
      const answer = await browser.fromTab(4, analyseParts());
      expect(answer).toEqual(await browser.fromTab(5, call(reading)));
      expect(decodeAnalysis(answer, long.text.length)).toMatchObject({ ok: true, value: { report: { article: { title: 'Transit levy' } } } });
      // the parts are gone once used: the same call again finds none
      expect(await browser.fromTab(4, analyseParts())).toMatchObject({ error: { code: 'not-found' } });
    }, 120_000);

    it('with a part missing, an error value, not an analysis of part of the story', async () => {
      const { browser } = startWorker(undefined, { shippedCatalog: shipped });
      await send(browser, 4, parts.slice(0, -1));
      expect(await browser.fromTab(4, analyseParts())).toMatchObject({ error: { code: 'not-found', message: expect.stringContaining(`${parts.length - 1} of ${parts.length}`) } });
    });

    it('a part out of order, or one of another story, is refused and drops what came before', async () => {
      const { browser } = startWorker(undefined, { shippedCatalog: shipped });
      await send(browser, 4, parts.slice(0, 1));
      expect(await browser.fromTab(4, { type: 'story:part', ...parts[2]! })).toMatchObject({ error: { code: 'malformed' } });
      expect(await browser.fromTab(4, analyseParts())).toMatchObject({ error: { code: 'not-found' } });
      await send(browser, 4, parts.slice(0, 1));
      expect(await browser.fromTab(4, { type: 'story:part', ...parts[1]!, id: 'story-8' })).toMatchObject({ error: { code: 'malformed' } });
    });

    it('parts whose joined blocks are not spans of the joined text are refused', async () => {
      const { browser } = startWorker(undefined, { shippedCatalog: shipped });
      const last = parts[parts.length - 1]!;
      const beyond = { ...last, blocks: [...last.blocks, { kind: 'paragraph' as const, start: long.text.length, end: long.text.length + 10 }] };
      await send(browser, 4, [...parts.slice(0, -1), beyond]);
      expect(await browser.fromTab(4, analyseParts())).toMatchObject({ error: { code: 'malformed' } });
    });

    it('each tab\'s parts are its own: another tab naming them finds none', async () => {
      const { browser } = startWorker(undefined, { shippedCatalog: shipped });
      await send(browser, 4, parts);
      expect(await browser.fromTab(6, analyseParts())).toMatchObject({ error: { code: 'not-found' } });
      expect(await browser.fromTab(4, analyseParts(parts.length, 'story-9'))).toMatchObject({ error: { code: 'not-found' } });
    });
  });

  it('analyses a story of 5 MB', async () => {
    const { browser } = startWorker(undefined, { shippedCatalog: shipped });
    const paragraph = levy.model.text.replace(/\s+/g, ' ');
    const text = Array.from({ length: Math.ceil(5_000_000 / paragraph.length) }, () => paragraph);
    const huge = modelFromBlocks(text.map((t) => ({ kind: 'paragraph' as const, text: t })));
    expect(huge.text.length).toBeGreaterThan(5_000_000);
    const answer = (await browser.fromTab(4, call(readingOf(huge)))) as { report: { entities: unknown[] } };
    expect(answer.report.entities.length).toBeGreaterThan(0);
  }, 120_000);
});
