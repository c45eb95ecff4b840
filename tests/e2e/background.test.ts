/**
 * The background worker end to end: the built extension (dist/, or $STORY_LENS_DIST) in real
 * Chromium and Firefox ESR on the project's fixture pages. Everything is asked the way the popup asks
 * it: `runtime.sendMessage` from one of the extension's own pages, tabs opened and navigated through
 * the `tabs` API so that their ids are known.
 *
 * What a reader would notice: the report of a tab is there as soon as the page is read, and still
 * there after the worker was stopped; the toolbar badge shows the recognised story; reading the same
 * story on a second site links the two; navigating away or closing the tab forgets it; twenty tabs
 * reporting at once all keep their reports and all reach the library.
 */
import { createReadStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = process.env.STORY_LENS_DIST ?? join(ROOT, 'dist');
const FIXTURES = join(ROOT, 'tests/fixtures');
const ARTIFACTS = join(ROOT, 'artifacts/e2e');
const GECKO_ID = 'story-lens@story-lens.dev';
const FIREFOX_UUID = '5b0c6f1e-7d4a-4c1b-9e2f-3a8d6c5b4e71';
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

type BrowserName = 'chromium' | 'firefox';

/** Inside `inExtension` functions: the WebExtension API, `chrome` in Chromium, `browser` in Firefox. */
declare const api: any;
/** Runs a self-contained function in a page, with `api` bound (functions travel as source text). */
const inPage = (fn: (arg: never) => unknown, arg: unknown) =>
  `(() => { const api = globalThis.browser ?? globalThis.chrome; return (${fn.toString()})(${JSON.stringify(arg)}); })()`;

/** One browser with Story Lens loaded, driven from one of the extension's own pages. */
interface Driven {
  /** runs `fn` in the extension page, where `api` is `chrome` (Chromium) or `browser` (Firefox) */
  inExtension<T, A>(fn: (arg: A) => Promise<T>, arg: A): Promise<T>;
  /** stops the background worker / event page; resolves once it is gone */
  stopBackground(): Promise<void>;
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * A story that is not in the catalog, as two outlets would print it: only its text fingerprint can
 * tell that the two pages carry the same story. Built from the project's own story variants.
 */
function outletPage(story: string, outlet: 'first' | 'second'): string {
  const lines = readFileSync(join(FIXTURES, 'stories', story), 'utf8').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('•'));
  const [headline = '', ...paragraphs] = lines;
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = paragraphs.map((text) => `<p>${escape(text)}</p>`).join('\n');
  const site = outlet === 'first' ? 'Harbour Courier' : 'Coastal Wire';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(headline)} | ${site}</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="${site}"></head>
<body><header><nav><a href="/">${site}</a> <a href="/world">World</a></nav></header>
<main><article><h1>${escape(outlet === 'first' ? headline : `${headline}, scientists say`)}</h1>
${outlet === 'first' ? body : `<p class="byline">By staff</p>\n${body}`}</article></main>
<footer>© ${site}</footer></body></html>`;
}

async function serve(): Promise<{ origin: string; close(): void }> {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://x');
    const outlet = /^\/outlet\/(first|second)\/(.+\.txt)\.html$/.exec(pathname);
    if (outlet) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return void response.end(outletPage(outlet[2] ?? '', outlet[1] as 'first' | 'second'));
    }
    const path = normalize(join(FIXTURES, decodeURIComponent(pathname)));
    if (!path.startsWith(FIXTURES) || !existsSync(path)) return void response.writeHead(404).end();
    const type = extname(path) === '.html' ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8';
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    createReadStream(path).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

async function launchChromium(): Promise<Driven> {
  const { chromium } = await import('playwright-core');
  const extension = join(DIST, 'chrome');
  const context = await chromium.launchPersistentContext('', {
    headless: true,
    executablePath: '/usr/bin/chromium',
    args: [`--load-extension=${extension}`, `--disable-extensions-except=${extension}`, ...CHROMIUM_FLAGS],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/options/options.html`);
  return {
    inExtension: (fn, arg) => page.evaluate(inPage(fn, arg)) as never,
    async stopBackground() {
      const session = await context.newCDPSession(page);
      const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: Array<{ type: string; url: string; targetId: string }> };
      const target = targetInfos.find((info) => info.type === 'service_worker' && info.url.includes(id));
      if (!target) throw new Error('no service worker to stop');
      await session.send('Target.closeTarget', { targetId: target.targetId });
      await session.detach();
    },
    async screenshot(name) {
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, `background-chromium-${name}.png`) });
    },
    close: () => context.close(),
  };
}

