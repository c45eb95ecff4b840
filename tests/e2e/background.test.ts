/**
 * The background worker end to end: the built extension in real Chromium and Firefox ESR (through
 * tests/e2e/harness), asked the way the popup asks: `runtime.sendMessage` from the extension's own
 * page. What a reader would notice: a tab's report is there as soon as the page is read, and still
 * there after the worker was stopped; the toolbar badge marks the recognised story; the same story
 * read on a second page is linked to the first, by catalog id or by its text alone; navigating away
 * or closing the tab forgets it; twenty tabs reporting at once all keep their reports and all reach
 * the library; the library exports and imports whole.
 *
 * Set STORY_LENS_DIST to test a build other than dist/.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserName, ExtensionBrowser, TestPage } from './harness';
import { artifactPath, BROWSERS, FIXTURES_DIR, useExtensionBrowser, waitUntil } from './harness';

/** A fingerprint as `fingerprintStory` writes it, of random hashes: 120 is a 550-word story's. */
function randomFingerprint(hashes = 120): { version: 1; words: number; hashes: string } {
  const values = Uint32Array.from({ length: hashes }, () => Math.floor(Math.random() * 2 ** 32)).sort();
  return { version: 1, words: 550, hashes: Buffer.from(values.buffer).toString('base64') };
}

/** A reading history of `count` stories on other sites, as the stories of an exported library file. */
function fullLibrary(count: number, seenBefore: number): object[] {
  const stories = Array.from({ length: count }, (_, i) => ({
    v: 1,
    url: `https://site${i % 60}.example/${2020 + (i % 6)}/story-${i}`,
    site: `Site ${i % 60}`,
    title: `Story ${i}: a headline of the usual length about something that happened`,
    published: '2025-06-01',
    firstSeen: seenBefore - count + i,
    lastSeen: seenBefore - count + i,
    storyId: null,
    fingerprint: randomFingerprint(),
    highlights: ['A highlight of about the usual length, one sentence that sums the story up for the reader.'],
    entities: Array.from({ length: 12 }, (_, k) => ({ name: `Person ${k} Name`, type: 'person', mentions: 12 - k })),
  }));
  return stories;
}

/**
 * A story that is not in the catalog, as two outlets would print it (another headline, other page
 * furniture): only its text fingerprint can tell that the two pages carry the same story.
 */
