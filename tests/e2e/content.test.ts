/**
 * The live page end to end: the built extension (dist/) in real Chromium and Firefox ESR, on the
 * project's fixture pages. What a reader would see: which words are highlighted (read from the page's
 * own `CSS.highlights` registry, which both browsers share with page scripts), that nothing outside the
 * story is, that late and changed text is followed, and that the toggle gives the page back; and the
 * message contract (`page:state`, toggles, "show me", `report:get`).
 */
import { describe, expect, it } from 'vitest';
import type { Kind, Report, TestPage } from './harness';
import { BROWSERS, KINDS, cardGone, cardHost, cardInside, cardShown, countByKind, norm, paintedOn, reportOf, useExtensionBrowser } from './harness';

/** The mouse of either driver (playwright-core and puppeteer-core name it alike). */
interface RawPage {
  mouse: { move(x: number, y: number, options?: { steps: number }): Promise<void> };
  keyboard: { press(key: string): Promise<void> };
  click(selector: string): Promise<void>;
}

/** Polls `probe` until `ok` holds for its value; answers that value. */
async function until<T>(probe: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  let value = await probe();
  for (let i = 0; i < 60 && !ok(value); i++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    value = await probe();
  }
  if (!ok(value)) throw new Error(`gave up waiting for ${what}: ${JSON.stringify(value).slice(0, 400)}`);
  return value;
}

async function hover(page: TestPage, word: string, within: string): Promise<void> {
  const box = await page.evaluate(boxOf, { word, within });
  const raw = page.raw as RawPage;
  await raw.mouse.move(box.x - 40, box.y + 60);
  await raw.mouse.move(box.x, box.y, { steps: 5 });
}

const click = (page: TestPage, selector: string) => (page.raw as RawPage).click(selector);
const press = (page: TestPage, key: string) => (page.raw as RawPage).keyboard.press(key);

/**
 * Runs in the page: whether a card shows, and right beside the focused element (below it, or above
 * where there is no room), left-aligned with it, which is where the card of its highlight goes.
 */
function cardBesideFocus(): { focused: string | null; card: boolean; beside: boolean } {
  const focused = document.activeElement;
  // the card's host: its tag is random, so it is the one element beside <head> and <body>
  const host = [...document.documentElement.children].find((element) => element !== document.head && element !== document.body);
  if (!host || !focused) return { focused: focused?.id ?? null, card: host !== undefined, beside: false };
  const card = host.getBoundingClientRect();
  const link = focused.getBoundingClientRect();
  const beside = Math.abs(card.left - link.left) < 2 && (Math.abs(card.top - link.bottom - 6) < 2 || Math.abs(card.bottom - link.top + 6) < 2);
  return { focused: focused.id, card: true, beside };
}

const report = reportOf;

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

