import type { CallError, PageState, SeenElsewhere } from '../shared/protocol';
import type { StoryReport } from '../shared/report';
import type { Result } from '../shared/result';
import { normaliseSite } from '../shared/settings';
import type { PopupApi } from './popup-api';
import { readTabReport } from './read-tab-report';
import { isRestrictedUrl } from './restricted-url';

/** What the popup shows: one state at a time, never an empty box. */
export type PopupView =
  | { state: 'loading' }
  /** a page extensions may not read (browser pages, stores), or one we cannot reach */
  | { state: 'restricted'; reason: 'restricted' | 'unreachable' }
  /** no story report: not an article, or not annotated (annotation on request, site switched off) */
  | { state: 'no-story'; reason: 'not-article' | 'idle'; tabId: number; host: string | null }
  | { state: 'error'; message: string }
  | StoryView;

/**
 * A story: shown as soon as its report is read. What only the background and the page can say comes
 * after, into places kept for it: where else the story was seen, and which kinds the page shows now.
 */
export interface StoryView {
  state: 'story';
  tabId: number;
  host: string | null;
  report: StoryReport;
  related: Promise<SeenElsewhere[]>;
  /** the page's own state (null where it does not answer) */
  page: Promise<PageState | null>;
}

export interface LoadOptions {
  /** how often to ask again while the page is annotated but its report has not reached the background */
  retries?: number;
  wait?: (ms: number) => Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Finds out what to show for a tab. Everything is asked at once: the stored report, the tab's URL and
 * the page's state; a story is shown as soon as its report is read.
 */
export async function loadView(api: PopupApi, tabId: number | null, options: LoadOptions = {}): Promise<PopupView> {
  const { retries = 8, wait = sleep } = options;
  if (tabId === null) return { state: 'restricted', reason: 'restricted' };
  const url = api.tabUrl(tabId).catch(() => null);
  let page = askPage(api, tabId);

  for (let attempt = 0; ; attempt++) {
    const report = await readTabReport(api, tabId);
    if (!report.ok) return { state: 'error', message: report.error.message };
    if (report.value && hasStory(report.value)) return storyView(api, tabId, report.value, report.value.url ?? (await url), page);
    const known = await url;
    if (known !== null && isRestrictedUrl(known)) return { state: 'restricted', reason: 'restricted' };
    const state = await page;
    const host = hostOf(report.value?.url ?? known);
    if (!state.ok) return known === null ? { state: 'restricted', reason: 'restricted' } : { state: 'restricted', reason: 'unreachable' };
    if (!isStillReporting(state.value) || attempt >= retries) {
      return { state: 'no-story', reason: state.value.state === 'not-article' ? 'not-article' : 'idle', tabId, host };
    }
    await wait(250);
    page = askPage(api, tabId);
  }
}

function storyView(api: PopupApi, tabId: number, report: StoryReport, url: string | null, page: Promise<Result<PageState, CallError>>): StoryView {
  // The background finds other visits of a detected story only (a page annotated on request has none).
  const related = report.article.detected
    ? api.background('library:related', { tabId }).then((answer) => (answer.ok ? answer.value : []), () => [])
    : Promise.resolve([]);
  return { state: 'story', tabId, host: hostOf(url), report, related, page: page.then((answer) => (answer.ok ? answer.value : null)) };
}

const askPage = (api: PopupApi, tabId: number) => api.tab(tabId)('page:state', {});

/** A detected article, or a page annotated on request that found something. */
const hasStory = (report: StoryReport): boolean => report.article.detected || report.entities.length + report.quotes.length > 0;

/** The page says it is annotated, but its report is still on its way to the background. */
const isStillReporting = (page: PageState): boolean => page.state === 'annotated';

const hostOf = (url: string | null): string | null => (url ? normaliseSite(url) : null);
