import { JSDOM, VirtualConsole } from 'jsdom';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readPage } from '../../dom/read-page';
import { analyse } from '../analyse';
import { parseStoryText } from '../story/parse-story-text';
import { shippedCatalog } from '../story/shipped-catalog';

const shared = fileURLToPath(new URL('../../../../shared', import.meta.url));
const hasShared = existsSync(shared);
if (!hasShared) console.warn(`Skipping story and highlights checks on shared fixtures and corpus: ${shared} is absent (a user's clone).`);

const KERRY = 'kerry-syria-2016-10-16';
const kerry = shippedCatalog[0]!;
const reportOf = (path: string) => {
  const { document } = new JSDOM(readFileSync(path, 'utf8'), { virtualConsole: new VirtualConsole() }).window;
  return analyse(readPage(document, null), shippedCatalog).report;
};

describe.skipIf(!hasShared)('story and highlights as the reader sees them, on the shared pages (../shared)', () => {
  const fixture = (name: string) => `${shared}/fixtures/kerry-syria/${name}`;

  test('cnn-2016.html: the Kerry story, with the two highlights the page prints', () => {
    const report = reportOf(fixture('cnn-2016.html'));
    expect(report.story.id).toBe(KERRY);
    expect(report.story.coverage).toBeGreaterThan(0.95);
    expect(report.highlights).toEqual(kerry.highlights.map((text) => ({ text, source: 'page' })));
  });

  test('reprint.html: the Kerry story without a highlights block, so the catalog\'s highlights', () => {
    const report = reportOf(fixture('reprint.html'));
    expect(report.story.id).toBe(KERRY);
    expect(report.highlights).toEqual(kerry.highlights.map((text) => ({ text, source: 'catalog' })));
  });

  test('homepage.html: no story, no highlights', () => {
    const report = reportOf(fixture('homepage.html'));
    expect(report.story.id).toBeNull();
    expect(report.highlights).toEqual([]);
  });

  test('plain.txt: the Kerry story with its own highlights', () => {
    const story = parseStoryText('plain', readFileSync(fixture('plain.txt'), 'utf8'));
    const report = analyse({ url: null, article: { detected: true, title: story.title, byline: null, published: null, site: null, wordCount: 393 }, model: story.model }, shippedCatalog).report;
    expect(report.story).toEqual({ id: KERRY, title: kerry.title, confidence: 1, coverage: 1 });
    expect(report.highlights).toEqual(kerry.highlights.map((text) => ({ text, source: 'page' })));
  });

  const index = hasShared ? (JSON.parse(readFileSync(`${shared}/corpus/pages/INDEX.json`, 'utf8')) as Array<{ name: string; kind: string }>) : [];
  test.each(index.filter((page) => page.kind === 'news').map((page) => page.name))(
    'corpus %s: no known story; 2 to 4 generated highlights, whole sentences of its body, none repeating another',
    (name) => {
      const path = `${shared}/corpus/pages/${name}/source.html`;
      const { document } = new JSDOM(readFileSync(path, 'utf8'), { virtualConsole: new VirtualConsole() }).window;
      const reading = readPage(document, null);
      const report = analyse(reading, shippedCatalog).report;
      expect(report.story.id).toBeNull();
      if (!report.article.detected) return;
      const fromPage = report.highlights.length > 0 && report.highlights.every((h) => h.source === 'page');
      if (fromPage) return;
      expect(report.highlights.length).toBeGreaterThanOrEqual(2);
      expect(report.highlights.length).toBeLessThanOrEqual(4);
      const texts = report.highlights.map((h) => h.text);
      expect(new Set(texts).size).toBe(texts.length);
      for (const { text, source } of report.highlights) {
        expect(source).toBe('generated');
        expect(reading.model.text).toContain(text);
        expect(text).toMatch(/[.!?…]["'”’)]*$/);
      }
    },
    30_000,
  );
});
