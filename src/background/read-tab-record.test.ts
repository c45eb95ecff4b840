import { describe, expect, test } from 'vitest';
import { fakeReport } from './fake-report';
import { startWorker } from './test-background';

const get = (browser: ReturnType<typeof startWorker>['browser'], tabId: number) => browser.fromPopup({ type: 'report:get', tabId });

describe('a tab whose stored record is lost or unreadable', () => {
  test('the popup still gets the story its page shows: the page is asked, its answer stored again with the badge', async () => {
    const { browser } = startWorker();
    browser.storageAreas.session.items.set('tab:7', '{"report":{"version":1,"art');
    browser.contentScripts.set(7, (message) =>
      (message as { type: string }).type === 'page:report' ? { report: fakeReport('Harbour reopens'), url: 'https://news.example/harbour#top' } : null,
    );
    expect(await get(browser, 7)).toMatchObject({ article: { title: 'Harbour reopens' } });
    expect(browser.storageAreas.session.items.get('tab:7')).toMatchObject({ v: 1, url: 'https://news.example/harbour', report: { article: { title: 'Harbour reopens' } } });
    expect(browser.badges.get(7)?.text).not.toBe('');
    // from now on the stored copy answers: the page is not asked again
    const asked = browser.tabMessages.length;
    expect(await get(browser, 7)).toMatchObject({ article: { title: 'Harbour reopens' } });
    expect(browser.tabMessages).toHaveLength(asked);
    // and the reader can save it and see where else it was read
    expect(await browser.fromPopup({ type: 'catalog:save', tabId: 7 })).toMatchObject({ id: expect.any(String) });
  });

  test('a page with no story, no content script, or an answer that is not a report leaves the tab without one', async () => {
    const { browser } = startWorker();
    browser.contentScripts.set(1, () => null);
    browser.contentScripts.set(2, () => ({ report: { version: 1, article: '<img src=x onerror=alert(1)>' }, url: 'https://news.example/' }));
    browser.contentScripts.set(3, () => ({ error: { code: 'failed', message: 'gone' } }));
    for (const tabId of [1, 2, 3, 4]) expect(await get(browser, tabId)).toBeNull();
    expect(browser.storageAreas.session.items.size).toBe(0);
    expect(browser.badges.size).toBe(0);
  });

  test('a report:put that arrives while the page is asked wins over the older answer', async () => {
    const { browser } = startWorker();
    let answer: (value: unknown) => void = () => undefined;
    browser.contentScripts.set(5, () => new Promise((resolve) => (answer = resolve)));
    const pending = get(browser, 5);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await browser.fromTab(5, { type: 'report:put', report: fakeReport('Newer story') });
    answer({ report: fakeReport('Older story'), url: 'https://news.example/story-5' });
    expect(await pending).toMatchObject({ article: { title: 'Newer story' } });
    expect(await get(browser, 5)).toMatchObject({ article: { title: 'Newer story' } });
  });
});
