import type { CallError } from '../shared/protocol';
import type { StoryReport } from '../shared/report';
import type { Result } from '../shared/result';
import { ok } from '../shared/result';
import { tabKey } from '../shared/tab-key';
import { reportParser } from '../shared/validate-report';
import type { PopupApi } from './popup-api';

/**
 * The tab's story report, read straight from the record the background keeps in storage.session: one
 * storage read, no round trip through a background that may first have to start. The record is
 * checked, not trusted. Where there is none, or it cannot be read (another version, damaged), the
 * background's `report:get` answers: it knows every version, and gets a lost or damaged record back
 * from the page itself.
 */
export async function readTabReport(api: PopupApi, tabId: number): Promise<Result<StoryReport | null, CallError>> {
  const key = tabKey(tabId);
  const stored = await api.storage.session.get(key).catch(() => null);
  const report = stored ? reportOfRecord(stored[key]) : null;
  return report ? ok(report) : api.background('report:get', { tabId });
}

/** The report in a stored tab record; null where there is none or it cannot be read. */
export function reportOfRecord(record: unknown): StoryReport | null {
  if (typeof record !== 'object' || record === null) return null;
  const parsed = reportParser((record as { report?: unknown }).report, 'report');
  return parsed.ok ? parsed.value : null;
}
