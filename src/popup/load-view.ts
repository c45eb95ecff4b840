import type { PageState, SeenElsewhere } from '../shared/protocol';
import type { StoryReport } from '../shared/report';
import { normaliseSite } from '../shared/settings';
import type { PopupApi } from './popup-api';
import { isRestrictedUrl } from './restricted-url';

/** What the popup shows: one state at a time, never an empty box. */
export type PopupView =
  | { state: 'loading' }
  /** a page extensions may not read (browser pages, stores), or one we cannot reach */
  | { state: 'restricted'; reason: 'restricted' | 'unreachable' }
  /** no story report: not an article, or not annotated (annotation on request, site switched off) */
  | { state: 'no-story'; reason: 'not-article' | 'idle'; tabId: number; host: string | null }
  | { state: 'error'; message: string }
  | { state: 'story'; tabId: number; host: string | null; report: StoryReport; related: SeenElsewhere[] };

export interface LoadOptions {
  /** how often to ask again while the page is annotated but its report has not reached the background */
  retries?: number;
  wait?: (ms: number) => Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Finds out what to show for a tab: asks the background for its report and the page for its state. */
export async function loadView(api: PopupApi, tabId: number | null, options: LoadOptions = {}): Promise<PopupView> {
  const { retries = 8, wait = sleep } = options;
  if (tabId === null) return { state: 'restricted', reason: 'restricted' };
  const url = await api.tabUrl(tabId);
  if (url !== null && isRestrictedUrl(url)) return { state: 'restricted', reason: 'restricted' };

  for (let attempt = 0; ; attempt++) {
    const [report, page] = await Promise.all([api.background('report:get', { tabId }), api.tab(tabId)('page:state', {})]);
    if (!report.ok) return { state: 'error', message: report.error.message };
    const host = hostOf(report.value?.url ?? url);
    if (report.value && hasStory(report.value)) {
      const related = await api.background('library:related', { tabId });
      return { state: 'story', tabId, host, report: report.value, related: related.ok ? related.value : [] };
    }
    if (!page.ok) return url === null ? { state: 'restricted', reason: 'restricted' } : { state: 'restricted', reason: 'unreachable' };
    if (!isStillReporting(page.value) || attempt >= retries) {
      return { state: 'no-story', reason: page.value.state === 'not-article' ? 'not-article' : 'idle', tabId, host };
    }
    await wait(250);
  }
}

/** A detected article, or a page annotated on request that found something. */
const hasStory = (report: StoryReport): boolean => report.article.detected || report.entities.length + report.quotes.length > 0;

/** The page says it is annotated, but its report is still on its way to the background. */
const isStillReporting = (page: PageState): boolean => page.state === 'annotated';

const hostOf = (url: string | null): string | null => (url ? normaliseSite(url) : null);
