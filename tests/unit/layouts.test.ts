import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { averaged, shingleScore } from '../../scripts/eval/shingles.mjs';
import type { ShingleScore } from '../../scripts/eval/shingles.mjs';
import { runCli } from '../../src/cli/run-cli';

// The pages of tests/fixtures/layouts (2023–2025 site markup, written blind; see its README) run
// through the command line as outside checks run it: `annotate FILE --text` scored against the
// human-checked body by 4-word shingles, `--json` for the article's fields and highlights block.

const dir = fileURLToPath(new URL('../fixtures/layouts/', import.meta.url));

interface Expected {
  article: boolean;
  headline?: string;
  byline?: string[];
  published?: string;
  highlights?: string[];
}
const expected = JSON.parse(readFileSync(`${dir}expected.json`, 'utf8')) as Record<string, Expected>;

async function annotate(name: string, format: '--text' | '--json'): Promise<string> {
  let stdout = '';
  const code = await runCli(['annotate', `${dir}${name}.html`, format], { stdout: (text) => void (stdout += text), stderr: () => undefined });
  expect(code).toBe(0);
  return stdout;
}

/** Each article page's body must score at least this; the pages together (F1 of the mean precision and recall) `MEAN_F1`. */
const PAGE_F1 = 0.93;
const MEAN_F1 = 0.96;

const scores = new Map<string, ShingleScore>();
const articles = Object.entries(expected).filter(([, page]) => page.article);
const others = Object.entries(expected).filter(([, page]) => !page.article);

describe('modern layouts: articles', { timeout: 60_000 }, () => {
  it.each(articles)('%s: the story, its headline, byline, date and highlights block', async (name, page) => {
    const report = JSON.parse(await annotate(name, '--json'));
    expect(report.article.detected).toBe(true);
    expect(report.article.title).toBe(page.headline);
    for (const person of page.byline ?? []) expect(report.article.byline).toContain(person);
    expect(report.article.published?.slice(0, 10)).toBe(page.published);
    const printed = report.highlights.filter((h: { source: string }) => h.source === 'page').map((h: { text: string }) => h.text);
    expect(printed).toEqual(page.highlights);

    const score = shingleScore(await annotate(name, '--text'), readFileSync(`${dir}${name}.body.txt`, 'utf8'));
    scores.set(name, score);
    expect(score.f1).toBeGreaterThanOrEqual(PAGE_F1);
  });

  it('all of them: F1 of the mean shingle precision and recall', () => {
    expect(scores.size).toBe(articles.length);
    expect(averaged([...scores.values()]).f1).toBeGreaterThanOrEqual(MEAN_F1);
  });
});

describe('modern layouts: pages that are not articles', { timeout: 60_000 }, () => {
  it.each(others)('%s: not an article, and no body printed', async (name) => {
    expect(JSON.parse(await annotate(name, '--json')).article.detected).toBe(false);
    expect(await annotate(name, '--text')).toBe('');
  });
});
