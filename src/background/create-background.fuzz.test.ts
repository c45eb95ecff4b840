import fc from 'fast-check';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import type { ErrorCode } from '../shared/protocol';
import { hostileValue, messagesOf } from '../shared/test-hostile-values';
import {
  CONTENT_TO_BACKGROUND_LIMITS,
  contentToBackgroundParams,
  parseMessage,
  POPUP_TO_BACKGROUND_LIMITS,
  popupToBackgroundParams,
} from '../shared/validate-message';
import { isErrorAnswer } from '../shared/wire';
import type { Sender } from './browser-api';
import { FakeBrowser } from './fake-browser-api';
import { fakeReport } from './fake-report';
import { startWorker } from './test-background';

const CODES: readonly ErrorCode[] = ['malformed', 'unknown-type', 'forbidden', 'too-large', 'not-found', 'failed'];
const CONTENT_TYPES = Object.keys(contentToBackgroundParams);
const POPUP_TYPES = Object.keys(popupToBackgroundParams);
/** every parameter name of both call maps, and the report's fields one level down */
const KEYS = ['tabId', 'report', 'fingerprint', 'style', 'url', 'article', 'model', 'data', 'text', 'blocks', 'title', 'entities', 'quotes', 'aliases', 'version', 'detected', 'parts', 'id', 'index', 'count'];

const ID = 'story-lens-test';
const ORIGIN = `chrome-extension://${ID}/`;
/** Who may send what: the content script of a tab's top frame sends content calls, our pages popup calls. */
const SENDERS: Record<string, { sender: Sender; may: 'content' | 'popup' | null }> = {
  'a tab\'s content script': { sender: { id: ID, url: 'https://news.example/story-1', frameId: 0, tab: { id: 1 } }, may: 'content' },
  'the popup': { sender: { id: ID, url: `${ORIGIN}popup/popup.html` }, may: 'popup' },
  'another extension': { sender: { id: 'someone-else', url: 'https://evil.example/', frameId: 0, tab: { id: 1 } }, may: null },
  'a sub-frame (an ad)': { sender: { id: ID, url: 'https://ads.example/', frameId: 3, tab: { id: 1 } }, may: null },
  'a sender without a tab': { sender: { id: ID, url: 'https://news.example/' }, may: null },
  'a file page': { sender: { id: ID, url: 'file:///etc/passwd', frameId: 0, tab: { id: 1 } }, may: null },
  'a sender without an id': { sender: { url: 'https://news.example/story-1', frameId: 0, tab: { id: 1 } }, may: null },
};

/** Well-formed payloads that the fuzzer spoils one field at a time. */
const BASES: Record<string, () => Record<string, unknown>> = {
  'report:put': () => ({ report: fakeReport('Spoiled'), fingerprint: null }),
  'report:get': () => ({ tabId: 1 }),
  'catalog:save': () => ({ tabId: 2 }),
  'library:related': () => ({ tabId: 1 }),
  'library:import': () => ({ data: { format: 'story-lens-library', version: 1, stories: [], catalog: [] } }),
  'highlights:style': () => ({ style: null }),
  'story:analyse': () => ({ url: null, article: fakeReport('Spoiled').article, model: { text: 'A story.', blocks: [{ kind: 'paragraph', start: 0, end: 8 }] } }),
  // a part, and a story naming parts: those of tab 1 (the content script sender's) have arrived whole or in part
  'story:part': () => ({ id: 'fuzzed', index: 1, text: ' More story.', blocks: [{ kind: 'paragraph', start: 9, end: 20 }] }),
};

/** `story:analyse` naming parts, which the fuzzer spoils like any other payload. */
const PARTED: Record<string, () => Record<string, unknown>> = {
  'story:analyse': () => ({ url: null, article: fakeReport('Spoiled').article, parts: { id: 'fuzzed', count: 2 } }),
};

