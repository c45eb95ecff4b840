import { clearBadge } from './badge';
import type { BrowserApi, TabChange } from './browser-api';
import { pageUrl } from './handlers';
import type { TabReports } from './tab-reports';

/** A closed tab's report and badge go with it. */
export async function onTabRemoved(tabs: TabReports, tabId: number): Promise<void> {
  await tabs.exclusive(tabId, () => tabs.clear(tabId));
}

/**
 * A tab that starts loading another page loses its report and badge. Without the "tabs" permission
 * the browser tells us that a load started (`status: "loading"`) but not where to, so the report is
 * dropped unless it was saved after the load began (the new page's content script reports only once
 * it has run); where the URL is known and is the stored page's own (a fragment, a same-page state
 * change), it stays. Client-side navigation is the content script's to report (report:put / clear).
 */
export async function onTabUpdated(api: BrowserApi, tabs: TabReports, tabId: number, change: TabChange, now: number): Promise<void> {
  if (change.status !== 'loading' && change.url === undefined) return;
  await tabs.exclusive(tabId, async () => {
    const record = await tabs.get(tabId);
    if (!record) return;
    if (change.url !== undefined && pageUrl(change.url) === record.url) return;
    const olderThan = change.url !== undefined ? Number.POSITIVE_INFINITY : now;
    if (await tabs.clear(tabId, olderThan)) await clearBadge(api, tabId);
  });
}