describe.each(BROWSERS)('the live page in %s', (name) => {
  const session = useExtensionBrowser(name);
  const ours = (page: TestPage, story: string) => paintedOn(session.browser, page, { story });
  const open = (path: string) => session.browser.openPage(session.browser.fixtureUrl(path));
  const send = (page: TestPage, message: object) => session.browser.sendTabMessage(page.tabId, message);

  it('paints every entity and quotation of the CNN story, and only there', async () => {
    const { browser } = session;
    const page = await open('kerry-syria/cnn-2016.html');
    const state = await browser.pageState(page.tabId, ['annotated']);
    const painted = await ours(page, CNN_STORY);
    expect(painted.filter((range) => !range.inStory)).toEqual([]);
    const counts = countByKind(painted);
    for (const kind of KINDS) expect(counts[kind], kind).toBeGreaterThan(0);
    expect(state).toMatchObject({ state: 'annotated', painted: counts, renderer: 'highlight-api', shown: { person: true, place: true, organization: true, quote: true } });
    // the chrome's decoys (README of the fixtures) are never painted
    const texts = painted.map((range) => norm(range.text));
    for (const decoy of ['Theresa May', 'Berlin', 'Ban Ki-moon', 'Turner Broadcasting System', 'Red Cross', 'We will not be intimidated']) {
      expect(texts).not.toContain(decoy);
    }
    await page.screenshot('content-cnn-2016');

    // each entity painted once per mention, each range on one of its aliases; quotes on quoted words
    const story = (await report(browser, page))!;
    for (const type of ['person', 'place', 'organization'] as const) {
      const entities = story.entities.filter((entity) => entity.type === type);
      expect(counts[type]).toBe(entities.reduce((sum, entity) => sum + entity.mentions, 0));
      const aliases = new Set(entities.flatMap((entity) => entity.aliases.map(norm)));
      for (const range of painted.filter((r) => r.kind === type)) expect(aliases, range.text).toContain(norm(range.text));
    }
    const quoted = story.quotes.map((quote) => norm(quote.text)).join(' ');
    for (const range of painted.filter((r) => r.kind === 'quote')) expect(quoted).toContain(norm(range.text));
  });

  it('shows a card for the highlight under the pointer', async () => {
    const page = await open('kerry-syria/cnn-2016.html');
    await session.browser.pageState(page.tabId, ['annotated']);
    await hover(page, 'Lavrov', '.zn-body__paragraph');
    await page.waitFor(cardShown);
    // closed shadow root: the page cannot look inside
    expect(await page.evaluate(cardHost)).toMatchObject({ tag: expect.stringMatching(/^[a-z]{6}-[a-z]{6}$/), shadowRoot: null });
    await page.screenshot('content-hover-card');
  });

  it('Tab to a link that wraps a painted name shows that name’s card; Escape hides it', async () => {
    const page = await open('live/linked.html');
    await session.browser.pageState(page.tabId, ['annotated']);
    const cardText = async () => (name === 'chromium' ? ((await cardInside(page.raw))?.text ?? '') : null);
    // the reader tabs through the page: from the last navigation link into the story
    await page.evaluate(() => document.getElementById('nav-business')!.focus());
    await press(page, 'Tab');
    await page.waitFor(cardShown);
    expect(await page.evaluate(cardBesideFocus)).toEqual({ focused: 'link-vogel', card: true, beside: true });
    if (name === 'chromium') expect(await cardText()).toMatch(/Person.*Martina Vogel/);
    await page.screenshot('content-focus-card');
    await press(page, 'Escape');
    await page.waitFor(cardGone);
    await press(page, 'Tab');
    await page.waitFor(cardShown);
    expect(await page.evaluate(cardBesideFocus)).toEqual({ focused: 'link-commission', card: true, beside: true });
    if (name === 'chromium') expect(await cardText()).toMatch(/Organization.*European Commission/);
    // on to a link with no name in it: the card goes with the focus
    await press(page, 'Tab');
    await page.waitFor(cardGone);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('link-more');
  });

  it('annotates the single-page app once it renders, late paragraph included', async () => {
    const page = await open('kerry-syria/spa.html');
    await page.waitFor(() => document.documentElement.dataset.appState === 'late-paragraph-appended', undefined, 15_000);
    const painted = await until(
      () => ours(page, CNN_STORY),
      (p) => p.some((range) => range.text === 'Lavrov') && p.some((range) => norm(range.text).includes('open to new proposals')),
      'the late paragraph annotated',
    );
    expect(painted.filter((range) => !range.inStory)).toEqual([]);
    expect(painted.map((range) => range.text)).toContain('Moscow');
  });

  it('toggling all off gives the page back, toggling on paints the same again', async () => {
    const page = await open('kerry-syria/cnn-2016.html');
    await session.browser.pageState(page.tabId, ['annotated']);
    const before = await ours(page, CNN_STORY);
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    const off = (await send(page, { type: 'highlights:toggle', on: false })) as { painted: Record<Kind, number> };
    expect(off.painted).toEqual({ person: 0, place: 0, organization: 0, quote: 0 });
    expect(await ours(page, CNN_STORY)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(html);
    const place = (await send(page, { type: 'highlights:toggle', kind: 'place' })) as { painted: Record<Kind, number> };
    expect(place.painted.place).toBe(countByKind(before).place);
    expect(place.painted.person).toBe(0);
    await send(page, { type: 'highlights:toggle', on: true });
    expect(countByKind(await ours(page, CNN_STORY))).toEqual(countByKind(before));
    const cleared = (await send(page, { type: 'highlights:clear' })) as { state: string };
    expect(cleared.state).toBe('idle');
    expect(await ours(page, CNN_STORY)).toEqual([]);
    expect(await report(session.browser, page)).toBeNull();
  });

  it('"show me" walks through the mentions of an entity', async () => {
    const page = await open('kerry-syria/cnn-2016.html');
    await session.browser.pageState(page.tabId, ['annotated']);
    const story = (await report(session.browser, page))!;
    const most = [...story.entities].sort((a, b) => b.mentions - a.mentions)[0]!;
    expect(await send(page, { type: 'highlights:show', ref: most.id })).toEqual({ index: 1, total: most.mentions });
    expect(await send(page, { type: 'highlights:show', ref: most.id })).toEqual({ index: 2, total: most.mentions });
    expect(await send(page, { type: 'highlights:show', ref: 'no-such-entity' })).toMatchObject({ error: { code: 'not-found' } });
    expect(await send(page, { type: 'highlights:toggle', kind: 'planet' })).toMatchObject({ error: { code: 'malformed' } });
  });

  it('follows client-side navigation to another story and away from stories', async () => {
    const { browser } = session;
    const page = await open('live/navigate.html');
    await until(() => ours(page, LIVE_STORY), (p) => p.some((r) => r.text === 'Martina Vogel'), 'story A');
    await click(page, 'nav a[data-story="b"]');
    const b = await until(() => ours(page, LIVE_STORY), (p) => p.some((r) => r.text === 'Daniel Kiprop'), 'story B');
    expect(b.map((r) => r.text)).not.toContain('Martina Vogel');
    expect(b.filter((range) => !range.inStory)).toEqual([]);
    const reportB = await until(() => report(browser, page), (r) => r?.article.title?.includes('Boston') ?? false, 'report B');
    expect(reportB!.entities.map((e) => e.name)).not.toContain('Martina Vogel');
    await click(page, 'nav a[data-story="none"]');
    await until(() => ours(page, LIVE_STORY), (p) => p.length === 0, 'no highlights on a non-story');
    await until(() => report(browser, page), (r) => r === null, 'the report cleared');
    await page.evaluate(() => history.back());
    await until(() => ours(page, LIVE_STORY), (p) => p.some((r) => r.text === 'Daniel Kiprop'), 'story B after going back');
  });

  it('never leaves a highlight on words a page script rewrote', async () => {
    const page = await open('live/rewrite.html');
    const before = await until(() => ours(page, LIVE_STORY), (p) => p.some((r) => r.text === 'Peter Hahn'), 'highlights');
    const dropped = await page.evaluate(() => {
      (window as unknown as { rewriteName(): void }).rewriteName();
      return null;
    }).then(() => ours(page, LIVE_STORY));
    // at once: the highlight over the rewritten words is gone, none is left on other words
    expect(dropped.map((r) => r.text)).not.toContain('Peter Hahn');
    expect(dropped.map((r) => r.text)).not.toContain('');
    // once the page is read again, every highlight stands on a form the new analysis found
    const story = await until(() => report(session.browser, page), (r) => r !== null && !JSON.stringify(r).includes('Peter Hahn'), 'the new report');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const settled = await ours(page, LIVE_STORY);
    const forms = new Set(story!.entities.flatMap((e) => e.aliases).map(norm));
    for (const range of settled.filter((r) => r.kind !== 'quote')) expect(forms, range.text).toContain(norm(range.text));
    // a framework re-render with the same text: re-anchored on the new nodes, nothing lost
    const texts = settled.map((r) => r.text).sort();
    await page.evaluate(() => (window as unknown as { rerender(): void }).rerender());
    const rerendered = await until(
      () => ours(page, LIVE_STORY),
      (p) => p.length === texts.length && p.every((r) => r.text !== ''),
      're-anchored highlights',
    );
    expect(rerendered.map((r) => r.text).sort()).toEqual(texts);
    await page.evaluate(() => (window as unknown as { appendParagraph(): void }).appendParagraph());
    await until(() => ours(page, LIVE_STORY), (p) => p.some((r) => r.text === 'Anna de Boer'), 'the new paragraph');
    expect(before.length).toBeGreaterThan(5);
  });

  it('on an endless feed, paints the story opened and nothing of the next story appended below it', async () => {
    const { browser } = session;
    const page = await open('live/feed.html');
    type State = { readings?: number };
    const readings = async () => ((await browser.sendTabMessage(page.tabId, { type: 'page:state' })) as State).readings ?? 0;
    await until(() => ours(page, '#story-a'), (p) => p.some((r) => r.text === 'Martina Vogel'), 'the first story painted');
    const before = await readings();
    // the reader scrolls to the end of the story: the feed appends the next one, and the page is read again
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    await page.waitFor(() => document.documentElement.dataset.feed === 'appended');
    await until(readings, (now) => now > before, 'a reading of the page with both stories');
    // a reading of a changed story is analysed and painted after it: wait until the paint stands still for 2 s
    let painted = await ours(page, '#story-a');
    for (let still = 0; still < 8; ) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const now = await ours(page, '#story-a');
      still = JSON.stringify(now) === JSON.stringify(painted) ? still + 1 : 0;
      painted = now;
    }
    expect(await browser.pageState(page.tabId, ['annotated'])).toMatchObject({ state: 'annotated' });
    expect(painted.filter((range) => !range.inStory)).toEqual([]);
    expect(painted.map((r) => r.text)).toEqual(expect.arrayContaining(['Martina Vogel', 'Strasbourg', 'Deutsche Bank']));
    const story = (await report(browser, page)) as (Report & { article: { wordCount: number } }) | null;
    expect(story?.article.title).toBe('Rhine barge traffic halted as drought leaves river at record low');
    expect(story?.entities.map((e) => e.name)).not.toContain('Daniel Kiprop');
    const words = await page.evaluate(() => [...document.querySelectorAll('#story-a .story-body p')].map((p) => p.textContent).join(' ').split(/\s+/).length);
    expect(story?.article.wordCount).toBe(words);
    await page.screenshot('content-feed');
  });

  it('on a hostile page: paints only the story, never touches its DOM, and the card still shows', async () => {
    const page = await open('live/hostile.html');
    const painted = await until(() => ours(page, 'article'), (p) => p.some((r) => r.text === 'Martina Vogel'), 'highlights');
    expect(painted.filter((range) => !range.inStory)).toEqual([]);
    // what an earlier instance left behind is swept away, not painted twice
    expect(await page.evaluate(() => CSS.highlights.has('sl-orphan-person'))).toBe(false);
    for (const elsewhere of ['Olaf Scholz', 'Jacinda Ardern', 'Boris Johnson', 'Vladimir Putin', 'Greta Thunberg', 'Tokyo']) {
      expect(painted.map((r) => r.text)).not.toContain(elsewhere);
    }
    await hover(page, 'Vogel', 'article');
    await page.waitFor(cardShown);
    expect(await page.evaluate(cardHost)).toMatchObject({ display: 'block' });
    expect(await page.evaluate(() => (window as unknown as { storyMutations: number }).storyMutations)).toBe(0);
  });

  it('in a 10 ms mutation storm inside and outside the story: reads the page a bounded number of times, and its highlights stay on their names', async () => {
    const { browser } = session;
    const page = await open('live/storm.html');
    type State = { readings?: number; highlights?: Record<string, string> };
    const state = () => browser.sendTabMessage(page.tabId, { type: 'page:state' }) as Promise<State>;
    await browser.pageState(page.tabId, ['annotated']);
    const before = (await state()).readings ?? 0;
    await page.evaluate(() => (window as unknown as { storm(ms: number): void }).storm(4000));
    await page.waitFor(() => (window as unknown as { stormDone: boolean }).stormDone, undefined, 60_000);
    // wait out the watcher's last look (its longest back-off is 4 s): readings unchanged for 5 s
    let readings = (await state()).readings ?? 0;
    for (let still = 0; still < 10; ) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const now = (await state()).readings ?? 0;
      still = now === readings ? still + 1 : 0;
      readings = now;
    }
    const changes = await page.evaluate(() => (window as unknown as { stormChanges: number }).stormChanges);
    const during = readings - before;
    console.log(`[${name}] mutation storm: ${changes} rewrites in 4 s, ${during} readings of the page`);
    expect(changes).toBeGreaterThan(200);
    // one look every 1.5 s at most, and one after the storm: far fewer than one per change
    expect(during).toBeGreaterThanOrEqual(1);
    expect(during).toBeLessThanOrEqual(6);

    // every highlight lies on its entity's name or its quotation, none on the rewritten words
    const story = (await report(browser, page))!;
    const names = (await state()).highlights ?? {};
    const painted = await page.evaluate(
      ({ names: ours }) => {
        const rewritten = [document.getElementById('count')!, document.getElementById('ticker')!];
        const out: Array<{ kind: string; text: string; onRewritten: boolean }> = [];
        const kindOf = new Map(Object.entries(ours).map(([kind, highlight]) => [highlight, kind]));
        for (const [highlight, ranges] of CSS.highlights) {
          const kind = kindOf.get(highlight);
          if (!kind) continue;
          for (const range of ranges as unknown as Iterable<Range>) {
            out.push({ kind, text: range.toString(), onRewritten: rewritten.some((node) => range.intersectsNode(node)) });
          }
        }
        return out;
      },
      { names },
    );
    expect(painted.length).toBeGreaterThan(5);
    expect(painted.filter((range) => range.onRewritten)).toEqual([]);
    const quoted = story.quotes.map((quote) => norm(quote.text)).join(' ');
    for (const range of painted) {
      if (range.kind === 'quote') expect(quoted).toContain(norm(range.text));
      else expect(story.entities.filter((entity) => entity.type === range.kind).flatMap((entity) => entity.aliases.map(norm)), range.text).toContain(norm(range.text));
    }
    expect(painted.map((range) => range.text)).toContain('Martina Vogel');
    await page.close();
  });

  it('paints under the strictest Content-Security-Policy', async () => {
    const page = await open('live/strict-csp.html');
    const state = await session.browser.pageState(page.tabId, ['annotated']);
    expect(state.painted.place).toBeGreaterThan(3);
    expect(countByKind(await ours(page, 'article'))).toEqual(state.painted);
    await page.screenshot('content-strict-csp');
  });

  it('paints a dark page legibly', async () => {
    const page = await open('live/dark.html');
    const state = await session.browser.pageState(page.tabId, ['annotated']);
    expect(state.painted.person).toBeGreaterThan(0);
    await page.screenshot('content-dark');
  });
});
