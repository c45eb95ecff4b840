import { describe, expect, test } from 'vitest';
import { FakeBrowser } from './fake-browser-api';
import { PAGE_MENU, TOGGLE_COMMAND } from './page-actions';
import { settled, startWorker } from './test-background';

/** Lets work a worker start may have begun (storage calls take a macrotask each) run to its end. */
const idle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

const state = { state: 'annotated', painted: { person: 1, place: 0, organization: 0, quote: 0 }, renderer: 'highlight-api' };

describe('the page menu', () => {
  test('is created on install with its three items, once per install event, and never by a worker start', async () => {
    const browser = new FakeBrowser();
    startWorker(browser);
    await idle();
    expect(browser.menuCreates).toEqual([]);
    await settled(browser.install());
    expect(browser.menuCreates).toHaveLength(3);
    await settled(browser.install());
    expect(browser.menuCreates).toHaveLength(6);
    // a worker restart registers its listeners again; the browser kept the items, so it creates none
    startWorker(browser);
    startWorker(browser);
    await idle();
    expect(browser.menuCreates).toHaveLength(6);
    expect(browser.menuErrors).toEqual([]);
    expect([...browser.menuItems.values()].map((item) => item.title)).toEqual([
      'Annotate this page',
      'Clear highlights',
      'Turn Story Lens on or off for this site',
    ]);
    expect([...browser.menuItems.values()].every((item) => item.documentUrlPatterns?.includes('https://*/*'))).toBe(true);
  });

  test.each([
    [PAGE_MENU[0]?.id, 'page:annotate'],
    [PAGE_MENU[1]?.id, 'highlights:clear'],
  ])('%s sends %s to the clicked tab\'s content script', async (id, type) => {
    const { browser } = startWorker();
    browser.contentScripts.set(4, () => state);
    await settled(browser.clickMenu(id ?? '', 4));
    expect(browser.tabMessages).toEqual([{ tabId: 4, message: { type } }]);
  });

  test('a click on a tab without a content script (a restricted page) is quietly left', async () => {
    const { browser } = startWorker();
    await expect(settled(browser.clickMenu(PAGE_MENU[0]?.id ?? '', 9))).resolves.toBeDefined();
    await settled(browser.clickMenu('someone-elses-item', 9));
    expect(browser.tabMessages).toHaveLength(1);
  });
});

describe('the site switch in the page menu', () => {
  const site = PAGE_MENU[2]?.id ?? '';
  test('turns Story Lens off for the page\'s site in the reader\'s settings, and on again', async () => {
    const { browser } = startWorker();
    await settled(browser.clickMenu(site, 4, 'https://www.News.example/2026/story?x=1'));
    expect(browser.storageAreas.sync.items.get('settings')).toMatchObject({ disabledSites: ['www.news.example'] });
    await settled(browser.clickMenu(site, 4, 'https://www.news.example/other'));
    expect(browser.storageAreas.sync.items.get('settings')).toMatchObject({ disabledSites: [] });
  });

  test('keeps the reader\'s other settings and other switched-off sites', async () => {
    const { browser } = startWorker();
    browser.storageAreas.sync.items.set('settings', { autoAnnotate: false, disabledSites: ['blog.example'] });
    await settled(browser.clickMenu(site, 4, 'https://news.example/a'));
    expect(browser.storageAreas.sync.items.get('settings')).toMatchObject({ autoAnnotate: false, disabledSites: ['blog.example', 'news.example'] });
  });

  test('does nothing where the page is not a web page', async () => {
    const { browser } = startWorker();
    await settled(browser.clickMenu(site, 4, null));
    expect(browser.storageAreas.sync.items.size).toBe(0);
  });
});

describe('the toggle shortcut', () => {
  test('sends highlights:toggle (every kind) to the tab it was pressed in', async () => {
    const { browser } = startWorker();
    browser.contentScripts.set(3, () => state);
    await settled(browser.pressCommand(TOGGLE_COMMAND, 3));
    expect(browser.tabMessages).toEqual([{ tabId: 3, message: { type: 'highlights:toggle' } }]);
  });

  test('falls back to the active tab where the browser does not say which tab', async () => {
    const { browser } = startWorker();
    browser.activeTab = 8;
    await settled(browser.pressCommand(TOGGLE_COMMAND, null));
    expect(browser.tabMessages).toEqual([{ tabId: 8, message: { type: 'highlights:toggle' } }]);
  });

  test('other commands send nothing', async () => {
    const { browser } = startWorker();
    browser.activeTab = 8;
    await settled(browser.pressCommand('_execute_action', null));
    expect(browser.tabMessages).toEqual([]);
  });
});
