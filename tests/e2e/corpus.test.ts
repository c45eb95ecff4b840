/**
 * The live page on real pages: the corpus of saved news and other pages (../shared/corpus/pages, the
 * team workspace; skipped where it is absent), served by the fixture server under /corpus/ with a
 * policy that fetches nothing from their sites. Each of the 14 English news stories is annotated, and
 * every highlight the reader sees is one the report names, on its own words, in the story and not in
 * the page's furniture; the 6 other pages are left alone. A screenshot of each page is kept.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TestPage } from './harness';
import { BROWSERS, CORPUS_DIR, attachWitness, expectPaintedAsReported, makeWitness, paintedOn, useExtensionBrowser } from './harness';

interface CorpusPage {
  name: string;
  kind: 'news' | 'other';
}

const hasCorpus = existsSync(`${CORPUS_DIR}INDEX.json`);
if (!hasCorpus) console.warn(`corpus e2e tests skipped: ${CORPUS_DIR} is absent (it ships with the team workspace).`);
const corpus: CorpusPage[] = hasCorpus ? JSON.parse(readFileSync(`${CORPUS_DIR}INDEX.json`, 'utf8')) : [];
const news = corpus.filter((page) => page.kind === 'news').map((page) => page.name);
const others = corpus.filter((page) => page.kind !== 'news').map((page) => page.name);


/**
 * How the browser turns away a request the page's policy forbids: Chromium fails it as `csp`; Firefox
 * cancels a frame's load before it connects (`NS_BINDING_ABORTED`) and blocks the rest outright.
 */
const REFUSED = /^(csp|net::ERR_BLOCKED_BY_CSP|NS_BINDING_ABORTED|NS_ERROR_CONTENT_BLOCKED)$/;
const LOCAL = /^(chrome-extension|moz-extension|data|blob|about):/;

/** Runs in the page: brings the first highlighted words into view, for the screenshot. */
function scrollToFirst(names: Record<string, string>): void {
  for (const name of Object.values(names)) {
    for (const range of (CSS.highlights.get(name) ?? []) as unknown as Iterable<Range>) {
      const container = range.startContainer;
      (container.nodeType === 1 ? (container as Element) : container.parentElement)?.scrollIntoView({ block: 'center' });
      return;
    }
  }
}

describe.skipIf(!hasCorpus).each(BROWSERS)('the corpus of real pages in %s', (name) => {
  const session = useExtensionBrowser(name);
  const witness = makeWitness();
  let origin = '';
  /** Opens a corpus page; answers it with the requests it made to anywhere but the fixture server and that the browser did not refuse. */
  const open = async (page: string): Promise<{ tab: TestPage; leaked: () => string[] }> => {
    const { browser } = session;
    if (!origin) {
      origin = new URL(browser.fixtureUrl('')).origin;
      await attachWitness(browser, witness);
    }
    const [requests, failed] = [witness.requests.length, witness.failed.length];
    const tab = await browser.openPage(browser.fixtureUrl(`corpus/${page}/source.html`));
    witness.watch(tab.raw);
    const leaked = () => {
      const refused = new Set(witness.failed.slice(failed).filter((f) => REFUSED.test(f.reason)).map((f) => f.url));
      const foreign = witness.requests.slice(requests).filter((url) => !url.startsWith(`${origin}/`) && !LOCAL.test(url));
      return [...new Set(foreign.filter((url) => !refused.has(url)))];
    };
    return { tab, leaked };
  };

  it('holds 14 English news stories and 6 other pages', () => {
    expect([news.length, others.length]).toEqual([14, 6]);
  });

  it.each(news)('%s: annotated, each highlight on words the report names, none outside the story', async (page) => {
    const { browser } = session;
    const { tab, leaked } = await open(page);
    const state = await browser.pageState(tab.tabId, ['annotated', 'not-article'], 45_000);
    await expectPaintedAsReported(browser, tab, state);
    expect(leaked()).toEqual([]);
    expect(witness.answered.filter((url) => !url.startsWith(`${origin}/`) && !LOCAL.test(url))).toEqual([]);
    await tab.evaluate(scrollToFirst, state.highlights ?? {});
    await tab.screenshot(`corpus-${page}`);
    await tab.close();
  });

  it.each(others)('%s: not an article, nothing painted', async (page) => {
    const { browser } = session;
    const { tab, leaked } = await open(page);
    const state = await browser.pageState(tab.tabId, ['annotated', 'not-article'], 45_000);
    expect(state).toMatchObject({ state: 'not-article', painted: { person: 0, place: 0, organization: 0, quote: 0 } });
    expect(await paintedOn(browser, tab)).toEqual([]);
    expect(leaked()).toEqual([]);
    await tab.screenshot(`corpus-${page}`);
    await tab.close();
  });
});