function outletPage(story: string, outlet: 'first' | 'second'): string {
  const lines = readFileSync(join(FIXTURES_DIR, 'stories', story), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('•'));
  const [headline = '', ...paragraphs] = lines;
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const site = outlet === 'first' ? 'Harbour Courier' : 'Coastal Wire';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(headline)} | ${site}</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="${site}"></head>
<body><header><nav><a href="/">${site}</a> <a href="/world">World</a></nav></header>
<main><article><h1>${escape(outlet === 'first' ? headline : `${headline}, scientists say`)}</h1>
${outlet === 'second' ? '<p class="byline">By staff</p>\n' : ''}${paragraphs.map((text) => `<p>${escape(text)}</p>`).join('\n')}
</article></main><footer>© ${site}</footer></body></html>`;
}

/** The served folder: the project's Kerry fixtures and two outlets' pages built from its story variants. */
const served = mkdtempSync(join(tmpdir(), 'story-lens-background-'));
cpSync(join(FIXTURES_DIR, 'kerry-syria'), join(served, 'kerry-syria'), { recursive: true });
for (const outlet of ['first', 'second'] as const) {
  mkdirSync(join(served, 'outlet', outlet), { recursive: true });
  for (const story of ['reef-survey', 'cup-final']) writeFileSync(join(served, 'outlet', outlet, `${story}.html`), outletPage(`${story}.txt`, outlet));
}
afterAll(() => rmSync(served, { recursive: true, force: true }));

const dist = process.env.STORY_LENS_DIST;

/** Inside `inExtension` functions: the WebExtension API, `chrome` in Chromium, `browser` in Firefox. */
declare const api: any;

interface Report {
  url: string;
  article: { title: string };
  story: { id: string | null };
  entities: unknown[];
}

describe.each(BROWSERS)('the background worker in %s', (name: BrowserName) => {
  const session = useExtensionBrowser(name, {
    fixturesDir: served,
    ...(dist ? { extensionDir: join(dist, name === 'chromium' ? 'chrome' : 'firefox') } : {}),
  });
  let extensionPage: TestPage | undefined;

  /** Runs a self-contained function in an extension page, with `api` bound. */
  async function inExtension<T, A>(fn: (arg: A) => Promise<T>, arg: A): Promise<T> {
    const browser: ExtensionBrowser = session.browser;
    extensionPage ??= await browser.openPage(browser.extensionUrl('options/options.html'));
    const source = `(() => { const api = globalThis.browser ?? globalThis.chrome; return (${fn.toString()})(${JSON.stringify(arg)}); })()`;
    return extensionPage.evaluate((code: string) => (0, eval)(code) as Promise<T>, source);
  }

  // As src/shared/send-message.ts does: a message that reached no listener (a background that was
  // stopping as it was sent; Firefox's is suspended after one idle second here) is sent again.
  async function call(message: object): Promise<unknown> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await session.browser.sendMessage(message);
      } catch (error) {
        if (attempt > 2 || !/receiving end does not exist/i.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  }

  const url = (path: string) => session.browser.fixtureUrl(path);
  const reportOf = (tabId: number) => call({ type: 'report:get', tabId }) as Promise<Report | null>;
  const reported = (tabId: number) => waitUntil(async () => (await reportOf(tabId)) ?? false, `a report for tab ${tabId}`, 60_000) as Promise<Report>;
  const related = (tabId: number) => call({ type: 'library:related', tabId }) as Promise<Array<{ url: string; site: string | null; title: string | null }>>;
  const stats = () => call({ type: 'library:stats' }) as Promise<{ stories: number; catalog: number; bytes: number }>;
  const badge = (tabId: number) =>
    inExtension(async (t: number) => ({ text: (await api.action.getBadgeText({ tabId: t })) as string, title: (await api.action.getTitle({ tabId: t })) as string }), tabId);
  /** The tab's record as the worker keeps it in storage.session, read from an extension page. */
  const storedRecord = (tabId: number) =>
    inExtension(async (key: string) => ((await api.storage.session.get(key)) as Record<string, unknown>)[key] ?? null, `tab:${tabId}`) as Promise<{
      savedAt: number;
      report: Report;
    } | null>;
  const openTabs = (addresses: string[]) =>
    inExtension(async (list: string[]) => Promise.all(list.map(async (u) => (await api.tabs.create({ url: u, active: false })).id as number)), addresses);
  const closeTabs = (ids: number[]) => inExtension(async (list: number[]) => api.tabs.remove(list), ids);

  let cnn: TestPage;

  it('a tab\'s report is there once the page is read; the badge marks the recognised story and names it', async () => {
    cnn = await session.browser.openPage(url('kerry-syria/cnn-2016.html'));
    const report = await reported(cnn.tabId);
    expect(report.article.title).toBe('Kerry in London for Syria talks with allies');
    expect(report.url).toBe(url('kerry-syria/cnn-2016.html'));
    expect(report.story.id).toBe('kerry-syria-2016-10-16');
    const shown = await badge(cnn.tabId);
    expect(shown.text).toBe('✓');
    expect(shown.title).toContain('Kerry in London for Syria talks with allies');
    expect(await reportOf(987_654)).toBeNull();
  });

  it('the report survives the worker being stopped and started again', async () => {
    const before = await reportOf(cnn.tabId);
    const stored = await storedRecord(cnn.tabId);
    expect(stored?.report).toEqual(before);
    await session.browser.stopBackground();
    expect(await session.browser.backgroundRunning()).toBe(false);
    expect(await reportOf(cnn.tabId)).toEqual(before);
    // The very record stored before the stop answered: one rebuilt from the page's own copy
    // (`page:report`, where storage lost it) would be stored anew, with a later savedAt.
    expect(await storedRecord(cnn.tabId)).toEqual(stored);
  });

  it('the page menu, created once at install, is still there after the worker was stopped', async () => {
    await session.browser.stopBackground();
    const items = await inExtension(async (ids: string[]) => {
      const found: string[] = [];
      for (const id of ids) {
        // update() fails for an item that does not exist: the menus API cannot list items
        if (await api.contextMenus.update(id, {}).then(() => true, () => false)) found.push(id);
      }
      return found;
    }, ['story-lens-annotate', 'story-lens-clear', 'story-lens-site', 'no-such-item']);
    expect(items).toEqual(['story-lens-annotate', 'story-lens-clear', 'story-lens-site']);
  });

  it('the library links the story read on cnn-2016 with its reprint on another page, both ways', async () => {
    const reprint = await session.browser.openPage(url('kerry-syria/reprint.html'));
    await reported(reprint.tabId);
    const seen = await related(reprint.tabId);
    expect(seen.map((page) => page.url)).toEqual([url('kerry-syria/cnn-2016.html')]);
    expect(seen[0]?.title).toBe('Kerry in London for Syria talks with allies');
    expect((await related(cnn.tabId)).map((page) => page.url)).toEqual([url('kerry-syria/reprint.html')]);
    await reprint.close();
  });

  it('a story outside the catalog, read at two outlets, is linked by its text alone', async () => {
    const [first, other] = await openTabs([url('outlet/first/reef-survey.html'), url('outlet/first/cup-final.html')]);
    await reported(first ?? -1);
    await reported(other ?? -1);
    const [second] = await openTabs([url('outlet/second/reef-survey.html')]);
    const report = await reported(second ?? -1);
    expect(report.story.id).toBeNull();
    // a story outside the catalog: the badge counts the entities the report lists
    expect(report.entities.length).toBeGreaterThan(0);
    expect((await badge(second ?? -1)).text).toBe(String(report.entities.length));
    expect(await related(second ?? -1)).toEqual([expect.objectContaining({ url: url('outlet/first/reef-survey.html'), site: 'Harbour Courier' })]);
    await closeTabs([first ?? -1, other ?? -1, second ?? -1]);
  });

  it('twenty tabs reporting at once all keep their reports, and every story reaches the library', async () => {
    const before = await stats();
    const addresses = Array.from({ length: 20 }, (_, i) => url(`kerry-syria/reprint.html?copy=${i}`));
    const tabs = await openTabs(addresses);
    await waitUntil(async () => (await Promise.all(tabs.map((tab) => reportOf(tab)))).every((report) => report !== null), 'a report in each of 20 tabs', 180_000);
    expect((await Promise.all(tabs.map((tab) => reportOf(tab)))).map((report) => report?.url)).toEqual(addresses);
    await waitUntil(async () => (await stats()).stories === before.stories + 20, '20 more stories in the library', 60_000);
    // the same story is on 21 other pages now: the 20 seen most recently are listed
    const seen = await related(tabs[0] ?? -1);
    expect(seen).toHaveLength(20);
    for (const page of seen) expect(page.url).toMatch(/\/kerry-syria\/(reprint|cnn-2016)\.html/);
    expect(seen.map((page) => page.url)).not.toContain(addresses[0]);
    await closeTabs(tabs);
  }, 240_000);

  it('navigating to another page, then closing the tab, forget the report and clear the badge', async () => {
    await inExtension(async (a: { tab: number; to: string }) => api.tabs.update(a.tab, { url: a.to }), {
      tab: cnn.tabId,
      to: url('kerry-syria/homepage.html'),
    });
    await waitUntil(async () => (await reportOf(cnn.tabId))?.url !== url('kerry-syria/cnn-2016.html'), 'the cnn-2016 report gone', 60_000);
    const report = await reportOf(cnn.tabId);
    // the homepage is no story: no report, or one that recognises nothing; and no badge
    expect(report === null || report.story.id === null).toBe(true);
    expect((await badge(cnn.tabId)).text).toBe('');
    await closeTabs([cnn.tabId]);
    await waitUntil(async () => (await reportOf(cnn.tabId)) === null, 'no report for a closed tab', 30_000);
  });

  it('export, clear and import give the library back', async () => {
    const exported = (await call({ type: 'library:export' })) as { stories: Array<{ url: string }> };
    expect(exported.stories.map((story) => story.url)).toEqual(expect.arrayContaining([url('kerry-syria/cnn-2016.html'), url('outlet/second/reef-survey.html')]));
    expect(await call({ type: 'data:clear' })).toBeNull();
    expect(await stats()).toMatchObject({ stories: 0 });
    expect(await call({ type: 'library:import', data: exported })).toEqual({ stories: exported.stories.length });
    expect(await stats()).toMatchObject({ stories: exported.stories.length });
  });

  it('a full library (2,000 stories) stays bounded and still links the story across sites; timings kept as an artifact', async () => {
    const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
      const start = performance.now();
      const value = await work();
      return [value, Math.round(performance.now() - start)];
    };
    // Firefox suspends an event page after its idle timeout even while it answers a message
    // (https://github.com/w3c/webextensions/issues/416), and the harness sets that to one second:
    // there the history goes in files of 25 stories, and the full export (about 1.5 s) is left out.
    // A reader's Firefox allows 30 s; importing 2,000 stories at once takes about 5 s there.
    const stories = fullLibrary(2_000, Date.now() - 60_000);
    const chunk = name === 'firefox' ? 25 : 2_000;
    const [, importMs] = await timed(async () => {
      for (let at = 0; at < stories.length; at += chunk) {
        await call({ type: 'library:import', data: { format: 'story-lens-library', version: 1, stories: stories.slice(at, at + chunk), catalog: [] } });
      }
    });
    expect((await stats()).stories).toBe(2_000);
    const reprint = await session.browser.openPage(url('kerry-syria/reprint.html'));
    await reported(reprint.tabId);
    await waitUntil(async () => (await related(reprint.tabId)).length > 0, 'the reprint linked in a full library', 60_000);
    const [seen, relatedMs] = await timed(() => related(reprint.tabId));
    expect(seen.length).toBeGreaterThan(0);
    for (const page of seen) expect(page.url).toMatch(/\/kerry-syria\/(reprint|cnn-2016)\.html/);
    const [full, statsMs] = await timed(() => stats());
    expect(full.stories).toBeLessThanOrEqual(2_000);
    const [, exportMs] = name === 'firefox' ? [null, null] : await timed(() => call({ type: 'library:export' }));
    const timings = { browser: name, stories: full.stories, bytes: full.bytes, importMs, importChunk: chunk, relatedMs, statsMs, exportMs };
    writeFileSync(artifactPath(name, 'background-full-library').replace(/\.png$/, '.json'), `${JSON.stringify(timings, null, 2)}\n`);
    await reprint.close();
  }, 180_000);
});
