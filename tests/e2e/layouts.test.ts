/**
 * The live page on the 2023–2025 site layouts of tests/fixtures/layouts (written blind; see its
 * README): in each browser, every article page is annotated with the headline and highlights block a
 * reader sees on it, every highlight is one the report names, on its own words, none of them in the
 * page's furniture (related boxes, pull quotes in asides, share bars, newsletter sign-ups, comments);
 * the pages that are not articles are left alone. A screenshot of each page is kept.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BROWSERS, FIXTURES_DIR, expectPaintedAsReported, paintedOn, useExtensionBrowser } from './harness';

interface Expected {
  article: boolean;
  headline?: string;
  highlights?: string[];
}
const expected = JSON.parse(readFileSync(`${FIXTURES_DIR}layouts/expected.json`, 'utf8')) as Record<string, Expected>;
const articles = Object.entries(expected).filter(([, page]) => page.article);
const others = Object.keys(expected).filter((name) => !expected[name]!.article);

describe.each(BROWSERS)('modern site layouts in %s', (name) => {
  const session = useExtensionBrowser(name);

  it('holds 11 articles and 4 pages that are not', () => {
    expect([articles.length, others.length]).toEqual([11, 4]);
  });

  it.each(articles)('%s: annotated under its own headline and highlights, nothing in the furniture', async (page, want) => {
    const { browser } = session;
    const tab = await browser.openPage(browser.fixtureUrl(`layouts/${page}.html`));
    const state = await browser.pageState(tab.tabId, ['annotated', 'not-article'], 30_000);
    const report = await expectPaintedAsReported(browser, tab, state);
    expect(report.article.title).toBe(want.headline);
    expect(report.highlights.filter((h) => h.source === 'page').map((h) => h.text)).toEqual(want.highlights);
    await tab.screenshot(`layouts-${page}`);
    await tab.close();
  });

  it.each(others)('%s: not an article, nothing painted', async (page) => {
    const { browser } = session;
    const tab = await browser.openPage(browser.fixtureUrl(`layouts/${page}.html`));
    const state = await browser.pageState(tab.tabId, ['annotated', 'not-article'], 30_000);
    expect(state).toMatchObject({ state: 'not-article', painted: { person: 0, place: 0, organization: 0, quote: 0 } });
    expect(await paintedOn(browser, tab)).toEqual([]);
    await tab.close();
  });
});
