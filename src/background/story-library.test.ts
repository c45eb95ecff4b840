import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fingerprintStory } from '../core/story/fingerprint';
import { parseStoryText } from '../core/story/parse-story-text';
import type { StoryReport } from '../shared/report';
import { FakeBrowser } from './fake-browser-api';
import { fakeReport } from './fake-report';
import { readVersioned } from './read-versioned';
import { object, literal, text } from '../shared/parse-value';
import { startWorker } from './test-background';

const story = (name: string) => readFileSync(new URL(`../../tests/fixtures/stories/${name}`, import.meta.url), 'utf8');
const catalogText = readFileSync(new URL('../data/catalog/kerry-syria-2016-10-16.txt', import.meta.url), 'utf8');
const fingerprintOf = (raw: string) => fingerprintStory(parseStoryText('page', raw).model);

afterEach(() => {
  vi.restoreAllMocks();
});

/** A worker whose clock the test moves: each put is seen one second after the last. */
function worker(options: { maxStories?: number } = {}) {
  let clock = Date.UTC(2026, 0, 1);
  const { browser } = startWorker(new FakeBrowser(), { now: () => (clock += 1_000), ...options });
  const visit = (tabId: number, url: string, report: StoryReport = fakeReport(url), fingerprint?: unknown) =>
    browser.fromTab(tabId, { type: 'report:put', report, ...(fingerprint === undefined ? {} : { fingerprint }) }, url);
  const stats = () => browser.fromPopup({ type: 'library:stats' }) as Promise<{ stories: number; catalog: number; bytes: number }>;
  const related = (tabId: number) => browser.fromPopup({ type: 'library:related', tabId }) as Promise<Array<{ url: string }>>;
  return { browser, visit, stats, related };
}

describe('across sites', () => {
  test('the same story read on one site and then reprinted on another is "also seen on" the first', async () => {
    const { visit, related } = worker();
    await visit(1, 'https://cnn.example/2016/10/16/kerry', fakeReport('Kerry in London'), fingerprintOf(catalogText));
    await visit(2, 'https://worlddesk.example/kerry-reprint', fakeReport('Talks in London'), fingerprintOf(story('kerry-retitled.txt')));
    expect(await related(2)).toEqual([
      { url: 'https://cnn.example/2016/10/16/kerry', site: 'News Example', title: 'Kerry in London', lastSeen: expect.any(String) },
    ]);
    expect((await related(1)).map((seen) => seen.url)).toEqual(['https://worlddesk.example/kerry-reprint']);
  });

  test('a reordered or lightly edited copy is the same story; other stories on the same topic or on nothing alike are not', async () => {
    const { visit, related } = worker();
    await visit(1, 'https://a.example/reordered', fakeReport('A'), fingerprintOf(story('kerry-reordered.txt')));
    await visit(2, 'https://b.example/edited', fakeReport('B'), fingerprintOf(story('kerry-edited.txt')));
    await visit(3, 'https://c.example/same-talks', fakeReport('C'), fingerprintOf(story('syria-talks-other-desk.txt')));
    await visit(4, 'https://d.example/reef', fakeReport('D'), fingerprintOf(story('reef-survey.txt')));
    await visit(5, 'https://e.example/kerry', fakeReport('E'), fingerprintOf(catalogText));
    expect((await related(5)).map((seen) => seen.url).sort()).toEqual(['https://a.example/reordered', 'https://b.example/edited']);
    expect(await related(3)).toEqual([]);
    expect(await related(4)).toEqual([]);
  });

  test('two pages recognised as the same catalog story are linked even without fingerprints', async () => {
    const { visit, related } = worker();
    const recognised = fakeReport('K', { story: { id: 'kerry', title: 'K', confidence: 0.9, coverage: 1 } });
    await visit(1, 'https://one.example/k', recognised);
    await visit(2, 'https://two.example/k', recognised);
    await visit(3, 'https://three.example/other', fakeReport('Other'));
    expect((await related(2)).map((seen) => seen.url)).toEqual(['https://one.example/k']);
  });

  test('the page itself (even with another fragment) is not "elsewhere"; a tab without a report has nothing related', async () => {
    const { visit, related } = worker();
    await visit(1, 'https://one.example/k#top', fakeReport('K'), fingerprintOf(catalogText));
    await visit(2, 'https://one.example/k', fakeReport('K'), fingerprintOf(catalogText));
    expect(await related(2)).toEqual([]);
    expect(await related(77)).toEqual([]);
  });
});