async function launchFirefox(): Promise<Driven> {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    protocol: 'webDriverBiDi',
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // an idle event page is stopped after a second, so "the worker stopped" is real here too
      'extensions.background.idle.timeout': 1000,
    },
  });
  await browser.installExtension(join(DIST, 'firefox'));
  const page = await browser.newPage();
  // Navigating to an extension page over BiDi may never report its load: go, then wait for the page.
  void page.goto(`moz-extension://${FIREFOX_UUID}/options/options.html`).catch(() => undefined);
  await page.waitForFunction(() => typeof (globalThis as { browser?: unknown }).browser === 'object', { timeout: 15_000 });
  const inExtension: Driven['inExtension'] = (fn, arg) => page.evaluate(inPage(fn, arg)) as never;
  return {
    inExtension,
    async stopBackground() {
      // Mark the running event page, then wait for the idle timeout to replace it with a fresh one.
      const marker = `stopped-${Date.now()}`;
      await inExtension(async (m: string) => {
        const page = (await api.runtime.getBackgroundPage()) as Record<string, unknown>;
        page.__storyLensMarker = m;
      }, marker);
      await until(async () =>
        inExtension(async (m: string) => {
          await new Promise((resolve) => setTimeout(resolve, 500));
          const page = (await api.runtime.getBackgroundPage()) as Record<string, unknown>;
          return page.__storyLensMarker !== m;
        }, marker),
      );
    },
    async screenshot(name) {
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, `background-firefox-${name}.png`) });
    },
    close: () => browser.close(),
  };
}

