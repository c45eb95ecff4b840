/**
 * The checks every annotated story passes in the end-to-end tests on pages the extension was not
 * written around (the corpus of real pages, the modern layouts): what is painted is what the report
 * names, on its own words, and none of it lies in the page's furniture.
 */
import { expect } from 'vitest';
import type { ExtensionBrowser, PageStateAnswer, TestPage } from './extension-browser';
import type { Report } from './painted';
import { countByKind, mentionCounts, misread, paintedOn, quoteCoverage, reportOf } from './painted';

/**
 * A page's furniture, by the markup sites use for it: navigation, headers and footers of the page,
 * sidebars, forms, comments, related and promoted links, sharing buttons. No story is ever there.
 */
export const FURNITURE = [
  'nav', 'footer', 'aside', 'form', 'body > header',
  '[role=navigation]', '[role=contentinfo]', '[role=complementary]', '[role=banner]', '[role=search]',
  // by name, below the page's root: sites put feature flags on <html> and <body> ('flag-unfollowComments-on')
  ...['comment', 'related', 'sidebar', 'share', 'promo', 'newsletter'].flatMap((name) => [
    `[class*=${name} i]:not(html, body)`,
    `[id*=${name} i]:not(html, body)`,
  ]),
].join(', ');

/**
 * Expects the tab annotated: the painted ranges counted by kind as the page says and as the report's
 * mentions, each entity range reading as one of its entity's aliases, every quotation painted whole
 * and nothing else, no range inside the furniture. Answers the background's report.
 */
export async function expectPaintedAsReported(browser: ExtensionBrowser, tab: TestPage, state: PageStateAnswer): Promise<Report> {
  expect(state.state).toBe('annotated');
  const report = (await reportOf(browser, tab))!;
  expect(report).not.toBeNull();
  const painted = await paintedOn(browser, tab, { chrome: FURNITURE });
  expect(countByKind(painted)).toEqual(state.painted);
  const { person, place, organization } = state.painted;
  expect({ person, place, organization }).toEqual(mentionCounts(report));
  expect(person + place + organization).toBeGreaterThan(0);
  expect(misread(painted, report)).toEqual([]);
  expect(quoteCoverage(painted, report)).toEqual({ unpainted: [], stray: [] });
  expect(painted.filter((range) => range.inChrome !== null)).toEqual([]);
  return report;
}
