import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import type { PageState } from '../shared/protocol';
import type { Settings } from '../shared/settings';
import { DEFAULT_SETTINGS } from '../shared/settings';
import type { ContentApi, MessageListener } from './content-api';
import { runContentScript } from './run-content-script';
import { MARK_TAG } from './wrap-painter';

// The whole content script on the project's CNN fixture in jsdom (no Highlight API there, so the
// wrapping fallback draws), driven through a fake of the browser APIs: settings and messages.
const page = readFileSync(fileURLToPath(new URL('../../tests/fixtures/kerry-syria/cnn-2016.html', import.meta.url)), 'utf8');

function start(settings: Partial<Settings> = {}) {
  const { window } = new JSDOM(page, { url: 'https://edition.example.com/2016/10/16/kerry', virtualConsole: new VirtualConsole() });
  const sent: string[] = [];
  let alive = true;
  let listener: MessageListener = () => undefined;
  let onSettings: (settings: Settings) => void = () => undefined;
  const api: ContentApi = {
    extensionId: 'story-lens',
    alive: () => alive,
    send: (type) => sent.push(type),
    styleTab: async () => ({ ok: true, value: { previous: [] } }),
    onMessage: (handler) => (listener = handler),
    loadSettings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    onSettings: (handler) => (onSettings = handler),
  };
  const controller = new window.AbortController();
  const before = window.document.documentElement.outerHTML;
  runContentScript(window.document, api, controller);
  const state = () => listener({ type: 'page:state' }, 'story-lens') as Promise<PageState>;
  const settle = async (states: Array<PageState['state']>) => {
    for (let i = 0; i < 100; i++) {
      const now = await state();
      if (states.includes(now.state)) return now;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return state();
  };
  const changeSettings = (next: Partial<Settings>) => onSettings({ ...DEFAULT_SETTINGS, ...next });
  stops.push(() => controller.abort());
  const orphan = () => (alive = false);
  return { window, sent, state, settle, changeSettings, controller, before, orphan, listener: () => listener };
}

const stops: Array<() => void> = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

describe('runContentScript', { timeout: 30_000 }, () => {
  it('annotates a story as soon as the settings allow, with the fallback renderer where the Highlight API is missing', async () => {
    const { settle, sent, window } = start();
    const state = await settle(['annotated']);
    expect(state.state).toBe('annotated');
    expect(state.renderer).toBe('wrap');
    expect(state.painted.person).toBeGreaterThan(0);
    expect(window.document.querySelectorAll(MARK_TAG).length).toBeGreaterThan(0);
    expect(sent).toContain('report:put');
  });

  it('does nothing on a site switched off, and annotates the moment it is switched on again', async () => {
    const { state, settle, changeSettings, sent } = start({ disabledSites: ['example.com'] });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await state()).state).toBe('idle');
    expect(sent).toEqual([]);
    changeSettings({ disabledSites: [] });
    expect((await settle(['annotated'])).state).toBe('annotated');
  });

  it('switching the site off clears the page back to its exact markup and clears the report', async () => {
    const { settle, changeSettings, window, before, sent } = start();
    await settle(['annotated']);
    changeSettings({ disabledSites: ['edition.example.com'] });
    expect((await settle(['idle'])).state).toBe('idle');
    expect(window.document.documentElement.outerHTML).toBe(before);
    expect(sent.at(-1)).toBe('report:clear');
  });

  it('waits to be asked where automatic annotation is off, and recolours without reading again', async () => {
    const { state, listener, settle, changeSettings, window } = start({ autoAnnotate: false });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await state()).state).toBe('idle');
    await listener()({ type: 'page:annotate' }, 'story-lens');
    expect((await settle(['annotated'])).state).toBe('annotated');
    changeSettings({ autoAnnotate: false, colours: { ...DEFAULT_SETTINGS.colours, person: '#ff0000' } });
    const mark = [...window.document.querySelectorAll(MARK_TAG)].find((m) => m.textContent === 'Kerry') as HTMLElement;
    expect(mark.style.getPropertyValue('background-color')).toMatch(/#ff0000|rgb\(255, 0, 0\)/);
  });

  it('an orphan of a reloaded extension takes its highlights away at the next page change', async () => {
    const { settle, window, before, orphan } = start();
    await settle(['annotated']);
    orphan();
    window.document.querySelector('.zn-body__paragraph')!.append(' More text.');
    for (let i = 0; i < 100 && window.document.querySelector(MARK_TAG); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(window.document.querySelectorAll(MARK_TAG)).toHaveLength(0);
    expect(window.document.documentElement.outerHTML).toBe(before.replace(/(<div class="zn-body__paragraph">Attendees[^<]*)/, '$1 More text.'));
  });

  it('stopping (a second injection, the extension turned off) takes every highlight away', async () => {
    const { settle, controller, window, before } = start();
    await settle(['annotated']);
    controller.abort();
    expect(window.document.documentElement.outerHTML).toBe(before);
  });
});
