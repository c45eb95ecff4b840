import { describe, expect, test } from 'vitest';
import { startWorker } from './test-background';

describe('story:start', () => {
  test("injects the story script into the sender's tab, once per call", async () => {
    const { browser } = startWorker();
    expect(await browser.fromTab(5, { type: 'story:start' })).toBeNull();
    expect(browser.injectedScripts.get(5)).toEqual(['story.js']);
    expect(browser.injectedScripts.get(6)).toBeUndefined();
  });

  test('answers an error value where the browser refuses to script the page', async () => {
    const { browser } = startWorker();
    browser.refuseScripts = true;
    expect(await browser.fromTab(5, { type: 'story:start' })).toMatchObject({
      error: { code: 'failed', message: expect.stringContaining('Cannot access contents of the page') },
    });
  });

  test('is refused to the extension’s own pages: only a web page’s content script may ask', async () => {
    const { browser } = startWorker();
    expect(await browser.fromPopup({ type: 'story:start' })).toMatchObject({ error: { code: 'forbidden' } });
    expect(browser.injectedScripts.size).toBe(0);
  });
});