describe('finding the same story without reading the whole library', () => {
  test('a lookup reads only the page\'s near keys and the few stories filed there', async () => {
    const { visit, related, browser } = worker();
    for (let i = 0; i < 120; i += 1) await visit(1, `https://s.example/${i}`, fakeReport(`S${i}`), fingerprintOf(`Story ${i}\n\n${story('reef-survey.txt').replaceAll('coral', `coral${i}`)}`));
    await visit(2, 'https://cnn.example/k', fakeReport('K'), fingerprintOf(catalogText));
    await visit(3, 'https://reprint.example/k', fakeReport('R'), fingerprintOf(story('kerry-retitled.txt')));
    const local = browser.storageAreas.local;
    const get = vi.spyOn(local, 'get');
    expect((await related(3)).map((seen) => seen.url)).toEqual(['https://cnn.example/k']);
    const requested = get.mock.calls.map(([keys]) => keys);
    expect(requested).not.toContain(null);
    expect(requested.flat().length).toBeLessThanOrEqual(20);
  });

  test('evicted stories leave their near keys: nothing points at a story that is gone', async () => {
    const { visit, related, browser } = worker({ maxStories: 2 });
    await visit(1, 'https://a.example/k', fakeReport('A'), fingerprintOf(catalogText));
    await visit(1, 'https://b.example/x', fakeReport('B'), fingerprintOf(story('reef-survey.txt')));
    await visit(1, 'https://c.example/y', fakeReport('C'), fingerprintOf(story('cup-final.txt')));
    await visit(2, 'https://d.example/k', fakeReport('D'), fingerprintOf(story('kerry-retitled.txt')));
    expect(await related(2)).toEqual([]);
    const postings = [...browser.storageAreas.local.items]
      .filter(([key]) => key.startsWith('near:'))
      .flatMap(([, bucket]) => Object.values(bucket as Record<string, string[]>).flat());
    expect(postings).not.toContain('https://a.example/k');
    expect(new Set(postings)).toEqual(new Set(['https://c.example/y', 'https://d.example/k']));
  });

  test('a lost index is rebuilt with the near keys: the same story is still found', async () => {
    const { visit, related, browser, stats } = worker();
    await visit(1, 'https://a.example/k', fakeReport('A'), fingerprintOf(catalogText));
    await visit(2, 'https://b.example/k', fakeReport('B'), fingerprintOf(story('kerry-retitled.txt')));
    for (const key of [...browser.storageAreas.local.items.keys()]) if (key.startsWith('near:') || key === 'library:index') browser.storageAreas.local.items.delete(key);
    expect((await stats()).stories).toBe(2);
    expect((await related(2)).map((seen) => seen.url)).toEqual(['https://a.example/k']);
  });
});

describe('the index', () => {
  test('a visit reads and writes one shard of the last-visit table, not the whole table', async () => {
    const { visit, browser } = worker({ maxStories: 500 });
    for (let i = 0; i < 100; i += 1) await visit(1, `https://s.example/${i}`);
    const local = browser.storageAreas.local;
    const get = vi.spyOn(local, 'get');
    const set = vi.spyOn(local, 'set');
    await visit(1, 'https://s.example/new');
    const shardsRead = get.mock.calls.flatMap(([keys]) => (keys === null ? ['everything'] : [keys].flat())).filter((key) => key === 'everything' || String(key).startsWith('library:seen:'));
    const shardsWritten = set.mock.calls.flatMap(([items]) => Object.keys(items)).filter((key) => key.startsWith('library:seen:'));
    expect(shardsRead).toHaveLength(1);
    expect(shardsWritten).toHaveLength(1);
  });

  test('an unreadable shard or a count that does not add up is rebuilt from the stories, without losing one', async () => {
    const { visit, stats, browser } = worker({ maxStories: 4 });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (let i = 0; i < 4; i += 1) await visit(1, `https://s.example/${i}`);
    const shard = [...browser.storageAreas.local.items.keys()].find((key) => key.startsWith('library:seen:') && Object.keys(browser.storageAreas.local.items.get(key) as object).length > 0);
    browser.storageAreas.local.items.set(shard ?? '', 'not a shard');
    await visit(1, 'https://s.example/4'); // over the bound: eviction reads every shard
    expect((await stats()).stories).toBe(4);
    const meta = browser.storageAreas.local.items.get('library:index') as { stories: number };
    browser.storageAreas.local.items.set('library:index', { ...meta, stories: 40 });
    const exported = (await browser.fromPopup({ type: 'library:export' })) as { stories: Array<{ url: string }> };
    expect(exported.stories.map((s) => s.url)).toEqual([1, 2, 3, 4].map((i) => `https://s.example/${i}`));
  });
});

