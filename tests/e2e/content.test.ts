/**
 * The live page end to end: the built extension (dist/) in real Chromium and Firefox ESR, on the
 * project's fixture pages. What a reader would see: which words are highlighted (read from the page's
 * own `CSS.highlights` registry, which both browsers share with page scripts), that nothing outside the
 * story is, that late and changed text is followed, and that the toggle gives the page back.
 *
 * Chromium also checks the message contract (`page:state`, toggles, `report:get`) through the
 * extension's worker. Firefox's WebDriver BiDi cannot open extension pages, so there the page is
 * checked from outside only.
 */
import { mkdirSync } from 'node:fs';
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

declare const chrome: any;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(ROOT, 'tests/fixtures');
const ARTIFACTS = join(ROOT, 'artifacts/e2e');
const CHROMIUM = '/usr/bin/chromium';
const FIREFOX = '/usr/bin/firefox-esr';
const GECKO_ID = 'story-lens@story-lens.dev';

type Kind = 'person' | 'place' | 'organization' | 'quote';
const KINDS: Kind[] = ['person', 'place', 'organization', 'quote'];

/** Every range we paint, by kind: its text and whether it lies inside the page's story markup. */
interface Painted {
  kind: Kind;
  text: string;
  inStory: boolean;
}

/** A loaded page, whichever the browser. */
interface LivePage {
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  click(selector: string): Promise<void>;
  hover(word: string, within: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Chromium only: a message to the content script, as the background or popup sends it */
  send?(message: object): Promise<unknown>;
  /** Chromium only: the background's report for this tab (`report:get`) */
  report?(): Promise<{ article: { title: string | null }; entities: Array<{ type: Kind; aliases: string[]; mentions: number }>; quotes: Array<{ text: string }> } | null>;
}

interface Driver {
  open(path: string): Promise<LivePage>;
  close(): Promise<void>;
}

const distReady = (browser: string) => existsSync(join(ROOT, 'dist', browser, 'manifest.json'));

async function serve(): Promise<{ origin: string; close(): void }> {
  const server = createServer((request, response) => {
    const path = normalize(join(FIXTURES, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    if (!path.startsWith(FIXTURES) || !existsSync(path)) return void response.writeHead(404).end();
    const type = { '.html': 'text/html', '.js': 'text/javascript', '.txt': 'text/plain' }[extname(path)] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
    createReadStream(path).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

/** Runs in the page: the ranges in `CSS.highlights` whose names are ours (`sl-<salt>-<kind>`). */
function readPainted(storySelector: string): Painted[] {
  const out: Painted[] = [];
  for (const [name, highlight] of CSS.highlights) {
    const kind = /^sl-[a-z]+-(person|place|organization|quote)$/.exec(name)?.[1];
    if (!kind) continue;
    for (const range of highlight as unknown as Iterable<Range>) {
      const container = range.commonAncestorContainer;
      const element = container.nodeType === 1 ? (container as Element) : container.parentElement;
      out.push({ kind: kind as Kind, text: range.toString(), inStory: element?.closest(storySelector) != null });
    }
  }
  return out;
}

function countByKind(painted: Painted[]): Record<Kind, number> {
  const counts = { person: 0, place: 0, organization: 0, quote: 0 };
  for (const range of painted) counts[range.kind]++;
  return counts;
}

async function until<T>(probe: () => Promise<T>, ok: (value: T) => boolean, what: string, tries = 60): Promise<T> {
  let value = await probe();
  for (let i = 0; i < tries && !ok(value); i++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    value = await probe();
  }
  if (!ok(value)) throw new Error(`gave up waiting for ${what}: ${JSON.stringify(value).slice(0, 400)}`);
  return value;
}

async function chromiumDriver(origin: string): Promise<Driver> {
  const { chromium } = await import('playwright-core');
  const extension = join(ROOT, 'dist/chrome');
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', `--disable-extensions-except=${extension}`, `--load-extension=${extension}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    async open(path) {
      const page = await context.newPage();
      const url = `${origin}/${path}`;
      await page.goto(url);
      // Without the "tabs" permission tabs carry no URL: the page brought to the front is the active tab.
      const tabId = async () => {
        await page.bringToFront();
        return worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1, null);
      };
      return {
        evaluate: (fn, arg) => page.evaluate(fn as never, arg),
        click: (selector) => page.click(selector),
        async hover(word, within) {
          const box = await page.evaluate(boxOf, { word, within });
          await page.mouse.move(box.x - 40, box.y + 60);
          await page.mouse.move(box.x, box.y, { steps: 5 });
        },
        screenshot: async (file) => void (await page.screenshot({ path: file })),
        send: async (message) => worker.evaluate(async ([id, msg]) => chrome.tabs.sendMessage(id as number, msg), [await tabId(), message] as const),
        async report() {
          const id = await tabId();
          const popup = await context.newPage();
          await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup/popup.html`);
          const report = await popup.evaluate(async (tab) => chrome.runtime.sendMessage({ type: 'report:get', tabId: tab }), id);
          await popup.close();
          return report as never;
        },
      };
    },
    close: () => context.close(),
  };
}

async function firefoxDriver(origin: string): Promise<Driver> {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, defaultViewport: { width: 1200, height: 900 } });
  const id = await browser.installExtension(join(ROOT, 'dist/firefox'));
  expect(id).toBe(GECKO_ID);
  return {
    async open(path) {
      const page = await browser.newPage();
      await page.goto(`${origin}/${path}`);
      return {
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        click: (selector) => page.click(selector),
        async hover(word, within) {
          const box = await page.evaluate(boxOf, { word, within });
          await page.mouse.move(box.x - 40, box.y + 60);
          await page.mouse.move(box.x, box.y, { steps: 5 });
        },
        screenshot: async (file) => void (await page.screenshot({ path: file })),
      };
    },
    close: () => browser.close(),
  };
}

/** Runs in the page: the centre of the first occurrence of a word inside `within`, scrolled into view. */
function boxOf({ word, within }: { word: string; within: string }): { x: number; y: number } {
  for (const root of document.querySelectorAll(within)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(word);
      if (at < 0) continue;
      node.parentElement!.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
  }
  throw new Error(`no ${word} in ${within}`);
}

const CNN_STORY = 'h1, .el__storyhighlights, .zn-body__paragraph, figcaption';
const LIVE_STORY = 'article';
const norm = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.each([
  ['chromium', CHROMIUM, 'chrome', chromiumDriver],
  ['firefox', FIREFOX, 'firefox', firefoxDriver],
] as const)('the live page in %s', (name, executable, dist, makeDriver) => {
  const ready = existsSync(executable) && distReady(dist);
  let driver: Driver;
  let server: { origin: string; close(): void };

  beforeAll(async () => {
    if (!ready) return;
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await serve();
    driver = await makeDriver(server.origin);
  }, 120_000);
  afterAll(async () => {
    await driver?.close();
    server?.close();
  });

  it.skipIf(!ready)('paints every entity and quotation of the CNN story, and only there', async () => {
    const page = await driver.open('kerry-syria/cnn-2016.html');
    const painted = await until(() => page.evaluate(readPainted, CNN_STORY), (p) => p.length > 40, 'highlights');
    expect(painted.filter((range) => !range.inStory)).toEqual([]);
    const counts = countByKind(painted);
    for (const kind of KINDS) expect(counts[kind], kind).toBeGreaterThan(0);
    // the chrome's decoys (README of the fixtures) are never painted
    const texts = painted.map((range) => norm(range.text));
    for (const decoy of ['Theresa May', 'Berlin', 'Ban Ki-moon', 'Turner Broadcasting System', 'Red Cross', 'We will not be intimidated']) {
      expect(texts).not.toContain(decoy);
    }
    await page.screenshot(join(ARTIFACTS, `content-${name}-cnn-2016.png`));

    if (page.send && page.report) {
      const state = (await page.send({ type: 'page:state' })) as { state: string; painted: Record<Kind, number>; renderer: string };
      expect(state).toEqual({ state: 'annotated', painted: counts, renderer: 'highlight-api' });
      const report = (await page.report())!;
      // each entity painted once per mention, each range on one of its aliases
      for (const type of ['person', 'place', 'organization'] as const) {
        const entities = report.entities.filter((entity) => entity.type === type);
        expect(counts[type]).toBe(entities.reduce((sum, entity) => sum + entity.mentions, 0));
        const aliases = new Set(entities.flatMap((entity) => entity.aliases.map(norm)));
        for (const range of painted.filter((r) => r.kind === type)) expect(aliases, range.text).toContain(norm(range.text));
      }
      const quoted = report.quotes.map((quote) => norm(quote.text)).join(' ');
      for (const range of painted.filter((r) => r.kind === 'quote')) expect(quoted).toContain(norm(range.text));
    }
  });

  it.skipIf(!ready)('shows a card for the highlight under the pointer', async () => {
    const page = await driver.open('kerry-syria/cnn-2016.html');
    await until(() => page.evaluate(readPainted, CNN_STORY), (p) => p.length > 40, 'highlights');
    await page.hover('Lavrov', '.zn-body__paragraph');
    const hosts = await until(() => page.evaluate(() => document.querySelectorAll('story-lens-card').length, null), (n) => n === 1, 'the card');
    expect(hosts).toBe(1);
    // closed shadow root: the page cannot look inside
    expect(await page.evaluate(() => document.querySelector('story-lens-card')!.shadowRoot, null)).toBeNull();
    await page.screenshot(join(ARTIFACTS, `content-${name}-hover-card.png`));
  });

  it.skipIf(!ready)('annotates the single-page app once it renders, late paragraph included', async () => {
    const page = await driver.open('kerry-syria/spa.html');
    await until(() => page.evaluate(() => document.documentElement.dataset.appState, null), (s) => s === 'late-paragraph-appended', 'the late paragraph');
    const painted = await until(
      () => page.evaluate(readPainted, CNN_STORY),
      (p) => p.some((range) => range.text === 'Lavrov') && p.some((range) => norm(range.text).includes('open to new proposals')),
      'the late paragraph annotated',
    );
    expect(painted.filter((range) => !range.inStory)).toEqual([]);
    expect(painted.filter((range) => range.text === 'Moscow')).not.toHaveLength(0);
  });

  it.skipIf(!ready || name !== 'chromium')('toggling all off gives the page back, toggling on paints the same again', async () => {
    const page = await driver.open('kerry-syria/cnn-2016.html');
    const before = await until(() => page.evaluate(readPainted, CNN_STORY), (p) => p.length > 40, 'highlights');
    const html = await page.evaluate(() => document.documentElement.outerHTML, null);
    const off = (await page.send!({ type: 'highlights:toggle', on: false })) as { painted: Record<Kind, number> };
    expect(off.painted).toEqual({ person: 0, place: 0, organization: 0, quote: 0 });
    expect(await page.evaluate(readPainted, CNN_STORY)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.outerHTML, null)).toBe(html);
    const place = (await page.send!({ type: 'highlights:toggle', kind: 'place' })) as { painted: Record<Kind, number> };
    expect(place.painted.place).toBe(countByKind(before).place);
    expect(place.painted.person).toBe(0);
    await page.send!({ type: 'highlights:toggle', on: true });
    expect(countByKind(await page.evaluate(readPainted, CNN_STORY))).toEqual(countByKind(before));
    const cleared = (await page.send!({ type: 'highlights:clear' })) as { state: string };
    expect(cleared.state).toBe('idle');
    expect(await page.report!()).toBeNull();
  });

  it.skipIf(!ready || name !== 'chromium')('"show me" walks through the mentions of an entity', async () => {
    const page = await driver.open('kerry-syria/cnn-2016.html');
    await until(() => page.evaluate(readPainted, CNN_STORY), (p) => p.length > 40, 'highlights');
    const report = (await page.report!()) as unknown as { entities: Array<{ id: string; name: string; mentions: number }> };
    const most = [...report.entities].sort((a, b) => b.mentions - a.mentions)[0]!;
    const first = await page.send!({ type: 'highlights:show', ref: most.id });
    const second = await page.send!({ type: 'highlights:show', ref: most.id });
    expect(first).toEqual({ index: 1, total: most.mentions });
    expect(second).toEqual({ index: 2, total: most.mentions });
    expect(await page.send!({ type: 'highlights:show', ref: 'no-such-entity' })).toMatchObject({ error: { code: 'not-found' } });
  });

  it.skipIf(!ready)('follows client-side navigation to another story and away from stories', async () => {
    const page = await driver.open('live/navigate.html');
    await until(() => page.evaluate(readPainted, LIVE_STORY), (p) => p.some((r) => r.text === 'Martina Vogel'), 'story A');
    await page.click('nav a[data-story="b"]');
    const b = await until(() => page.evaluate(readPainted, LIVE_STORY), (p) => p.some((r) => r.text === 'Daniel Kiprop'), 'story B');
    expect(b.map((r) => r.text)).not.toContain('Martina Vogel');
    expect(b.filter((range) => !range.inStory)).toEqual([]);
    if (page.report) expect((await until(() => page.report!(), (r) => r?.article.title?.includes('Boston') ?? false, 'report B'))!.article.title).toContain('Boston');
    await page.click('nav a[data-story="none"]');
    await until(() => page.evaluate(readPainted, LIVE_STORY), (p) => p.length === 0, 'no highlights on a non-story');
    if (page.report) await until(() => page.report!(), (r) => r === null, 'the report cleared');
    await page.evaluate(() => history.back(), null);
    await until(() => page.evaluate(readPainted, LIVE_STORY), (p) => p.some((r) => r.text === 'Daniel Kiprop'), 'story B after going back');
  });

  it.skipIf(!ready)('never leaves a highlight on words a page script rewrote', async () => {
    const page = await driver.open('live/rewrite.html');
    const before = await until(() => page.evaluate(readPainted, LIVE_STORY), (p) => p.some((r) => r.text === 'Peter Hahn'), 'highlights');
    await page.evaluate(() => (window as unknown as { rewriteName(): void }).rewriteName(), null);
    const dropped = await page.evaluate(readPainted, LIVE_STORY);
    // at once: the highlight over the rewritten words is gone, none is left on other words
    expect(dropped.map((r) => r.text)).not.toContain('Peter Hahn');
    expect(dropped.map((r) => r.text)).not.toContain('');
    const after = await until(
      () => page.evaluate(readPainted, LIVE_STORY),
      (p) => p.length !== before.length - 1 || p.some((r) => r.text === 'Duisburg'),
      'the page read again',
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    if (page.report) {
      // every highlight left stands on a form the fresh analysis of the new text found
      const report = await until(() => page.report!(), (r) => !JSON.stringify(r).includes('Peter Hahn'), 'the new report');
      const forms = new Set([...report!.entities.flatMap((e) => e.aliases), ...report!.quotes.map((q) => q.text)].map(norm));
      const settled = await page.evaluate(readPainted, LIVE_STORY);
      for (const range of settled.filter((r) => r.kind !== 'quote')) expect(forms, range.text).toContain(norm(range.text));
    }
    // A framework re-render with the same text: re-anchored on the new nodes, nothing lost.
    const settled = (await page.evaluate(readPainted, LIVE_STORY)).map((r) => r.text).sort();
    await page.evaluate(() => (window as unknown as { rerender(): void }).rerender(), null);
    const rerendered = await until(
      () => page.evaluate(readPainted, LIVE_STORY),
      (p) => p.length === settled.length && p.every((r) => r.text !== ''),
      're-anchored highlights',
    );
    expect(rerendered.map((r) => r.text).sort()).toEqual(settled);
    await page.evaluate(() => (window as unknown as { appendParagraph(): void }).appendParagraph(), null);
    await until(() => page.evaluate(readPainted, LIVE_STORY), (p) => p.some((r) => r.text === 'Anna de Boer'), 'the new paragraph');
    expect(before.length).toBeGreaterThan(5);
  });

  it.skipIf(!ready)('on a hostile page: paints only the story, never touches its DOM, and the card still shows', async () => {
    const page = await driver.open('live/hostile.html');
    const painted = await until(() => page.evaluate(readPainted, 'article'), (p) => p.some((r) => r.text === 'Martina Vogel'), 'highlights');
    expect(painted.filter((range) => !range.inStory)).toEqual([]);
    for (const elsewhere of ['Olaf Scholz', 'Jacinda Ardern', 'Boris Johnson', 'Vladimir Putin', 'Greta Thunberg', 'Tokyo']) {
      expect(painted.map((r) => r.text)).not.toContain(elsewhere);
    }
    await page.hover('Vogel', 'article');
    await until(() => page.evaluate(() => document.querySelectorAll('story-lens-card').length, null), (n) => n === 1, 'the card');
    const display = await page.evaluate(() => getComputedStyle(document.querySelector('story-lens-card')!).display, null);
    expect(display).toBe('block');
    expect(await page.evaluate(() => (window as unknown as { storyMutations: number }).storyMutations, null)).toBe(0);
  });

  it.skipIf(!ready)('paints under the strictest Content-Security-Policy', async () => {
    const page = await driver.open('live/strict-csp.html');
    const painted = await until(() => page.evaluate(readPainted, 'article'), (p) => p.some((r) => r.text === 'Martina Vogel'), 'highlights');
    expect(countByKind(painted).place).toBeGreaterThan(3);
    await page.screenshot(join(ARTIFACTS, `content-${name}-strict-csp.png`));
  });
});
