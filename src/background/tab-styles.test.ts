import { describe, expect, test } from 'vitest';
import { highlightCss, randomHighlightNames } from '../shared/highlight-style';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { FakeBrowser } from './fake-browser-api';
import { startWorker } from './test-background';

const styleOf = (person = DEFAULT_SETTINGS.colours.person) => ({ names: randomHighlightNames(), colours: { ...DEFAULT_SETTINGS.colours, person } });

describe('highlights:style', () => {
  test('inserts the rules into the sender’s tab, replaces them on a recolour, and removes them', async () => {
    const { browser } = startWorker();
    const style = styleOf();
    expect(await browser.fromTab(3, { type: 'highlights:style', style })).toEqual({ previous: [] });
    expect(browser.insertedCss.get(3)).toEqual([highlightCss(style)]);
    const recoloured = { ...style, colours: { ...style.colours, person: '#123456' } };
    expect(await browser.fromTab(3, { type: 'highlights:style', style: recoloured })).toEqual({ previous: [] });
    expect(browser.insertedCss.get(3)).toEqual([highlightCss(recoloured)]);
    expect(await browser.fromTab(3, { type: 'highlights:style', style: null })).toEqual({ previous: [] });
    expect(browser.insertedCss.get(3)).toEqual([]);
  });

  test('a new content script in the tab (worker restarted meanwhile) replaces the old sheet and learns its names', async () => {
    const browser = startWorker().browser;
    const old = styleOf();
    await browser.fromTab(4, { type: 'highlights:style', style: old });
    const restarted = new FakeBrowser();
    for (const [key, value] of browser.storageAreas.session.items) restarted.storageAreas.session.items.set(key, value);
    restarted.insertedCss.set(4, [...browser.insertedCss.get(4)!]);
    startWorker(restarted);
    const fresh = styleOf();
    const answer = (await restarted.fromTab(4, { type: 'highlights:style', style: fresh })) as { previous: string[] };
    expect(answer.previous.sort()).toEqual(Object.values(old.names).sort());
    expect(restarted.insertedCss.get(4)).toEqual([highlightCss(fresh)]);
  });

  test.each([
    ['CSS in a colour', { person: 'red; } body { display: none', place: '#fff', organization: '#fff', quote: '#fff' }],
    ['a url() colour', { person: 'url(https://evil.example/x)', place: '#fff', organization: '#fff', quote: '#fff' }],
  ])('refuses %s: nothing is inserted', async (_what, colours) => {
    const { browser } = startWorker();
    expect(await browser.fromTab(5, { type: 'highlights:style', style: { names: randomHighlightNames(), colours } })).toMatchObject({ error: { code: 'malformed' } });
    expect(browser.insertedCss.get(5)).toBeUndefined();
  });

  test('refuses a name that is not twelve letters (it would be CSS of its own)', async () => {
    const { browser } = startWorker();
    const names = { ...randomHighlightNames(), person: 'x) { } body { display: none } ::highlight(y' };
    expect(await browser.fromTab(5, { type: 'highlights:style', style: { names, colours: DEFAULT_SETTINGS.colours } })).toMatchObject({ error: { code: 'malformed' } });
    expect(browser.insertedCss.get(5)).toBeUndefined();
  });

  test('where the browser refuses the sheet the answer is an error (the page adopts one itself) and nothing is recorded', async () => {
    const { browser } = startWorker();
    browser.refuseCss = true;
    expect(await browser.fromTab(6, { type: 'highlights:style', style: styleOf() })).toMatchObject({ error: { code: 'failed' } });
    expect(browser.storageAreas.session.items.has('style:6')).toBe(false);
  });
});
