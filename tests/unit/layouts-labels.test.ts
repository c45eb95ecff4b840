import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Label } from '../../scripts/eval/score.mjs';

// The blind labels of the modern-layout articles must say exactly what their pages print: a form
// that is not on the page can never be found, and a speaker that is no labelled entity can never be right.
const root = resolve(import.meta.dirname, '..', '..');
const labelDir = join(root, 'tests', 'labels', 'layouts');
const pages = join(root, 'tests', 'fixtures', 'layouts');

const labels: Label[] = readdirSync(labelDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(labelDir, name), 'utf8')) as Label);

const expected = JSON.parse(readFileSync(join(pages, 'expected.json'), 'utf8')) as Record<string, { article: boolean }>;

/** The page's visible text with all white space removed, so that block boundaries do not matter. */
function pageText(page: string): string {
  const html = readFileSync(join(pages, `${page}.html`), 'utf8');
  const { document } = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window;
  for (const element of document.querySelectorAll('script, style, noscript, template')) element.remove();
  return squeeze(document.body?.textContent ?? '');
}

const squeeze = (text: string) => text.replace(/[\s\u00AD]+/gu, '');
const entitiesOf = (label: Label) => [...label.people, ...label.places, ...label.organizations];

describe('layouts labels', () => {
  it('cover every article page of the layouts fixtures', () => {
    const articles = Object.entries(expected)
      .filter(([, page]) => page.article)
      .map(([name]) => name)
      .sort();
    expect(labels.map((label) => label.page).sort()).toEqual(articles);
  });

  it.each(labels.map((label) => [label.page, label] as const))('%s: speakers are labelled entities and names are not repeated', (_, label) => {
    const names = entitiesOf(label).map((entity) => entity.name);
    expect(new Set(names).size).toBe(names.length);
    for (const quote of [...label.quotes, ...(label.optional_quotes ?? [])]) {
      if (quote.speaker !== null) expect(names).toContain(quote.speaker);
    }
    for (const entity of entitiesOf(label)) expect(entity.aliases.length).toBeGreaterThan(0);
  });

  it.each(labels.map((label) => [label.page, label] as const))('%s: every alias, optional string, quotation and excluded segment is printed on the page', (_, label) => {
    const text = pageText(label.page);
    const absent = [
      ...entitiesOf(label).flatMap((entity) => entity.aliases),
      ...(label.optional ?? []),
      ...(label.excluded_segments ?? []),
      ...[...label.quotes, ...(label.optional_quotes ?? [])].flatMap((quote) => quote.text.split(/(?<=[.?!]) /u)),
    ].filter((form) => !text.includes(squeeze(form)));
    expect(absent).toEqual([]);
  });
});
