/**
 * A 100,000-word story end to end (issue 5): the content script reads it in time slices that yield to
 * the page (scheduler.yield in Chromium, a MessageChannel task in Firefox ESR), the background worker
 * analyses it in slices of its own, and the page still paints every mention, inside the story only, with
 * the report the background keeps. How long the tasks are is measured in scripts/bench/extension-trace.mjs
 * and trace-long-tasks.mjs, not here (no timed assertions).
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, useExtensionBrowser } from './harness';

interface Report {
  article: { wordCount: number };
  entities: Array<{ type: string; mentions: number }>;
  quotes: Array<{ text: string }>;
}

/** Runs in the page: our painted ranges, by whether they lie inside the story's `<article>`. */
function paintedRanges(): { inside: number; outside: number } {
  let inside = 0;
  let outside = 0;
  for (const [name, highlight] of CSS.highlights) {
    // ours: twelve random letters, new on every load (the fixture registers no highlight of its own)
    if (!/^[a-z]{12}$/.test(name)) continue;
    for (const range of highlight as unknown as Iterable<Range>) {
      const container = range.commonAncestorContainer;
      const element = container.nodeType === 1 ? (container as Element) : container.parentElement;
      if (element?.closest('article')) inside++;
      else outside++;
    }
  }
  return { inside, outside };
}

describe.each(BROWSERS)('a 100,000-word story in %s', (name) => {
  const session = useExtensionBrowser(name);

  it('is read, analysed in slices and painted whole: every mention of the report, inside the story', { timeout: 120_000 }, async () => {
    const { browser } = session;
    const page = await browser.openPage(browser.fixtureUrl('live/huge.html'));
    await browser.pageState(page.tabId, ['annotated'], 60_000);
    // The report goes to the background once the last slice is painted.
    let report: Report | null = null;
    for (let i = 0; i < 240 && !report; i++) {
      report = (await browser.sendMessage({ type: 'report:get', tabId: page.tabId })) as Report | null;
      if (!report) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const state = await browser.pageState(page.tabId, ['annotated']);
    expect(report?.article.wordCount).toBeGreaterThan(90_000);
    const mentions = report!.entities.reduce((sum, entity) => sum + entity.mentions, 0);
    expect(mentions).toBeGreaterThan(5_000);
    const painted = state.painted.person + state.painted.place + state.painted.organization;
    expect(painted).toBe(mentions);
    const ranges = await page.evaluate(paintedRanges);
    expect(ranges.outside).toBe(0);
    expect(ranges.inside).toBe(painted + state.painted.quote);
  });
});
