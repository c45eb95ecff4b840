import { clearBadge, showBadge } from './badge';
import type { BrowserApi, TabChange } from './browser-api';
import { pageUrl } from './handlers';
import { callTab } from './page-actions';
import type { TabReports } from './tab-reports';

/** A closed tab's report goes with it (the browser drops its badge). */
export async function onTabRemoved(tabs: TabReports, tabId: number): Promise<void> {
  await tabs.exclusive(tabId, () => tabs.clear(tabId));
}

/**
 * A tab that loads another page loses its report and badge. Without the "tabs" permission the
 * browser says that a load started and finished, not where to, and its events may reach a waking
 * worker after the new page's own report:put. So the order of events is not trusted:
 *  - where the URL is known (host permission) and is not the stored page's, the report goes;
 *  - "loading" only hides the badge;
 *  - "complete" asks the page's content script (by then the new document's): a page that shows an
 *    annotated story keeps the report it sent (or is about to send); any other answer, or none (a
 *    restricted page, a site switched off), drops a report saved before the question was asked.
 * Client-side navigation is the content script's to report (report:put / report:clear).
 */
export async function onTabUpdated(api: BrowserApi, tabs: TabReports, tabId: number, change: TabChange, now: () => number): Promise<void> {
  if (change.url === undefined && change.status !== 'loading' && change.status !== 'complete') return;
  const asked = now();
  const record = await tabs.get(tabId);
  if (!record) return;
  if (change.url !== undefined && pageUrl(change.url) !== record.url) {
    await tabs.exclusive(tabId, async () => {
      if (await tabs.clear(tabId, asked)) await clearBadge(api, tabId);
    });
    return;
  }
  if (change.status === 'loading') {
    await clearBadge(api, tabId);
    return;
  }
  if (change.status !== 'complete') return;
  const state = await callTab(api, tabId, 'page:state', {});
  await tabs.exclusive(tabId, async () => {
    const current = await tabs.get(tabId);
    if (!current) return;
    if (state.ok && state.value.state === 'annotated') await showBadge(api, tabId, current.report);
    else if (await tabs.clear(tabId, asked)) await clearBadge(api, tabId);
  });
}
