/**
 * The foundation, end to end in both browsers: the built extension loads, its content script
 * annotates a story page, the background keeps that tab's report and answers `report:get` (also
 * after it was stopped and started again), and the popup shows the report. One browser launch per
 * browser for the whole file.
 */
import { describe, expect, it } from 'vitest';
import { validateReport } from '../../src/shared/validate-report';
import type { StoryReport } from '../../src/shared/report';
import { BROWSERS, reportSchemaErrors, useExtensionBrowser } from './harness';


const STORY_PAGE = 'kerry-syria/cnn-2016.html';
const HEADLINE = 'Kerry in London for Syria talks with allies';
/** A tab id no browser hands out in a fresh profile (tab ids are positive 32-bit integers). */
const UNKNOWN_TAB = 2_147_483_000;

describe.each(BROWSERS)('%s', (name) => {
  const session = useExtensionBrowser(name);
  let tabId = -1;

  it('runs the content script on a story page: page:state says annotated, in the contract shape', async () => {
    const { browser } = session;
    const page = await browser.openPage(browser.fixtureUrl(STORY_PAGE));
    tabId = await browser.tabIdOf(browser.fixtureUrl(STORY_PAGE));
    expect(tabId).toBe(page.tabId);
    const state = await browser.pageState(tabId, ['annotated', 'not-article']);
    expect(state.state).toBe('annotated');
    expect(Object.keys(state.painted).sort()).toEqual(['organization', 'person', 'place', 'quote']);
    for (const count of Object.values(state.painted)) expect(Number.isInteger(count) && count >= 0).toBe(true);
    expect(typeof state.renderer).toBe('string');
  });

  it("answers report:get with that tab's report, and null for a tab it never saw", async () => {
    const { browser } = session;
    const report = await reportOf(tabId);
    expect(report.article.title).toBe(HEADLINE);
    expect(report.url).toBe(browser.fixtureUrl(STORY_PAGE));
    expect(await browser.sendMessage({ type: 'report:get', tabId: UNKNOWN_TAB })).toBeNull();
  });

  it("renders the report's headline in the popup opened for that tab", async () => {
    const popup = await session.browser.openPopup(tabId);
    await popup.waitFor((headline) => document.body.innerText.includes(headline), HEADLINE);
    await popup.screenshot('popup-story');
    await popup.close();
  });

  it('keeps the report when the background is stopped and started again', async () => {
    const { browser } = session;
    const stored = await storedRecord(tabId);
    expect(stored?.report.article.title).toBe(HEADLINE);
    await browser.stopBackground();
    expect(await browser.backgroundRunning()).toBe(false);
    const report = await reportOf(tabId);
    expect(report.article.title).toBe(HEADLINE);
    expect(await browser.backgroundRunning()).toBe(true);
    // Answered from the record stored before the stop: one rebuilt from the page's own copy
    // (`page:report`, where storage lost it) would be stored anew, with a later savedAt.
    expect(await storedRecord(tabId)).toEqual(stored);
    const popup = await browser.openPopup(tabId);
    await popup.waitFor((headline) => document.body.innerText.includes(headline), HEADLINE);
    await popup.close();
  });

  it('leaves a page that is not an article alone: not-article, nothing painted, no story reported', async () => {
    const { browser } = session;
    const page = await browser.openPage(browser.fixtureUrl('kerry-syria/homepage.html'));
    const state = await browser.pageState(page.tabId, ['annotated', 'not-article']);
    expect(state.state).toBe('not-article');
    expect(Object.values(state.painted).every((count) => count === 0)).toBe(true);
    // No report at all, or one that says so: no story, no highlights, no entities, no quotes.
    const report = (await browser.sendMessage({ type: 'report:get', tabId: page.tabId })) as StoryReport | null;
    if (report !== null) {
      expect(reportSchemaErrors(report)).toEqual([]);
      expect([report.article.detected, report.story.id, report.highlights, report.entities, report.quotes]).toEqual([false, null, [], [], []]);
    }
    await page.close();
  });

  /** The tab's record as the background keeps it in storage.session, read from an extension page. */
  async function storedRecord(tab: number): Promise<{ savedAt: number; report: StoryReport } | null> {
    const page = await session.browser.openPage(session.browser.extensionUrl('options/options.html'));
    try {
      return await page.evaluate(async (key: string) => {
        const { browser, chrome } = globalThis as unknown as Record<string, { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } }>;
        const stored = await (browser ?? chrome)!.storage.session.get(key);
        return (stored[key] ?? null) as { savedAt: number; report: StoryReport } | null;
      }, `tab:${tab}`);
    } finally {
      await page.close();
    }
  }

  /** report:get through the harness, checked against the contract's JSON Schema and the project's validator. */
  async function reportOf(tab: number): Promise<StoryReport> {
    const answer = await session.browser.sendMessage({ type: 'report:get', tabId: tab });
    expect(reportSchemaErrors(answer)).toEqual([]);
    const parsed = validateReport(answer);
    if (!parsed.ok) throw new Error(`report:get for tab ${tab} answered no valid StoryReport: ${parsed.error} (${JSON.stringify(answer)?.slice(0, 200)})`);
    return parsed.value;
  }
});

describe('the contract check the tests above rely on', () => {
  it('rejects what is not a StoryReport', () => {
    expect(reportSchemaErrors(null)).not.toEqual([]);
    expect(reportSchemaErrors({ version: 1, url: null, article: { detected: true, title: 'x', wordCount: -1 } })).not.toEqual([]);
  });
});
