import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { analyse } from '../core/analyse';
import { fingerprintStory } from '../core/story/fingerprint';
import { shippedCatalog } from '../core/story/shipped-catalog';
import { encodeAnalysis } from '../shared/analysis-wire';
import type { CallError, PageState, StoryReading } from '../shared/protocol';
import type { Result } from '../shared/result';
import { err, ok } from '../shared/result';
import type { Settings } from '../shared/settings';
import { DEFAULT_SETTINGS } from '../shared/settings';
import type { ContentApi, MessageListener } from './content-api';
import { runContentScript } from './run-content-script';
import { MARK_TAG } from './wrap-painter';

// The whole content script on the project's CNN fixture in jsdom (no Highlight API there, so the
// wrapping fallback draws), driven through a fake of the browser APIs: settings and messages. The
// fake background analyses with the core, as the worker does, unless a test answers for it.
const page = readFileSync(fileURLToPath(new URL('../../tests/fixtures/kerry-syria/cnn-2016.html', import.meta.url)), 'utf8');

type Analyser = (reading: StoryReading) => Promise<Result<unknown, CallError>>;
const coreAnalyser: Analyser = async (reading) => ok(encodeAnalysis(analyse(reading, shippedCatalog), fingerprintStory(reading.model)));

function start(settings: Partial<Settings> = {}, analyser: Analyser = coreAnalyser) {
  const { window } = new JSDOM(page, { url: 'https://edition.example.com/2016/10/16/kerry', virtualConsole: new VirtualConsole() });
  const sent: string[] = [];
  const asked: StoryReading[] = [];
  let alive = true;
  // What the content script follows on the page: its MutationObservers still observing, and how
  // often a page change or navigation made it look (each look first checks the extension is alive).
  let looks = 0;
  const observing = new Set<MutationObserver>();
  const { observe, disconnect } = window.MutationObserver.prototype;
  window.MutationObserver.prototype.observe = function (this: MutationObserver, ...args: Parameters<MutationObserver['observe']>) {
    observing.add(this);
    return observe.apply(this, args);
  };
  window.MutationObserver.prototype.disconnect = function (this: MutationObserver) {
    observing.delete(this);
    return disconnect.call(this);
  };
  let listener: MessageListener = () => undefined;
  let onSettings: (settings: Settings) => void = () => undefined;
  const api: ContentApi = {
    extensionId: 'story-lens',
    alive: () => (looks++, alive),
    send: (type) => sent.push(type),
    styleTab: async () => ({ ok: true, value: { previous: [] } }),
    ask: async (type, params) => {
      if (type !== 'story:analyse') return err({ code: 'unknown-type', message: type });
      asked.push(params as StoryReading);
      return (await analyser(params as StoryReading)) as never;
    },
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
  const followed = () => ({ observers: observing.size, looks });
  return { window, sent, asked, state, settle, changeSettings, controller, before, orphan, followed, listener: () => listener };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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

  it('on a site switched off, watches nothing: no observer on the page, and a page change or a navigation there reads nothing', async () => {
    const { window, state, asked, sent, followed } = start({ disabledSites: ['example.com'] });
    await pause(50);
    expect(followed()).toEqual({ observers: 0, looks: 0 });
    window.document.querySelector('.zn-body__paragraph')!.append(' A late paragraph.');
    window.history.pushState({}, '', '/2016/10/17/other');
    window.dispatchEvent(new window.PopStateEvent('popstate'));
    // well past the page-change watcher's quiet period (250 ms), when it would have looked
    await pause(600);
    expect(followed()).toEqual({ observers: 0, looks: 0 });
    expect(asked).toEqual([]);
    expect(sent).toEqual([]);
    expect((await state()).state).toBe('idle');
  });

  it('switching the site on starts following the page (a late paragraph is read); switching it off stops', async () => {
    const { window, settle, changeSettings, asked, followed } = start({ disabledSites: ['example.com'] });
    await pause(50);
    changeSettings({ disabledSites: [] });
    await settle(['annotated']);
    expect(followed().observers).toBe(1);
    window.document.querySelector('.zn-body__paragraph')!.append(' Maria Gonzalez, the mayor of Springfield, said the bridge would reopen.');
    for (let i = 0; i < 150 && asked.length < 2; i++) await pause(20);
    expect(asked).toHaveLength(2);
    expect(asked[1]!.model.text).toContain('Maria Gonzalez');
    await settle(['annotated']);
    changeSettings({ disabledSites: ['example.com'] });
    await settle(['idle']);
    const off = followed();
    expect(off.observers).toBe(0);
    window.document.querySelector('.zn-body__paragraph')!.append(' Another late paragraph.');
    await pause(600);
    expect(followed()).toEqual(off);
    expect(asked).toHaveLength(2);
  });

  it('"Annotate this page" on a site switched off annotates it and follows it until the reader clears it', async () => {
    const { window, listener, settle, sent, asked, followed } = start({ disabledSites: ['example.com'] });
    await pause(50);
    const answer = (await listener()({ type: 'page:annotate' }, 'story-lens')) as PageState;
    expect(answer.state).toBe('annotated');
    expect(answer.painted.person).toBeGreaterThan(0);
    expect(window.document.querySelectorAll(MARK_TAG).length).toBeGreaterThan(0);
    expect(sent).toEqual(['report:put']);
    expect(followed().observers).toBe(1);
    window.document.querySelector('.zn-body__paragraph')!.append(' Maria Gonzalez, the mayor of Springfield, said the bridge would reopen.');
    for (let i = 0; i < 150 && asked.length < 2; i++) await pause(20);
    expect(asked).toHaveLength(2);
    await settle(['annotated']);
    await listener()({ type: 'highlights:clear' }, 'story-lens');
    expect(window.document.querySelectorAll(MARK_TAG)).toHaveLength(0);
    expect(followed().observers).toBe(0);
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

  it('sends the background the story it read, never the page: text, blocks, article and address', async () => {
    const { settle, asked } = start();
    await settle(['annotated']);
    expect(asked).toHaveLength(1);
    expect(Object.keys(asked[0]!).sort()).toEqual(['article', 'model', 'url']);
    expect(asked[0]!.model.text).toContain('Kerry');
    expect(asked[0]!.url).toBe('https://edition.example.com/2016/10/16/kerry');
  });

  it('where the background cannot analyse, leaves the page untouched, says why, and tries again when the page changes', async () => {
    let answer: Result<unknown, CallError> = err({ code: 'failed', message: 'Could not establish connection. Receiving end does not exist.' });
    const { state, window, before, sent, asked } = start({}, async (reading) => (answer.ok ? coreAnalyser(reading) : answer));
    for (let i = 0; i < 100 && asked.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const failed = await state();
    expect(failed.state).toBe('idle');
    expect(failed.painted).toEqual({ person: 0, place: 0, organization: 0, quote: 0 });
    expect(failed.problem).toMatch(/could not analyse.*Receiving end does not exist/);
    expect(window.document.documentElement.outerHTML).toBe(before);
    expect(sent).toEqual([]);
    // The background is back; the page adds a paragraph: annotated now.
    answer = ok(null);
    window.document.querySelector('.zn-body__paragraph')!.append(' More text.');
    let now = await state();
    for (let i = 0; i < 150 && now.state !== 'annotated'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      now = await state();
    }
    expect(now.state).toBe('annotated');
    expect(now.problem).toBeUndefined();
    expect(sent).toEqual(['report:put']);
  });

  it('paints nothing from an answer it cannot read (a worker of another version), and says so', async () => {
    const { state, window, before, asked } = start({}, async () => ok({ report: { version: 99 }, spans: [0, -4, 0] }));
    for (let i = 0; i < 100 && asked.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = await state();
    expect(now.state).toBe('idle');
    expect(now.problem).toMatch(/unreadable/);
    expect(window.document.documentElement.outerHTML).toBe(before);
  });

  it('an answer that comes late is painted whole; page:state says idle until every mark is on', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { state, settle, asked, window } = start({}, async (reading) => {
      await gate;
      return coreAnalyser(reading);
    });
    for (let i = 0; i < 100 && asked.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await state()).state).toBe('idle');
    expect(window.document.querySelectorAll(MARK_TAG)).toHaveLength(0);
    release();
    const done = await settle(['annotated']);
    expect(done.painted.person).toBeGreaterThan(0);
    expect(asked).toHaveLength(1);
  });

  it('an answer overtaken by a client-side navigation is never painted; the new page is', async () => {
    const gates: Array<() => void> = [];
    const { state, settle, asked, window, sent } = start({}, async (reading) => {
      await new Promise<void>((resolve) => gates.push(resolve));
      return coreAnalyser(reading);
    });
    for (let i = 0; i < 100 && asked.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    // The page moves to another story while the first analysis is under way.
    window.history.pushState({}, '', '/2016/10/17/other');
    window.dispatchEvent(new window.PopStateEvent('popstate'));
    const body = window.document.querySelector('.zn-body__paragraph')!;
    body.textContent = 'Maria Gonzalez, the mayor of Springfield, said on Monday that the bridge would reopen. ' + body.textContent;
    gates.shift()!();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await state()).state).toBe('idle');
    expect(window.document.querySelectorAll(MARK_TAG)).toHaveLength(0);
    expect(sent.filter((type) => type === 'report:put')).toEqual([]);
    for (let i = 0; i < 150 && asked.length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(asked).toHaveLength(2);
    expect(asked[1]!.url).toBe('https://edition.example.com/2016/10/17/other');
    expect(asked[1]!.model.text).toContain('Maria Gonzalez');
    gates.shift()!();
    expect((await settle(['annotated'])).state).toBe('annotated');
    expect(sent.filter((type) => type === 'report:put')).toHaveLength(1);
  });
});