describe('the reading history', () => {
  test('is bounded: the least recently seen story goes first, a revisit keeps a story', async () => {
    const { visit, stats, browser } = worker({ maxStories: 3 });
    await visit(1, 'https://s.example/1');
    await visit(1, 'https://s.example/2');
    await visit(1, 'https://s.example/3');
    await visit(1, 'https://s.example/1'); // seen again: now the most recent
    await visit(1, 'https://s.example/4'); // evicts 2, the least recently seen
    expect((await stats()).stories).toBe(3);
    const exported = (await browser.fromPopup({ type: 'library:export' })) as { stories: Array<{ url: string; firstSeen: number; lastSeen: number }> };
    expect(exported.stories.map((s) => s.url).sort()).toEqual(['https://s.example/1', 'https://s.example/3', 'https://s.example/4']);
    const first = exported.stories.find((s) => s.url === 'https://s.example/1');
    expect(first && first.lastSeen > first.firstSeen).toBe(true);
  });

  test('saved catalog stories are never evicted by reading', async () => {
    const { visit, stats, browser } = worker({ maxStories: 2 });
    await visit(1, 'https://s.example/keep');
    const { id } = (await browser.fromPopup({ type: 'catalog:save', tabId: 1 })) as { id: string };
    for (let i = 0; i < 5; i += 1) await visit(2, `https://s.example/${i}`);
    expect(await stats()).toMatchObject({ stories: 2, catalog: 2 });
    expect((await browser.fromTab(2, { type: 'catalog:saved' })) as Array<{ id: string }>).toEqual([expect.objectContaining({ id })]);
  });

  test('a page that is not an article is not recorded', async () => {
    const { visit, stats } = worker();
    await visit(1, 'https://s.example/home', fakeReport('Home', { article: { ...fakeReport('Home').article, detected: false } }));
    expect((await stats()).stories).toBe(0);
  });

  // What each browser rejects a storage.local write past its quota with.
  test.each([
    ['Chrome', () => new Error('QUOTA_BYTES quota exceeded')],
    ['Firefox (IndexedDB)', () => new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError')],
    ['Firefox (storage API)', () => new Error('QuotaExceededError: storage.local API call exceeded its quota limitations.')],
  ])('a full storage in %s evicts exactly the least recently seen stories and retries: the new story and every saved story are kept', async (_browser, quotaError) => {
    const { visit, stats, browser, related } = worker();
    for (let i = 0; i < 40; i += 1) {
      await visit(1, `https://s.example/${i}`);
      // a saved story older than every other: seen least recently, never evicted
      if (i === 0 || i === 20) await browser.fromPopup({ type: 'catalog:save', tabId: 1 });
    }
    const saved = ((await browser.fromTab(1, { type: 'catalog:saved' })) as Array<{ id: string }>).map((story) => story.id);
    expect(saved).toHaveLength(2);
    const area = browser.storageAreas.local;
    const refused = vi.fn(quotaError);
    area.quotaError = refused;
    area.quotaBytes = ((await stats()).bytes) + 200; // the next story does not fit
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await visit(2, 'https://s.example/new', fakeReport('New'), fingerprintOf(catalogText));
    expect(refused).toHaveBeenCalledTimes(1);
    const urls = async () => ((await browser.fromPopup({ type: 'library:export' })) as { stories: Array<{ url: string }> }).stories.map((s) => s.url);
    const kept = await urls();
    // the oldest went, in order of last visit, and no more than the twentieth the retry makes room for
    const gone = Array.from({ length: 40 }, (_, i) => `https://s.example/${i}`).filter((url) => !kept.includes(url));
    expect(gone).toEqual(Array.from({ length: gone.length }, (_, i) => `https://s.example/${i}`));
    expect(gone.length).toBeGreaterThanOrEqual(1);
    expect(gone.length).toBeLessThanOrEqual(Math.ceil(41 / 20));
    expect(kept).toContain('https://s.example/new');
    expect((await stats()).stories).toBe(41 - gone.length);
    expect(((await browser.fromTab(1, { type: 'catalog:saved' })) as Array<{ id: string }>).map((story) => story.id)).toEqual(saved);
    // the new story was written whole: found again by its fingerprint from another page
    await visit(3, 'https://s.example/again', fakeReport('Again'), fingerprintOf(catalogText));
    expect((await related(3)).map((seen) => seen.url)).toEqual(['https://s.example/new']);
  });

  test('where even eviction cannot make room, the tab\'s report is still kept and the call succeeds', async () => {
    const { visit, browser } = worker();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    browser.storageAreas.local.quotaBytes = 10;
    expect(await visit(1, 'https://s.example/huge', fakeReport('Huge'))).toBeNull();
    expect(await browser.fromPopup({ type: 'report:get', tabId: 1 })).toMatchObject({ article: { title: 'Huge' } });
  });

  test('a corrupt story record is dropped and logged; the rest of the library still answers', async () => {
    const { visit, related, stats, browser } = worker();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await visit(1, 'https://a.example/k', fakeReport('A'), fingerprintOf(catalogText));
    await visit(2, 'https://b.example/k', fakeReport('B'), fingerprintOf(catalogText));
    browser.storageAreas.local.items.set('story:https://b.example/k', { v: 1, url: 42 });
    await visit(3, 'https://c.example/k', fakeReport('C'), fingerprintOf(catalogText));
    expect((await related(3)).map((seen) => seen.url)).toEqual(['https://a.example/k']);
    expect((await stats()).stories).toBe(2);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('dropped an unreadable story record'));
  });

  test('a lost or corrupt index is rebuilt from the stories themselves', async () => {
    const { visit, stats, browser } = worker();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await visit(1, 'https://a.example/1');
    await visit(1, 'https://a.example/2');
    browser.storageAreas.local.items.set('library:index', 'garbage');
    expect((await stats()).stories).toBe(2);
    browser.storageAreas.local.items.delete('library:index');
    await visit(1, 'https://a.example/3');
    expect((await stats()).stories).toBe(3);
  });

  test('a record from a newer Story Lens is not read (nor crashes anything)', async () => {
    const { visit, stats, browser } = worker();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await visit(1, 'https://a.example/1');
    const record = browser.storageAreas.local.items.get('story:https://a.example/1') as Record<string, unknown>;
    browser.storageAreas.local.items.set('story:https://a.example/1', { ...record, v: 99 });
    expect(await browser.fromPopup({ type: 'library:export' })).toMatchObject({ stories: [] });
    expect((await stats()).stories).toBe(0);
  });
});

