import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Label } from '../../scripts/eval/score.mjs';
import { absentForms, expectSpeakersAreEntities, readLabels, squeeze } from './label-checks';

// The real-news labels must say exactly what their stories print: a form that is not in the text can
// never be found, and a speaker that is no labelled entity can never be right. Three sets of published
// articles: realnews and realnews2 are held out, realdev is development material.
type StoryLabel = Label & { file: string; url: string };

const sets = [
  { name: 'realnews', count: 8 },
  { name: 'realdev', count: 71 },
  { name: 'realnews2', count: 10 },
];

describe.each(sets)('real-news labels: $name', ({ name, count }) => {
  const labelDir = resolve(import.meta.dirname, '..', 'labels', name);
  const labels = readLabels<StoryLabel>(labelDir);
  const storyText = (label: StoryLabel) => readFileSync(join(labelDir, label.file), 'utf8');
  const byPage = labels.map((label) => [label.page, label] as const);

  it(`label ${count || 'some'} articles, each beside its story and naming the page it was taken from`, () => {
    if (count) expect(labels).toHaveLength(count);
    else expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) {
      expect(existsSync(join(labelDir, label.file))).toBe(true);
      expect(label.url).toMatch(/^https?:\/\//u);
    }
  });

  it.each(byPage)('%s: the title is the story file’s first line', (_, label) => {
    expect(storyText(label).split('\n', 1)[0]).toBe(label.title);
  });

  it.each(byPage)('%s: speakers are labelled entities and names are not repeated', (_, label) => {
    expectSpeakersAreEntities(label);
  });

  it.each(byPage)('%s: every alias, optional string and quotation occurs in the story', (_, label) => {
    expect(absentForms(label, squeeze(storyText(label)))).toEqual([]);
  });
});
