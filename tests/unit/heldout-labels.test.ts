import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { absentForms, expectSpeakersAreEntities, pageText, readLabels } from './label-checks';

// The held-out labels must say exactly what their pages print: a form that is not on the page can
// never be found, and a speaker that is no labelled entity can never be right.
const root = resolve(import.meta.dirname, '..', '..');
const labelDir = join(root, 'tests', 'labels', 'heldout');
const pages = join(root, '..', 'shared', 'corpus', 'pages');
const hasShared = existsSync(pages);
if (!hasShared) console.warn(`heldout-labels: skipped, ${pages} is absent (the held-out pages' HTML lives in ../shared)`);

const labels = readLabels(labelDir);

describe('held-out labels', () => {
  it('cover the six unlabelled English news pages of the corpus', () => {
    expect(labels.map((label) => label.page).sort()).toEqual(['buzzfeed-1', 'cnet', 'cnn', 'herald-sun-1', 'nytimes-3', 'yahoo-2']);
  });

  it.each(labels.map((label) => [label.page, label] as const))('%s: speakers are labelled entities and names are not repeated', (_, label) => {
    expectSpeakersAreEntities(label);
  });

  it.skipIf(!hasShared).each(labels.map((label) => [label.page, label] as const))(
    '%s: every alias, optional string, quotation and excluded segment is printed on the page',
    (_, label) => {
      expect(absentForms(label, pageText(join(pages, label.page, 'source.html')))).toEqual([]);
    },
    30_000,
  );
});
