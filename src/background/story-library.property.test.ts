import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fingerprintStory } from '../core/story/fingerprint';
import { modelFromBlocks } from '../core/text-model';
import { FakeBrowser } from './fake-browser-api';
import { fakeReport } from './fake-report';
import { startWorker } from './test-background';

type Op = { kind: 'visit'; page: number } | { kind: 'save'; page: number } | { kind: 'reimport' };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('visit' as const), page: fc.nat({ max: 11 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('save' as const), page: fc.nat({ max: 11 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reimport' as const) }) },
);

const MAX = 5;
const url = (page: number) => `https://site${page % 4}.example/story-${page}`;
const words = (seed: number, count: number) => Array.from({ length: count }, (_, i) => `w${(seed * 7919 + i * 104729) % 100003}`).join(' ');
/** Pages of one group share a paragraph, so stories share near keys and postings overlap. */
const fingerprint = (page: number) =>
  fingerprintStory(modelFromBlocks([{ kind: 'paragraph', text: words(page % 3, 80) }, { kind: 'paragraph', text: words(100 + page, 80) }]));
const put = (tabId: number, page: number) => ({ type: 'report:put', report: fakeReport(`Story ${page}`), fingerprint: fingerprint(page) });

describe('the library under any sequence of visits, saves and re-imports', () => {
  test('keeps exactly the most recently seen stories up to its bound, an index matching its records, and no posting to a story that is gone', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        let clock = 1_000;
        const { browser } = startWorker(new FakeBrowser(), { now: () => (clock += 10), maxStories: MAX });
        const lastVisit = new Map<string, number>();
        const saved = new Set<string>();
        for (const step of ops) {
          if (step.kind === 'visit') {
            await browser.fromTab(1, put(1, step.page), url(step.page));
            lastVisit.set(url(step.page), clock);
          } else if (step.kind === 'save') {
            await browser.fromTab(2, put(2, step.page), url(step.page));
            lastVisit.set(url(step.page), clock);
            const answer = (await browser.fromPopup({ type: 'catalog:save', tabId: 2 })) as { id: string };
            saved.add(answer.id);
          } else {
            const file = await browser.fromPopup({ type: 'library:export' });
            expect(await browser.fromPopup({ type: 'library:import', data: file })).toEqual({ stories: 0 });
          }
        }
        const expected = [...lastVisit].sort((a, b) => b[1] - a[1]).slice(0, MAX).map(([u]) => u).sort();
        const exported = (await browser.fromPopup({ type: 'library:export' })) as { stories: Array<{ url: string }> };
        expect(exported.stories.map((s) => s.url).sort()).toEqual(expected);
        expect(await browser.fromPopup({ type: 'library:stats' })).toMatchObject({ stories: expected.length, catalog: 1 + saved.size });
        const local = browser.storageAreas.local.items;
        const storyKeys = [...local.keys()].filter((key) => key.startsWith('story:')).map((key) => key.slice(6)).sort();
        expect(storyKeys).toEqual(expected);
        const posted = new Set(
          [...local].filter(([key]) => key.startsWith('near:')).flatMap(([, bucket]) => Object.values(bucket as Record<string, string[]>).flat()),
        );
        for (const u of posted) expect(expected).toContain(u);
        if (expected.length > 0) expect(posted.size).toBe(expected.length);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
