import { describe, expect, test, vi } from 'vitest';
import { FakeBrowser } from './fake-browser-api';
import { fakeReport } from './fake-report';
import { settled, startWorker } from './test-background';

const annotated = { state: 'annotated', painted: { person: 3, place: 2, organization: 1, quote: 1 }, renderer: 'highlight-api' };
const put = (browser: FakeBrowser, tabId: number, title = `Story ${tabId}`, url?: string) =>
  browser.fromTab(tabId, { type: 'report:put', report: fakeReport(title) }, url);
const get = (browser: FakeBrowser, tabId: number) => browser.fromPopup({ type: 'report:get', tabId });

describe('a tab\'s report', () => {
  test('is answered to report:get as soon as the content script has sent it; an unknown tab answers null', async () => {
    const { browser } = startWorker();
    expect(await put(browser, 4, 'Harbour reopens')).toBeNull();
    expect(await get(browser, 4)).toMatchObject({ article: { title: 'Harbour reopens' } });
    expect(await get(browser, 5)).toBeNull();
  });

  test('survives the worker being stopped and started again (nothing lives only in the worker)', async () => {
    const browser = new FakeBrowser();
    startWorker(browser);
    await put(browser, 9, 'Before the restart');
    const restarted = new FakeBrowser();
    for (const [key, value] of browser.storageAreas.session.items) restarted.storageAreas.session.items.set(key, value);
    startWorker(restarted);
    expect(await get(restarted, 9)).toMatchObject({ article: { title: 'Before the restart' } });
  });

  test('goes when the tab closes, with its badge', async () => {
    const { browser } = startWorker();
    await put(browser, 2);
    await settled(browser.closeTab(2));
    expect(await get(browser, 2)).toBeNull();
  });

  test('goes once the tab has loaded another page that shows no story; the badge goes as loading starts', async () => {
    const { browser } = startWorker();
    await put(browser, 3);
    expect(browser.badges.get(3)?.text).toBe('3');
    await settled(browser.updateTab(3, { status: 'loading' }));
    expect(browser.badges.get(3)?.text).toBe('');
    browser.contentScripts.set(3, () => ({ ...annotated, state: 'not-article' }));
    await settled(browser.updateTab(3, { status: 'complete' }));
    expect(await get(browser, 3)).toBeNull();
  });

  test('goes once the tab has loaded a page without our content script (a restricted page)', async () => {
    const { browser } = startWorker();
    await put(browser, 3);
    await settled(browser.updateTab(3, { status: 'loading' }));
    await settled(browser.updateTab(3, { status: 'complete' }));
    expect(await get(browser, 3)).toBeNull();
  });

  test('stays, badge and all, where the loaded page shows its annotated story (late events after its report:put)', async () => {
    const { browser } = startWorker();
    await put(browser, 3, 'The new page');
    browser.contentScripts.set(3, () => annotated);
    await settled(browser.updateTab(3, { status: 'loading' }));
    await settled(browser.updateTab(3, { status: 'complete' }));
    expect(await get(browser, 3)).toMatchObject({ article: { title: 'The new page' } });
    expect(browser.badges.get(3)?.text).toBe('3');
  });

  test('a report the new page sends while the worker is asking it is kept', async () => {
    let clock = 0;
    const { browser } = startWorker(new FakeBrowser(), { now: () => (clock += 1) });
    await put(browser, 6, 'The old page');
    browser.contentScripts.set(6, async () => {
      await put(browser, 6, 'The new page');
      return { ...annotated, state: 'idle' };
    });
    await settled(browser.updateTab(6, { status: 'complete' }));
    expect(await get(browser, 6)).toMatchObject({ article: { title: 'The new page' } });
  });

  test('where session storage is full, the reports of the tabs that reported longest ago make room', async () => {
    const { browser } = startWorker();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (let tab = 1; tab <= 8; tab += 1) await put(browser, tab);
    browser.storageAreas.session.quotaBytes = (await browser.storageAreas.session.bytesInUse()) ?? 0;
    expect(await put(browser, 9, 'The newest')).toBeNull();
    expect(await get(browser, 9)).toMatchObject({ article: { title: 'The newest' } });
    expect(await get(browser, 1)).toBeNull();
    expect(await get(browser, 8)).not.toBeNull();
  });

  test('report:clear from the content script clears report and badge', async () => {
    const { browser } = startWorker();
    await put(browser, 8);
    expect(await browser.fromTab(8, { type: 'report:clear' })).toBeNull();
    expect(await get(browser, 8)).toBeNull();
    expect(browser.badges.get(8)?.text).toBe('');
  });

  test('a corrupt stored report is dropped (report:get answers null) instead of crashing the worker', async () => {
    const { browser } = startWorker();
    browser.storageAreas.session.items.set('tab:12', { v: 1, url: 'https://x.example/', savedAt: 1, report: { version: 1 } });
    expect(await get(browser, 12)).toBeNull();
    expect(browser.storageAreas.session.items.has('tab:12')).toBe(false);
  });
});

