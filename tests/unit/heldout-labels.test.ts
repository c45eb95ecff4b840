import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Label } from '../../scripts/eval/score.mjs';

// The held-out labels must say exactly what their pages print: a form that is not on the page can
// never be found, and a speaker that is no labelled entity can never be right.
const root = resolve(import.meta.dirname, '..', '..');
const labelDir = join(root, 'tests', 'labels', 'heldout');
const pages = join(root, '..', 'shared', 'corpus', 'pages');
const hasShared = existsSync(pages);
if (!hasShared) console.warn(`heldout-labels: skipped, ${pages} is absent (the held-out pages' HTML lives in ../shared)`);

const labels: Label[] = readdirSync(labelDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(labelDir, name), 'utf8')) as Label);

/** The page's visible text with all white space removed, so that block boundaries do not matter. */
function pageText(page: string): string {
  const html = readFileSync(join(pages, page, 'source.html'), 'utf8');
  const { document } = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window;
  for (const element of document.querySelectorAll('script, style, noscript, template')) element.remove();
  return squeeze(document.body?.textContent ?? '');
}

const squeeze = (text: string) => text.replace(/[\s\u00AD]+/gu, '');
const entitiesOf = (label: Label) => [...label.people, ...label.places, ...label.organizations];

describe('held-out labels', () => {
  it('cover the six unlabelled English news pages of the corpus', () => {
    expect(labels.map((label) => label.page).sort()).toEqual(['buzzfeed-1', 'cnet', 'cnn', 'herald-sun-1', 'nytimes-3', 'yahoo-2']);
  });

  it.each(labels.map((label) => [label.page, label] as const))('%s: speakers are labelled entities and names are not repeated', (_, label) => {
    const names = entitiesOf(label).map((entity) => entity.name);
    expect(new Set(names).size).toBe(names.length);
    for (const quote of [...label.quotes, ...(label.optional_quotes ?? [])]) {
      if (quote.speaker !== null) expect(names).toContain(quote.speaker);
    }
    for (const entity of entitiesOf(label)) expect(entity.aliases.length).toBeGreaterThan(0);
  });

  it.skipIf(!hasShared).each(labels.map((label) => [label.page, label] as const))(
    '%s: every alias, optional string, quotation and excluded segment is printed on the page',
    (_, label) => {
      const text = pageText(label.page);
      const absent = [
        ...entitiesOf(label).flatMap((entity) => entity.aliases),
        ...(label.optional ?? []),
        ...(label.excluded_segments ?? []),
        // A quotation over several paragraphs has marks between them on the page: check it sentence by sentence.
        ...[...label.quotes, ...(label.optional_quotes ?? [])].flatMap((quote) => quote.text.split(/(?<=[.?!]) /u)),
      ].filter((form) => !text.includes(squeeze(form)));
      expect(absent).toEqual([]);
    },
    30_000,
  );
});