describe('schema migrations', () => {
  const v2 = object({ v: literal(2), headline: text(100) });
  const migrations = { 0: (r: Record<string, unknown>) => ({ ...r, v: 1 }), 1: ({ title, ...r }: Record<string, unknown>) => ({ ...r, v: 2, headline: title }) };

  test('an old record is migrated step by step to the current version', () => {
    expect(readVersioned({ v: 0, title: 'Old' }, 2, migrations, v2)).toEqual({ ok: true, value: { v: 2, headline: 'Old' } });
  });

  test.each([
    ['no version', { title: 'x' }],
    ['a newer version', { v: 3, headline: 'x' }],
    ['a version without a migration', { v: -1 }],
    ['a migrated record that fails the check', { v: 1, title: 42 }],
  ])('%s is an error value', (_name, raw) => {
    expect(readVersioned(raw, 2, migrations, v2).ok).toBe(false);
  });

  test('a migration that throws is an error value naming the problem', () => {
    const throwing = { ...migrations, 1: () => { throw new Error('boom'); } };
    expect(readVersioned({ v: 1 }, 2, throwing, v2)).toMatchObject({ ok: false, error: expect.stringContaining('boom') });
  });
});

describe('export and import', () => {
  test('a library exported from one browser imports into another: stories, saved catalog and links across sites', async () => {
    const home = worker();
    await home.visit(1, 'https://cnn.example/k', fakeReport('Kerry'), fingerprintOf(catalogText));
    await home.visit(2, 'https://b.example/other', fakeReport('Other'));
    await home.browser.fromPopup({ type: 'catalog:save', tabId: 2 });
    const file = JSON.parse(JSON.stringify(await home.browser.fromPopup({ type: 'library:export' })));
    expect(file).toMatchObject({ format: 'story-lens-library', version: 1 });

    const away = worker();
    expect(await away.browser.fromPopup({ type: 'library:import', data: file })).toEqual({ stories: 2 });
    expect(await away.stats()).toMatchObject({ stories: 2, catalog: 2 });
    await away.visit(5, 'https://reprint.example/k', fakeReport('Reprint'), fingerprintOf(story('kerry-retitled.txt')));
    expect((await away.related(5)).map((seen) => seen.url)).toEqual(['https://cnn.example/k']);
    // importing the same file again adds nothing
    expect(await away.browser.fromPopup({ type: 'library:import', data: file })).toEqual({ stories: 0 });
  });

  test('a file that is not a library is refused; bad records in a library file are left out, the rest imported', async () => {
    const { browser, stats } = worker();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await browser.fromPopup({ type: 'library:import', data: { hello: 'world' } })).toMatchObject({ error: { code: 'malformed' } });
    expect(await browser.fromPopup({ type: 'library:import', data: { format: 'story-lens-library', version: 9 } })).toMatchObject({
      error: { code: 'malformed' },
    });
    const good = { v: 1, url: 'https://x.example/a', site: null, title: 'A', published: null, firstSeen: 1, lastSeen: 2, storyId: null, fingerprint: null, highlights: [], entities: [] };
    const data = { format: 'story-lens-library', version: 1, stories: [good, { ...good, url: 7 }, 'junk', { ...good, v: 5 }], catalog: [{ id: 1 }] };
    expect(await browser.fromPopup({ type: 'library:import', data })).toEqual({ stories: 1 });
    expect((await stats()).stories).toBe(1);
  });

  test('an import of stories seen more recently than the stored ones replaces them within the bound', async () => {
    const { browser, stats, visit } = worker({ maxStories: 3 });
    for (let i = 0; i < 3; i += 1) await visit(1, `https://old.example/${i}`);
    const fresh = Array.from({ length: 3 }, (_, i) => ({
      v: 1, url: `https://new.example/${i}`, site: null, title: `N${i}`, published: null, firstSeen: 9e12, lastSeen: 9e12 + i, storyId: null, fingerprint: null, highlights: [], entities: [],
    }));
    expect(await browser.fromPopup({ type: 'library:import', data: { format: 'story-lens-library', version: 1, stories: fresh, catalog: [] } })).toEqual({ stories: 3 });
    const exported = (await browser.fromPopup({ type: 'library:export' })) as { stories: Array<{ url: string }> };
    expect(exported.stories.map((s) => s.url).sort()).toEqual(fresh.map((s) => s.url));
    expect((await stats()).stories).toBe(3);
  });

  test('a file larger than one write goes in several, and the bound holds across them', async () => {
    const { browser, stats } = worker({ maxStories: 400 });
    const stories = Array.from({ length: 700 }, (_, i) => ({
      v: 1, url: `https://x.example/${i}`, site: null, title: `S${i}`, published: null, firstSeen: 1, lastSeen: (i * 7919) % 700, storyId: null, fingerprint: null, highlights: [], entities: [],
    }));
    await browser.fromPopup({ type: 'library:import', data: { format: 'story-lens-library', version: 1, stories, catalog: [] } });
    expect((await stats()).stories).toBe(400);
    const exported = (await browser.fromPopup({ type: 'library:export' })) as { stories: Array<{ lastSeen: number }> };
    expect(Math.min(...exported.stories.map((s) => s.lastSeen))).toBe(300);
  });

  test('an import larger than the bound keeps the most recently seen stories', async () => {
    const { browser, stats } = worker({ maxStories: 5 });
    const stories = Array.from({ length: 8 }, (_, i) => ({
      v: 1, url: `https://x.example/${i}`, site: null, title: `S${i}`, published: null, firstSeen: i, lastSeen: i, storyId: null, fingerprint: null, highlights: [], entities: [],
    }));
    expect(await browser.fromPopup({ type: 'library:import', data: { format: 'story-lens-library', version: 1, stories, catalog: [] } })).toEqual({ stories: 5 });
    const exported = (await browser.fromPopup({ type: 'library:export' })) as { stories: Array<{ url: string }> };
    expect(exported.stories.map((s) => s.url).sort()).toEqual([3, 4, 5, 6, 7].map((i) => `https://x.example/${i}`));
    expect((await stats()).stories).toBe(5);
  });
});