describe('who may call', () => {
  const report = fakeReport('T');
  test.each([
    ['another extension', { id: 'someone-else', url: 'https://evil.example/', tab: { id: 1 }, frameId: 0 }],
    ['a content script in a sub-frame', { id: 'story-lens-test', url: 'https://ads.example/', tab: { id: 1 }, frameId: 3 }],
    ['an extension page (not a tab\'s content script)', { id: 'story-lens-test', url: 'chrome-extension://story-lens-test/popup/popup.html', tab: { id: 1 } }],
    ['a sender without a tab', { id: 'story-lens-test', url: 'https://news.example/' }],
  ])('report:put from %s is forbidden and stores nothing', async (_name, sender) => {
    const { browser } = startWorker();
    expect(await browser.send({ type: 'report:put', report }, sender)).toMatchObject({ error: { code: 'forbidden' } });
    expect(browser.storageAreas.session.items.size).toBe(0);
  });

  test('popup calls from a web page\'s content script are forbidden: a page cannot read other tabs', async () => {
    const { browser } = startWorker();
    await put(browser, 1, 'Private tab');
    expect(await browser.fromTab(2, { type: 'report:get', tabId: 1 })).toMatchObject({ error: { code: 'forbidden' } });
    expect(await browser.fromTab(2, { type: 'library:export' })).toMatchObject({ error: { code: 'forbidden' } });
    expect(await browser.fromTab(2, { type: 'data:clear' })).toMatchObject({ error: { code: 'forbidden' } });
    expect(await get(browser, 1)).not.toBeNull();
  });

  test('malformed and unknown messages get an error value', async () => {
    const { browser } = startWorker();
    expect(await browser.fromPopup({ type: 'report:get', tabId: 'one' })).toMatchObject({ error: { code: 'malformed' } });
    expect(await browser.fromPopup({ type: 'tabs:list' })).toMatchObject({ error: { code: 'unknown-type' } });
    expect(await browser.fromPopup(null)).toMatchObject({ error: { code: 'malformed' } });
    expect(await browser.fromTab(1, { type: 'report:put', report: { version: 1 } })).toMatchObject({ error: { code: 'malformed' } });
  });
});

describe('the 20 tabs reporting together', () => {
  test('every tab\'s report and every story is kept', async () => {
    const { browser } = startWorker();
    await Promise.all(Array.from({ length: 20 }, (_, i) => put(browser, i + 1, `Story ${i + 1}`, `https://site${i}.example/story`)));
    for (let i = 1; i <= 20; i += 1) expect(await get(browser, i)).toMatchObject({ article: { title: `Story ${i}` } });
    expect(await browser.fromPopup({ type: 'library:stats' })).toMatchObject({ stories: 20 });
  });

  test('without the write lock the same burst loses stories (so the test above can fail)', async () => {
    const { browser } = startWorker(new FakeBrowser(), { withLock: (_name, task) => task() });
    await Promise.all(Array.from({ length: 20 }, (_, i) => put(browser, i + 1, `Story ${i + 1}`, `https://site${i}.example/story`)));
    const stats = (await browser.fromPopup({ type: 'library:stats' })) as { stories: number };
    expect(stats.stories).toBeLessThan(20);
  });
});

describe('private windows', () => {
  test('a story read in a private window is shown for its tab but never written to the library', async () => {
    const { browser } = startWorker();
    const sender = { id: browser.runtime.id, url: 'https://news.example/private', frameId: 0, tab: { id: 3, incognito: true } };
    expect(await browser.send({ type: 'report:put', report: fakeReport('Private reading') }, sender)).toBeNull();
    expect(await get(browser, 3)).toMatchObject({ article: { title: 'Private reading' } });
    expect(browser.badges.get(3)?.text).toBe('3');
    expect(await browser.fromPopup({ type: 'library:stats' })).toMatchObject({ stories: 0 });
    expect([...browser.storageAreas.local.items.keys()]).toEqual([]);
  });
});

describe('catalog and data', () => {
  test('catalog:save answers an id, counts in the catalog and is listed for the content script', async () => {
    const { browser } = startWorker();
    await put(browser, 1, 'Bridge vote delayed', 'https://city.example/bridge');
    const saved = (await browser.fromPopup({ type: 'catalog:save', tabId: 1 })) as { id: string };
    expect(saved.id).toMatch(/^saved-bridge-vote-delayed-/);
    expect(await browser.fromPopup({ type: 'catalog:save', tabId: 1 })).toEqual(saved);
    expect(await browser.fromPopup({ type: 'library:stats' })).toMatchObject({ stories: 1, catalog: 2 });
    expect(await browser.fromTab(1, { type: 'catalog:saved' })).toEqual([
      { id: saved.id, title: 'Bridge vote delayed', highlights: ['A first highlight.'], published: '2026-05-01', source: 'News Example', fingerprint: null },
    ]);
    expect(await browser.fromPopup({ type: 'catalog:save', tabId: 99 })).toMatchObject({ error: { code: 'not-found' } });
  });

  test('a story recognised from the catalog is not saved twice: its catalog id is the answer', async () => {
    const { browser } = startWorker();
    const report = fakeReport('Known', { story: { id: 'shipped-1', title: 'Known', confidence: 0.97, coverage: 1 } });
    await browser.fromTab(1, { type: 'report:put', report });
    expect(await browser.fromPopup({ type: 'catalog:save', tabId: 1 })).toEqual({ id: 'shipped-1' });
    expect(await browser.fromPopup({ type: 'library:stats' })).toMatchObject({ catalog: 1 });
  });

  test('data:clear forgets reports, stories and saved stories but keeps the reader\'s settings', async () => {
    const { browser } = startWorker();
    browser.storageAreas.local.items.set('settings', { autoAnnotate: false });
    await put(browser, 1);
    await browser.fromPopup({ type: 'catalog:save', tabId: 1 });
    expect(await browser.fromPopup({ type: 'data:clear' })).toBeNull();
    expect(await get(browser, 1)).toBeNull();
    expect(browser.badges.get(1)?.text).toBe('');
    expect(await browser.fromPopup({ type: 'library:stats' })).toMatchObject({ stories: 0, catalog: 1 });
    expect([...browser.storageAreas.local.items.keys()]).toEqual(['settings']);
  });
});
