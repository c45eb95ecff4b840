import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { blockText, bodyText } from '../core/text-model';
import { readPage } from './read-page';

// Table tests over real pages. The Kerry fixtures are the project's own copies (tests/fixtures);
// the corpus of real web pages lives in the team workspace (../shared) and is skipped without it.
const fixtures = fileURLToPath(new URL('../../tests/fixtures/kerry-syria/', import.meta.url));
const corpus = fileURLToPath(new URL('../../../shared/corpus/pages/', import.meta.url));
const hasCorpus = existsSync(`${corpus}INDEX.json`);
if (!hasCorpus) console.warn(`read-page corpus tests skipped: ${corpus} is absent (it ships with the team workspace).`);

const load = (html: string, url: string, scripts = false) =>
  new JSDOM(html, { url, virtualConsole: new VirtualConsole(), runScripts: scripts ? 'dangerously' : undefined }).window;
const fixture = (name: string) => readFileSync(`${fixtures}${name}`, 'utf8');
const texts = (reading: ReturnType<typeof readPage>, kind: string) =>
  reading.model.blocks.filter((b) => b.kind === kind).map((b) => blockText(reading.model, b));

/** The seed story's body paragraphs, from the plain-text copy: what every layout must yield. */
const seedBody = fixture('plain.txt').split('\n').map((l) => l.trim())
  .filter((l) => l && !l.startsWith('•') && !/^(story highlights|source by)/i.test(l)).slice(1);

describe('Kerry fixtures', { timeout: 30_000 }, () => {
  it('cnn-2016: the whole story, both highlights, the caption, and none of the decoys', () => {
    const reading = readPage(load(fixture('cnn-2016.html'), 'http://www.cnn.com/2016/10/16/').document, null);
    expect(reading.article).toMatchObject({ detected: true, title: 'Kerry in London for Syria talks with allies', byline: 'CNN Staff', published: '2016-10-16T17:22:37Z', site: 'CNN' });
    expect(texts(reading, 'highlight')).toEqual([
      'John Kerry has second meeting in two days in effort to resolve the Syrian crisis',
      'A Turkish-backed faction takes the Syrian town of Dabiq from ISIS, reports say',
    ]);
    expect(texts(reading, 'caption')).toEqual(['John Kerry hopes for a new ceasefire in the besieged Syrian city of Aleppo.']);
    expect(bodyText(reading.model).split('\n')).toEqual(seedBody);
    for (const decoy of ['We will not be intimidated', 'Theresa May', 'Berlin', 'Dave from Ohio', 'Red Cross', 'Ban Ki-moon',
      'Discover Dubai', 'Qatar Airways', 'Turner Broadcasting', 'Lexus', 'Trending', 'Advertisement', 'Paid Content']) {
      expect(reading.model.text).not.toContain(decoy);
    }
  });

  it('reprint: the whole story without highlights, credit line or site decoys', () => {
    const reading = readPage(load(fixture('reprint.html'), 'http://www.worlddeskdaily.com/').document, null);
    expect(reading.article).toMatchObject({ detected: true, title: 'Kerry in London for Syria talks with allies', byline: 'CNN Staff', site: 'World Desk Daily' });
    expect(texts(reading, 'highlight')).toEqual([]);
    expect(bodyText(reading.model).split('\n')).toEqual(seedBody);
    for (const decoy of ['Duterte', 'Angela Merkel', 'Juncker', 'Helen Marchetti', 'Jeremy Corbyn', 'Lakeshore', 'Originally published', 'syndicated']) {
      expect(reading.model.text).not.toContain(decoy);
    }
  });

  it('homepage: a front page of teasers is not an article', () => {
    const reading = readPage(load(fixture('homepage.html'), 'http://www.newsline.example/').document, null);
    expect(reading.article.detected).toBe(false);
    expect(reading.model.blocks).toEqual([]);
  });

  it('spa: not an article while the shell is blank, the story once rendered, the late paragraph after', async () => {
    const window = load(fixture('spa.html'), 'http://www.cnn.com/2016/10/16/', true);
    expect(readPage(window.document, null).article.detected).toBe(false);
    const state = (value: string) => new Promise<void>((resolve) => {
      const check = () => (window.document.documentElement.getAttribute('data-app-state') === value ? resolve() : setTimeout(check, 50));
      check();
    });
    await state('article-rendered');
    const rendered = readPage(window.document, null);
    expect(rendered.article.detected).toBe(true);
    expect(texts(rendered, 'highlight')).toHaveLength(2);
    expect(bodyText(rendered.model).split('\n')).toEqual(seedBody);
    await state('late-paragraph-appended');
    const late = readPage(window.document, null);
    expect(bodyText(late.model)).toContain('Lavrov later said Moscow was “open to new proposals” on Aleppo.');
    for (const decoy of ['Sheila from Sacramento', 'Samantha Power', 'Visa Checkout', 'Ingrid Larsen']) expect(late.model.text).not.toContain(decoy);
    window.close();
  }, 30_000);
});

interface CorpusEntry {
  name: string;
  kind: 'news' | 'other';
  title: string;
  url_if_known: string | null;
}
const entries: CorpusEntry[] = hasCorpus ? JSON.parse(readFileSync(`${corpus}INDEX.json`, 'utf8')) : [];
const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

describe.skipIf(!hasCorpus)('corpus pages (../shared/corpus)', () => {
  it.each(entries.map((e) => [e.name, e] as const))('%s', (_name, entry) => {
    const html = readFileSync(`${corpus}${entry.name}/source.html`, 'utf8');
    const url = entry.url_if_known ?? 'http://example.com/';
    const window = load(html, url);
    const reading = readPage(window.document, url);
    window.close();
    if (entry.kind !== 'news') {
      expect(reading.article.detected).toBe(false);
      expect(bodyText(reading.model)).toBe('');
      return;
    }
    expect(reading.article.detected).toBe(true);
    // the headline, not the <title> with the site's name: all of its words are the story title's
    const title = words(entry.title);
    expect([...words(reading.article.title ?? '')].every((w) => title.has(w))).toBe(true);
    expect(reading.article.wordCount).toBeGreaterThan(150);
    expect(texts(reading, 'paragraph').every((p) => !/^(advertisement|share|related:)/i.test(p))).toBe(true);
  }, 30_000);
});
