import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Label } from '../../scripts/eval/score.mjs';

// The real-news labels must say exactly what their stories print: a form that is not in the text can
// never be found, and a speaker that is no labelled entity can never be right.
const labelDir = resolve(import.meta.dirname, '..', 'labels', 'realnews');

type StoryLabel = Label & { file: string; url: string };

const labels: StoryLabel[] = readdirSync(labelDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(labelDir, name), 'utf8')) as StoryLabel);

const storyText = (label: StoryLabel) => readFileSync(join(labelDir, label.file), 'utf8');
const squeeze = (text: string) => text.replace(/\s+/gu, '');
const entitiesOf = (label: Label) => [...label.people, ...label.places, ...label.organizations];
const byPage = labels.map((label) => [label.page, label] as const);

describe('real-news labels', () => {
  it('label eight articles, each beside its story and naming the page it was taken from', () => {
    expect(labels).toHaveLength(8);
    for (const label of labels) {
      expect(existsSync(join(labelDir, label.file))).toBe(true);
      expect(label.url).toMatch(/^https?:\/\//u);
    }
  });

  it.each(byPage)('%s: the title is the story file’s first line', (_, label) => {
    expect(storyText(label).split('\n', 1)[0]).toBe(label.title);
  });

  it.each(byPage)('%s: speakers are labelled entities and names are not repeated', (_, label) => {
    const names = entitiesOf(label).map((entity) => entity.name);
    expect(new Set(names).size).toBe(names.length);
    for (const quote of [...label.quotes, ...(label.optional_quotes ?? [])]) {
      if (quote.speaker !== null) expect(names).toContain(quote.speaker);
    }
    for (const entity of entitiesOf(label)) expect(entity.aliases.length).toBeGreaterThan(0);
  });

  it.each(byPage)('%s: every alias, optional string and quotation occurs in the story', (_, label) => {
    const text = storyText(label);
    const flat = squeeze(text);
    const absentForms = [...entitiesOf(label).flatMap((entity) => entity.aliases), ...(label.optional ?? [])].filter(
      (form) => !text.includes(form),
    );
    // A quotation over several paragraphs has marks between them in the text: check it sentence by sentence.
    const absentQuotes = [...label.quotes, ...(label.optional_quotes ?? [])]
      .flatMap((quote) => quote.text.split(/(?<=[.?!]) /u))
      .filter((part) => !flat.includes(squeeze(part)));
    expect(absentForms).toEqual([]);
    expect(absentQuotes).toEqual([]);
  });
});
