import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { absentForms, expectSpeakersAreEntities, pageText, readLabels } from './label-checks';

// The blind labels of the modern-layout articles must say exactly what their pages print.
const root = resolve(import.meta.dirname, '..', '..');
const pages = join(root, 'tests', 'fixtures', 'layouts');
const labels = readLabels(join(root, 'tests', 'labels', 'layouts'));
const expected = JSON.parse(readFileSync(join(pages, 'expected.json'), 'utf8')) as Record<string, { article: boolean }>;
const byPage = labels.map((label) => [label.page, label] as const);

describe('layouts labels', () => {
  it('cover every article page of the layouts fixtures', () => {
    const articles = Object.entries(expected)
      .filter(([, page]) => page.article)
      .map(([name]) => name)
      .sort();
    expect(labels.map((label) => label.page).sort()).toEqual(articles);
  });

  it.each(byPage)('%s: speakers are labelled entities and names are not repeated', (_, label) => {
    expectSpeakersAreEntities(label);
  });

  it.each(byPage)('%s: every alias, optional string, quotation and excluded segment is printed on the page', (_, label) => {
    expect(absentForms(label, pageText(join(pages, `${label.page}.html`)))).toEqual([]);
  });
});