/** Polls until `check` answers true (a generous deadline: these browsers share two cores). */
async function until(check: () => Promise<boolean>, deadline = 60_000): Promise<void> {
  const end = Date.now() + deadline;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error('condition not met before the deadline');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe.each(['chromium', 'firefox'] as BrowserName[])('the background worker in %s', (name) => {
  let driven: Driven;
  let fixtures: { origin: string; close(): void };
  const url = (path: string) => `${fixtures.origin}/${path}`;

  // As src/shared/send-message.ts does: a message that reached no listener (an event page that was
  // stopping as it was sent) is sent again.
  const call = (message: unknown) =>
    driven.inExtension(async (m) => {
      for (let attempt = 0; ; attempt += 1) {
        try {
          return await api.runtime.sendMessage(m);
        } catch (error) {
          if (attempt > 2 || !/receiving end does not exist/i.test(String(error))) throw error;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      }
    }, message);
  const openTab = (address: string) => driven.inExtension(async (u: string) => (await api.tabs.create({ url: u, active: false })).id as number, address);
  const badge = (tabId: number) =>
    driven.inExtension(async (t: number) => ({ text: await api.action.getBadgeText({ tabId: t }), title: await api.action.getTitle({ tabId: t }) }), tabId);
  const reportOf = (tabId: number) => call({ type: 'report:get', tabId }) as Promise<{ url: string; article: { title: string }; story: { id: string | null } } | null>;
  const hasReport = (tabId: number) => async () => (await reportOf(tabId)) !== null;

  beforeAll(async () => {
    fixtures = await serve();
    driven = name === 'chromium' ? await launchChromium() : await launchFirefox();
  }, 120_000);

  afterAll(async () => {
    await driven?.close();
    fixtures?.close();
  });

  let cnnTab = -1;

  test('a tab\'s report is there once the page is read, and the badge marks the recognised story', async () => {
    cnnTab = await openTab(url('kerry-syria/cnn-2016.html'));
    await until(hasReport(cnnTab));
    const report = await reportOf(cnnTab);
    expect(report?.article.title).toBe('Kerry in London for Syria talks with allies');
    expect(report?.url).toBe(url('kerry-syria/cnn-2016.html'));
    const shown = await badge(cnnTab);
    expect(shown.text).toBe(report?.story.id ? '✓' : expect.stringMatching(/^\d+$/));
    expect(shown.title).toContain('Kerry in London for Syria talks with allies');
    expect(await reportOf(987_654)).toBeNull();
  }, 120_000);

  test('the report survives the worker being stopped and started again', async () => {
    const before = await reportOf(cnnTab);
    await driven.stopBackground();
    expect(await reportOf(cnnTab)).toEqual(before);
  }, 120_000);

  test('the library links the story read on cnn-2016 with its reprint on another page', async () => {
    const reprintTab = await openTab(url('kerry-syria/reprint.html'));
    await until(hasReport(reprintTab));
    const related = (await call({ type: 'library:related', tabId: reprintTab })) as Array<{ url: string; title: string | null }>;
    expect(related.map((seen) => seen.url)).toEqual([url('kerry-syria/cnn-2016.html')]);
    expect(related[0]?.title).toBe('Kerry in London for Syria talks with allies');
    const back = (await call({ type: 'library:related', tabId: cnnTab })) as Array<{ url: string }>;
    expect(back.map((seen) => seen.url)).toEqual([url('kerry-syria/reprint.html')]);
  }, 120_000);

  test('a story that is not in the catalog, read at two outlets, is linked by its text alone', async () => {
    const first = await openTab(url('outlet/first/reef-survey.txt.html'));
    const other = await openTab(url('outlet/first/cup-final.txt.html'));
    await until(hasReport(first));
    await until(hasReport(other));
    const second = await openTab(url('outlet/second/reef-survey.txt.html'));
    await until(hasReport(second));
    expect((await reportOf(second))?.story.id).toBeNull();
    const related = (await call({ type: 'library:related', tabId: second })) as Array<{ url: string; site: string | null }>;
    expect(related).toEqual([expect.objectContaining({ url: url('outlet/first/reef-survey.txt.html'), site: 'Harbour Courier' })]);
    await driven.inExtension(async (ids: number[]) => api.tabs.remove(ids), [first, other, second]);
  }, 120_000);

  test('twenty tabs reporting at once all keep their reports, and every story reaches the library', async () => {
    const before = (await call({ type: 'library:stats' })) as { stories: number };
    const addresses = Array.from({ length: 20 }, (_, i) => url(`kerry-syria/reprint.html?copy=${i}`));
    const tabs = await driven.inExtension(
      async (list: string[]) => Promise.all(list.map(async (u) => (await api.tabs.create({ url: u, active: false })).id as number)),
      addresses,
    );
    await until(async () => (await Promise.all(tabs.map((tab) => reportOf(tab)))).every((report) => report !== null), 180_000);
    const reports = await Promise.all(tabs.map((tab) => reportOf(tab)));
    expect(reports.map((report) => report?.url)).toEqual(addresses);
    await until(async () => ((await call({ type: 'library:stats' })) as { stories: number }).stories === before.stories + 20);
    // the same story on 21 other pages: the 20 seen most recently are listed
    const related = (await call({ type: 'library:related', tabId: tabs[0] })) as Array<{ url: string }>;
    expect(related).toHaveLength(20);
    expect(related.map((seen) => seen.url)).not.toContain(addresses[0]);
    for (const seen of related) expect(seen.url).toMatch(/\/kerry-syria\/(reprint|cnn-2016)\.html/);
    await driven.inExtension(async (ids: number[]) => api.tabs.remove(ids), tabs);
  }, 240_000);

  test('navigating to another page and closing the tab forget the report and clear the badge', async () => {
    await driven.inExtension(async (a: { tab: number; to: string }) => api.tabs.update(a.tab, { url: a.to }), {
      tab: cnnTab,
      to: url('kerry-syria/homepage.html'),
    });
    await until(async () => (await reportOf(cnnTab))?.url !== url('kerry-syria/cnn-2016.html'));
    const report = await reportOf(cnnTab);
    // the homepage is not a story: no report, or one saying so, and no badge
    expect(report === null || report.story.id === null).toBe(true);
    expect((await badge(cnnTab)).text).toBe('');
    await driven.inExtension(async (t: number) => api.tabs.remove(t), cnnTab);
    await until(async () => (await reportOf(cnnTab)) === null);
  }, 120_000);

  test('export, clear and import give the library back', async () => {
    const exported = (await call({ type: 'library:export' })) as { stories: unknown[] };
    expect(exported.stories.length).toBeGreaterThanOrEqual(22);
    expect(await call({ type: 'data:clear' })).toBeNull();
    expect(await call({ type: 'library:stats' })).toMatchObject({ stories: 0 });
    expect(await call({ type: 'library:import', data: exported })).toEqual({ stories: exported.stories.length });
    expect(await call({ type: 'library:stats' })).toMatchObject({ stories: exported.stories.length });
  }, 120_000);
});
