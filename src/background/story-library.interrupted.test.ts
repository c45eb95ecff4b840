import { afterEach, describe, expect, test, vi } from 'vitest';
import { FakeBrowser } from './fake-browser-api';
import { fakeReport } from './fake-report';
import { INDEX_KEY, SHARD_PREFIX } from './library-index';
import { readStoryRecord } from './story-record';
import { startWorker } from './test-background';

afterEach(() => {
  vi.restoreAllMocks();
});

const MAX = 4;
const url = (i: number) => `https://s.example/${i}`;

/**
 * storage.local stops answering at its `writesLeft`-th write (set or remove) and every call after it:
 * the worker was stopped there (Firefox suspends an idle event page, Chrome kills a busy service
 * worker after five minutes). `stopped` settles when that happens. Each single set or remove is
 * atomic, as in both browsers (one LevelDB batch, one IndexedDB transaction).
 */
function stopAfterWrites(browser: FakeBrowser, writesLeft: number) {
  const area = browser.storageAreas.local;
  let left = writesLeft;
  let stop: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const never = new Promise<never>(() => undefined);
  const guard = <A extends unknown[], R>(call: (...args: A) => Promise<R>, write: boolean) =>
    (...args: A): Promise<R> => {
      if (left <= 0) return never;
      if (write && --left === 0) {
        stop();
        return never;
      }
      return call(...args);
    };
  area.set = guard(area.set.bind(area), true);
  area.remove = guard(area.remove.bind(area), true);
  area.get = guard(area.get.bind(area), false);
  return stopped;
}

/** A library at its bound, with one story saved to the catalog, that the test then interrupts. */
async function fullLibrary() {
  let clock = Date.UTC(2026, 0, 1);
  const { browser } = startWorker(new FakeBrowser(), { now: () => (clock += 1_000), maxStories: MAX });
  for (let i = 0; i < MAX; i += 1) await browser.fromTab(1, { type: 'report:put', report: fakeReport(`Story ${i}`) }, url(i));
  const saved = (await browser.fromPopup({ type: 'catalog:save', tabId: 1 })) as { id: string };
  return { browser, saved: saved.id, clock: () => clock };
}

/** The same storage.local under a freshly started worker (the browser restarted it). */
function restart(from: FakeBrowser, now: number) {
  const browser = new FakeBrowser();
  for (const [key, value] of from.storageAreas.local.items) browser.storageAreas.local.items.set(key, value);
  let clock = now;
  return startWorker(browser, { now: () => (clock += 1_000), maxStories: MAX }).browser;
}

/** What storage.local holds: story records by URL, the index's URLs and count, saved ids and catalog records. */
function stored(browser: FakeBrowser) {
  const items = browser.storageAreas.local.items;
  const records = [...items].filter(([key]) => key.startsWith('story:'));
  const indexed = [...items]
    .filter(([key]) => key.startsWith(SHARD_PREFIX))
    .flatMap(([, shard]) => Object.keys(shard as Record<string, number>));
  const meta = items.get(INDEX_KEY) as { stories: number; saved: string[] } | undefined;
  return {
    records: records.map(([key]) => key.slice('story:'.length)).sort(),
    readable: records.every(([key, raw]) => readStoryRecord(raw)?.url === key.slice('story:'.length)),
    indexed: indexed.sort(),
    count: meta?.stories,
    saved: [...(meta?.saved ?? [])].sort(),
    catalog: [...items.keys()].filter((key) => key.startsWith('catalog:')).map((key) => key.slice('catalog:'.length)).sort(),
  };
}

/** Runs `interrupt` stopped at each of its writes in turn, restarts, and checks what the new worker finds. */
async function everyStop(interrupt: (browser: FakeBrowser) => Promise<unknown>, expectWrites: (writes: number) => void) {
  let writes = 0;
  for (let n = 1; ; n += 1) {
    const { browser, saved, clock } = await fullLibrary();
    const before = stored(browser).records;
    const stopped = stopAfterWrites(browser, n);
    const finished = await Promise.race([interrupt(browser).then(() => true), stopped.then(() => false)]);
    const after = restart(browser, clock());
    // The first call of the new worker finds the library as one of the two whole states, never between.
    const stats = (await after.fromPopup({ type: 'library:stats' })) as { stories: number; catalog: number };
    const now = stored(after);
    expect(now.readable).toBe(true);
    expect(now.indexed).toEqual(now.records);
    expect(now.count).toBe(now.records.length);
    expect(stats.stories).toBe(now.records.length);
    expect(now.saved).toEqual(now.catalog);
    expect(now.catalog).toContain(saved);
    expect(await after.fromTab(1, { type: 'catalog:saved' })).toContainEqual(expect.objectContaining({ id: saved }));
    expect(now.records.length).toBeLessThanOrEqual(MAX);
    // Only the least recently seen went missing (url(0) first); the new story is either whole or not there.
    const gone = before.filter((known) => !now.records.includes(known));
    expect(gone).toEqual(before.slice(0, gone.length));
    const exported = (await after.fromPopup({ type: 'library:export' })) as { stories: Array<{ url: string }> };
    expect(exported.stories.map((story) => story.url).sort()).toEqual(now.records);
    if (finished) break;
    writes = n;
  }
  expectWrites(writes);
}

describe('a worker stopped in the middle of a library write', () => {
  test('while a visit evicts the oldest story: the restarted worker finds index and records agreeing, the saved story kept', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await everyStop(
      (browser) => browser.fromTab(2, { type: 'report:put', report: fakeReport('The newest') }, url(99)),
      (writes) => expect(writes).toBeGreaterThanOrEqual(2),
    );
  });

  test('while a full storage makes room and retries: the same', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await everyStop(
      async (browser) => {
        const area = browser.storageAreas.local;
        area.quotaBytes = ((await area.bytesInUse()) ?? 0) + 10;
        await browser.fromTab(2, { type: 'report:put', report: fakeReport('The newest, which needs room') }, url(98));
      },
      // evict the oldest story and write (refused), evict more and write again
      (writes) => expect(writes).toBeGreaterThanOrEqual(3),
    );
  });

  test('while an import brings newer stories that push the oldest out: the same', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await everyStop(
      async (browser) => {
        const file = (await browser.fromPopup({ type: 'library:export' })) as { stories: Array<Record<string, unknown>> };
        const template = file.stories.at(-1)!;
        const newer = [97, 96].map((i, at) => ({ ...template, url: url(i), lastSeen: (template.lastSeen as number) + 1_000 * (at + 1) }));
        expect(await browser.fromPopup({ type: 'library:import', data: { ...file, stories: newer, catalog: [] } })).toEqual({ stories: 2 });
      },
      (writes) => expect(writes).toBeGreaterThanOrEqual(2),
    );
  });
});
