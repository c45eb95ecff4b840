import { pageReportParser } from '../shared/validate-message';
import { showBadge } from './badge';
import type { BrowserApi } from './browser-api';
import { callTab } from './page-actions';
import type { TabRecord, TabReports } from './tab-reports';
import { TAB_RECORD_VERSION } from './tab-reports';
import { warnOnce } from './warn-once';

export interface TabRecordSources {
  api: BrowserApi;
  tabs: TabReports;
  now: () => number;
}

/** The page's address without its fragment: `#comments` is the same page. */
const withoutFragment = (url: string) => url.split('#', 1)[0] ?? url;

/**
 * A tab's record, from storage where it is there and readable; otherwise from the tab itself. A
 * record that was unreadable (TabReports.get drops it) or lost must not leave the reader with "no
 * story" on a page that shows one until it is reloaded: the content script still holds the report
 * it sent, so it is asked for it, checked as strictly as a `report:put`, and stored again. A page
 * without our content script, or without a story, answers nothing and the tab has no record.
 */
export async function readTabRecord({ api, tabs, now }: TabRecordSources, tabId: number): Promise<TabRecord | null> {
  const stored = await tabs.get(tabId);
  if (stored) return stored;
  const answer = await callTab(api, tabId, 'page:report', {});
  if (!answer.ok || answer.value === null) return null;
  const checked = pageReportParser(answer.value, '');
  if (!checked.ok) {
    warnOnce('a page answered an unreadable report', checked.error);
    return null;
  }
  const { report, fingerprint = null, url } = checked.value;
  return tabs.exclusive(tabId, async () => {
    // a report:put that arrived meanwhile is newer than what the page answered before it
    const current = await tabs.get(tabId);
    if (current) return current;
    const record: TabRecord = { v: TAB_RECORD_VERSION, url: withoutFragment(url), savedAt: now(), report, fingerprint };
    await tabs.put(tabId, record);
    await showBadge(api, tabId, report);
    return record;
  });
}