const message = fc.oneof(
  { weight: 1, arbitrary: hostileValue },
  { weight: 4, arbitrary: messagesOf([...CONTENT_TYPES, ...POPUP_TYPES], KEYS, BASES) },
  { weight: 1, arbitrary: messagesOf(['story:analyse', 'story:part'], KEYS, PARTED) },
  { weight: 1, arbitrary: messagesOf(['tabs:list', 'report:GET', ' report:get', 'constructor', '__proto__', 'hasOwnProperty'], KEYS) },
);

/** What the worker would accept: a known type from the context allowed to send it, with a well-formed payload. */
function wellFormed(raw: unknown, may: 'content' | 'popup' | null): boolean {
  if (may === 'content') return parseMessage(raw, contentToBackgroundParams, CONTENT_TO_BACKGROUND_LIMITS).ok;
  if (may === 'popup') return parseMessage(raw, popupToBackgroundParams, POPUP_TO_BACKGROUND_LIMITS).ok;
  return false;
}

const areas = (browser: FakeBrowser) => [browser.storageAreas.local, browser.storageAreas.session, browser.storageAreas.sync];
const snapshot = (browser: FakeBrowser) => areas(browser).map((area) => JSON.stringify([...area.items].sort(([a], [b]) => (a < b ? -1 : 1))));
function restore(browser: FakeBrowser, saved: string[]): void {
  for (const [at, area] of areas(browser).entries()) {
    area.items.clear();
    for (const [key, value] of JSON.parse(saved[at]!) as Array<[string, unknown]>) area.items.set(key, value);
  }
}

describe('every message a page, another extension or a broken sender can send', () => {
  let browser: FakeBrowser;
  let seeded: string[];
  beforeAll(async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    browser = startWorker(new FakeBrowser()).browser;
    // Tab reports, library stories, a saved catalog story and settings, for a message to damage.
    for (const tab of [1, 2, 3]) {
      await browser.fromTab(tab, { type: 'report:put', report: fakeReport(`Seeded ${tab}`) }, `https://site${tab}.example/story`);
    }
    expect(await browser.fromPopup({ type: 'catalog:save', tabId: 3 })).toMatchObject({ id: expect.any(String) });
    browser.storageAreas.sync.items.set('settings', { v: 1, autoAnnotate: true, disabledSites: ['quiet.example'] });
    seeded = snapshot(browser);
  });

  test('is answered with an error value (or, well-formed from its own sender, a valid answer), leaves storage as it was when refused, and the worker still answers', async () => {
    const seen = { refused: 0, answered: 0, types: new Set<string>() };
    await fc.assert(
      fc.asyncProperty(message, fc.constantFrom(...Object.keys(SENDERS)), async (raw, from) => {
        const { sender, may } = SENDERS[from]!;
        // each run starts from the seeded storage, so a failing run's damage cannot blame the next
        restore(browser, seeded);
        // and with the first part of a long story arrived from tab 1, for a fuzzed part or analysis to follow
        await browser.send({ type: 'story:part', id: 'fuzzed', index: 0, text: 'A story.', blocks: [{ kind: 'paragraph', start: 0, end: 8 }] }, SENDERS['a tab\'s content script']!.sender);
        const answer = await browser.send(raw, sender);
        if (isErrorAnswer(answer)) {
          seen.refused += 1;
          expect(CODES).toContain(answer.error.code);
          expect(snapshot(browser)).toEqual(seeded);
        } else {
          seen.answered += 1;
          seen.types.add((raw as { type: string }).type);
          expect(wellFormed(raw, may)).toBe(true);
          expect(answer).not.toBeUndefined();
        }
        // still answering
        restore(browser, seeded);
        expect(await browser.fromPopup({ type: 'report:get', tabId: 1 })).toMatchObject({ article: { title: 'Seeded 1' } });
      }),
      { numRuns: 600 },
    );
    expect(await browser.fromPopup({ type: 'library:stats' })).toMatchObject({ stories: 3, catalog: 2 });
    // the fuzzer reached the handlers, not only the checks in front of them
    expect(seen.refused).toBeGreaterThan(300);
    expect(seen.types.size).toBeGreaterThan(4);
  }, 120_000);
});
