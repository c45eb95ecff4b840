/**
 * Heavy pages end to end, in real Chromium and Firefox ESR with the built extension: a 5 MB article, a
 * 2 MB block the site hides, a story under 10,000 nested elements, a story beside 100,000 elements. What
 * a reader would notice: the story is annotated, hidden text is never analysed (no entity, quotation or
 * highlight from it), the page's own script keeps running while we work, and the page's DOM is unchanged
 * (our highlights are not in it). How long our tasks are is measured in the benchmark, not here.
 *
 * Fixture: tests/fixtures/hostile/heavy.html?kind=…, generated in the page from one short seed story.
 */
import { describe, expect, it } from 'vitest';
import type { TestPage } from './harness';
import { BROWSERS, useExtensionBrowser } from './harness';

interface Report {
  article: { wordCount: number };
  entities: Array<{ type: string; name: string; mentions: number }>;
  quotes: Array<{ text: string; speaker: string | null }>;
}

/** Runs in the page: our painted ranges' texts, and how many lie outside the story's `<article>`. */
function painted(): { texts: string[]; outside: number } {
  const texts: string[] = [];
  let outside = 0;
  for (const [name, highlight] of CSS.highlights) {
    // ours: twelve random letters, new on every load (the fixture registers no highlight of its own)
    if (!/^[a-z]{12}$/.test(name)) continue;
    for (const range of highlight as unknown as Iterable<Range>) {
      texts.push(range.toString());
      const container = range.commonAncestorContainer;
      const element = container.nodeType === 1 ? (container as Element) : container.parentElement;
      if (!element?.closest('article')) outside++;
    }
  }
  return { texts, outside };
}

interface PageWitness {
  slTicks(): { before: number; after: number };
  slFingerprint(): string;
  slBefore: string;
}

describe.each(BROWSERS)('heavy pages in %s', (name) => {
  const session = useExtensionBrowser(name);

  /** Opens `heavy.html?kind=…`, waits until it is annotated and its report kept; answers the page and both. */
  const annotated = async (kind: string, waitMs = 60_000) => {
    const { browser } = session;
    const errors: string[] = [];
    const page = await browser.openPage(browser.fixtureUrl(`hostile/heavy.html?kind=${kind}`));
    (page.raw as { on(event: string, listener: (error: unknown) => void): void }).on('pageerror', (error) => errors.push(String(error)));
    await browser.pageState(page.tabId, ['annotated'], waitMs);
    let report: Report | null = null;
    for (let i = 0; i < 4 * (waitMs / 1000) && !report; i++) {
      report = (await browser.sendMessage({ type: 'report:get', tabId: page.tabId })) as Report | null;
      if (!report) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const state = await browser.pageState(page.tabId, ['annotated']);
    return { page, report: report!, state, errors };
  };

  /** What every heavy page must show: the page's own ticker ran on, its DOM is as it built it, nothing thrown. */
  const expectPageUnharmed = async (page: TestPage, errors: string[]) => {
    await page.waitFor(() => (window as unknown as PageWitness).slTicks().after >= 20, undefined, 30_000);
    const ticks = await page.evaluate(() => (window as unknown as PageWitness).slTicks());
    expect(ticks.before).toBeGreaterThan(0);
    const dom = await page.evaluate(() => ({ before: (window as unknown as PageWitness).slBefore, now: (window as unknown as PageWitness).slFingerprint() }));
    expect(dom.now).toBe(dom.before);
    expect(errors).toEqual([]);
  };

  const mentionsOf = (report: Report, type: string) => report.entities.filter((e) => e.type === type).reduce((sum, e) => sum + e.mentions, 0);

  it('a 5 MB article: read, analysed and painted whole, the page running on', { timeout: 300_000 }, async () => {
    const { page, report, state, errors } = await annotated('article', 180_000);
    expect(report.article.wordCount).toBeGreaterThan(700_000);
    expect(report.entities.find((e) => e.name === 'Martina Vogel')?.mentions).toBeGreaterThan(1_000);
    // it quotes more than a report may carry: the first 5,000 quotations are listed (none, before)
    expect(report.quotes).toHaveLength(5_000);
    expect(state.painted.quote).toBeGreaterThan(0);
    expect(state.painted.person + state.painted.place + state.painted.organization).toBe(
      mentionsOf(report, 'person') + mentionsOf(report, 'place') + mentionsOf(report, 'organization'),
    );
    expect((await page.evaluate(painted)).outside).toBe(0);
    await expectPageUnharmed(page, errors);
    await page.close();
  });

  it('a 2 MB hidden block: the story is annotated, nothing of the hidden text is analysed or painted', { timeout: 120_000 }, async () => {
    const { page, report, state, errors } = await annotated('hidden');
    const hiddenWords = /Oskarine|Valdrup|Brattvik|Norrvika|Halvmoon|northern quay/;
    expect(report.entities.map((e) => e.name)).toContain('Martina Vogel');
    expect(report.entities.map((e) => e.name).filter((n) => hiddenWords.test(n))).toEqual([]);
    expect(report.quotes.filter((q) => hiddenWords.test(`${q.text} ${q.speaker ?? ''}`))).toEqual([]);
    // the story is five short paragraphs: the hidden block's 300,000 words are not counted either
    expect(report.article.wordCount).toBeLessThan(300);
    expect(state.painted.person).toBe(mentionsOf(report, 'person'));
    expect((await page.evaluate(painted)).texts.filter((t) => hiddenWords.test(t))).toEqual([]);
    await expectPageUnharmed(page, errors);
    await page.close();
  });

  it('a story under 10,000 nested elements: annotated like the same story unnested', { timeout: 120_000 }, async () => {
    const { page, report, state, errors } = await annotated('deep');
    expect(await page.evaluate(() => {
      let depth = 0;
      for (let el: Element | null = document.querySelector('p'); el; el = el.parentElement) depth++;
      return depth;
    })).toBeGreaterThan(10_000);
    expect(report.entities.find((e) => e.name === 'Martina Vogel')?.mentions).toBe(2);
    expect(report.quotes.map((q) => q.speaker)).toContain('Martina Vogel');
    expect(state.painted.person).toBe(mentionsOf(report, 'person'));
    expect((await page.evaluate(painted)).texts).toContain('Martina Vogel');
    await expectPageUnharmed(page, errors);
    await page.close();
  });

  it('a story beside 100,000 elements: annotated, nothing painted outside the story', { timeout: 120_000 }, async () => {
    const { page, report, state, errors } = await annotated('elements');
    expect(Number(await page.evaluate(() => document.documentElement.dataset.elements))).toBeGreaterThan(100_000);
    expect(report.entities.map((e) => e.name)).toContain('Martina Vogel');
    expect(state.painted.person).toBe(mentionsOf(report, 'person'));
    expect((await page.evaluate(painted)).outside).toBe(0);
    await expectPageUnharmed(page, errors);
    await page.close();
  });
});
