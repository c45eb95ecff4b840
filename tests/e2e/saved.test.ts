/**
 * Saved stories join the catalog, end to end in Chromium and Firefox ESR: a story the reader saves
 * from the popup on one site is recognised by its saved catalog id on another site that carries the
 * same text in another layout (tests/fixtures/live/rewrite.html, then live/syndicated.html: another
 * headline, wire credit, grid layout, a "more news" box). The background worker analyses each story
 * against the shipped and the saved catalog (`story:analyse`); nothing here names the story.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, useExtensionBrowser } from './harness';

interface Report {
  article: { title: string | null };
  story: { id: string | null; title: string | null; confidence: number; coverage: number };
  highlights: Array<{ text: string; source: string }>;
}

describe.each(BROWSERS)('%s', (name) => {
  const session = useExtensionBrowser(name);

  it('recognises a story saved from the popup on another site that carries it in another layout', async () => {
    const { browser } = session;
    const report = async (tabId: number) => (await browser.sendMessage({ type: 'report:get', tabId })) as Report | null;
    const reportOf = async (path: string) => {
      const page = await browser.openPage(browser.fixtureUrl(path));
      await browser.pageState(page.tabId, ['annotated']);
      // The report reaches the background just after the page is painted.
      for (let i = 0; i < 100; i++) {
        const found = await report(page.tabId);
        if (found) return { page, report: found };
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`no report for ${path}`);
    };

    // Before anything is saved, neither page is a catalog story.
    const before = await reportOf('live/syndicated.html');
    expect(before.report.story.id).toBeNull();
    await before.page.close();
    const first = await reportOf('live/rewrite.html');
    expect(first.report.story.id).toBeNull();
    const catalogBefore = ((await browser.sendMessage({ type: 'library:stats' })) as { catalog: number }).catalog;

    // The reader saves it with the popup's button.
    const popup = await browser.openPopup(first.page.tabId);
    await popup.waitFor(() => document.querySelector('button.save') !== null, undefined, 20_000);
    await popup.evaluate(() => document.querySelector<HTMLButtonElement>('button.save')?.click());
    await popup.waitFor(() => document.querySelector<HTMLButtonElement>('button.save')?.disabled === true && !/^\+/.test(document.querySelector('button.save')?.textContent ?? '+'));
    expect(((await browser.sendMessage({ type: 'library:stats' })) as { catalog: number }).catalog).toBe(catalogBefore + 1);
    // Saving again answers the same id: the one the catalog now holds.
    const { id } = (await browser.sendMessage({ type: 'catalog:save', tabId: first.page.tabId })) as { id: string };
    expect(id).toMatch(/^saved-/);

    // The same story on another site, in another layout, is now the saved story, even once the
    // background was stopped in between (the saved stories live in storage, not in the worker).
    await browser.stopBackground();
    expect(await browser.backgroundRunning()).toBe(false);
    const second = await reportOf('live/syndicated.html');
    expect(second.report.article.title).not.toBe(first.report.article.title);
    expect(second.report.story.id).toBe(id);
    expect(second.report.story.title).toBe(first.report.article.title);
    expect(second.report.story.coverage).toBeGreaterThan(0.9);
    console.log(`[${name}] saved story recognised on another site: ${JSON.stringify(second.report.story)}`);

    // Its popup says so, with the saved title on the catalog badge.
    const secondPopup = await browser.openPopup(second.page.tabId);
    await secondPopup.waitFor(() => document.getElementById('app')?.dataset.state === 'story', undefined, 20_000);
    expect(await secondPopup.text('.badge')).toContain(first.report.article.title ?? '');
  });
});
