import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyse } from '../core/analyse';
import { shippedCatalog } from '../core/story/shipped-catalog';
import { readPage } from '../dom/read-page';
import { DEFAULT_SETTINGS } from '../shared/settings';
import type { Mark } from './painter';
import { WrapPainter } from './wrap-painter';

// The wrapping fallback on real pages: the real reader and analysis, every annotation wrapped, then
// cleared. The page must come back byte for byte. The Kerry fixtures are the project's own copies;
// the corpus of real web pages lives in the team workspace (../shared) and is skipped without it.
const fixtures = fileURLToPath(new URL('../../tests/fixtures/', import.meta.url));
const corpus = fileURLToPath(new URL('../../../shared/corpus/pages/', import.meta.url));
const hasCorpus = existsSync(`${corpus}INDEX.json`);
if (!hasCorpus) console.warn(`wrap-painter corpus tests skipped: ${corpus} is absent (it ships with the team workspace).`);

const pages: Array<[string, string]> = [
  ['kerry-syria/cnn-2016.html', `${fixtures}kerry-syria/cnn-2016.html`],
  ['kerry-syria/reprint.html', `${fixtures}kerry-syria/reprint.html`],
  ['live/strict-csp.html', `${fixtures}live/strict-csp.html`],
  ...(hasCorpus
    ? readdirSync(corpus)
        .filter((name) => existsSync(`${corpus}${name}/source.html`))
        .map((name): [string, string] => [`corpus/${name}`, `${corpus}${name}/source.html`])
    : []),
];

describe('WrapPainter on real pages', () => {
  it.each(pages)('%s: every annotation wrapped on its own words, and the page given back byte for byte', (_name, file) => {
    const { document } = new JSDOM(readFileSync(file, 'utf8'), { url: 'https://example.org/story', virtualConsole: new VirtualConsole() }).window;
    const before = document.documentElement.outerHTML;
    const reading = readPage(document, 'https://example.org/story');
    const { annotations } = analyse(reading, shippedCatalog);
    const marks: Mark[] = annotations.flatMap((annotation) => {
      const range = reading.anchors.rangeFor(annotation);
      return range ? [{ annotation, range }] : [];
    });
    expect(marks).toHaveLength(annotations.length);
    const painter = new WrapPainter(document, DEFAULT_SETTINGS.colours, DEFAULT_SETTINGS.shown);
    painter.add(marks);
    painter.flush();
    const squash = (text: string) => text.replace(/[\s\u00ad\u200b-\u200d\u2060\ufeff]+/g, '');
    for (const mark of marks) {
      expect(squash(painter.rangeOf(mark)?.toString() ?? '')).toBe(squash(reading.model.text.slice(mark.annotation.start, mark.annotation.end)));
    }
    if (marks.length > 0) expect(document.documentElement.outerHTML).not.toBe(before);
    painter.clear();
    expect(document.documentElement.outerHTML).toBe(before);
  }, 60_000);
});
