// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadAfterPaint } from './load-after-paint';

const scripts = () => [...document.querySelectorAll('script')].map((script) => script.getAttribute('src'));

describe('loadAfterPaint', () => {
  beforeEach(() => document.body.replaceChildren());

  it('adds the popup’s script only once the first frame is painted, and then at once', async () => {
    let paint = () => {};
    const painted = new Promise<void>((resolve) => (paint = resolve));
    const loaded = loadAfterPaint(document, 'popup.js', painted);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(scripts()).toEqual([]);
    paint();
    const script = await loaded;
    expect(scripts()).toEqual(['popup.js']);
    expect(script.parentElement).toBe(document.body);
  });

  it('adds it too when the wait for the paint gave up (no paint reported)', async () => {
    await loadAfterPaint(document, 'popup.js', Promise.resolve(null));
    expect(scripts()).toEqual(['popup.js']);
  });
});

describe('popup.html', () => {
  it('has one script, the small boot.js, deferred: nothing else can run before its loading frame is painted', () => {
    const page = new DOMParser().parseFromString(readFileSync(join(__dirname, 'popup.html'), 'utf8'), 'text/html');
    const found = [...page.querySelectorAll('script')].map((script) => ({ src: script.getAttribute('src'), defer: script.defer, async: script.hasAttribute('async'), type: script.type }));
    expect(found).toEqual([{ src: 'boot.js', defer: true, async: false, type: '' }]);
  });
});
