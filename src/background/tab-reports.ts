import type { Parser } from '../shared/parse-value';
import { integer, json, literal, object, text } from '../shared/parse-value';
import type { StoryReport } from '../shared/report';
import { REPORT_LIMITS, reportParser } from '../shared/validate-report';
import { FINGERPRINT_MAX_CHARS } from '../shared/validate-message';
import { isTabKey, tabKey, tabOfKey } from '../shared/tab-key';
import type { StorageArea } from './browser-api';
import { isQuotaError } from './is-quota-error';
import { readVersioned } from './read-versioned';
import { warnOnce } from './warn-once';
import type { WithLock } from './write-lock';

export const TAB_RECORD_VERSION = 1;

/** What the worker knows about one tab, kept in storage.session so it outlives the worker. */
export interface TabRecord {
  v: typeof TAB_RECORD_VERSION;
  /** the page's URL as the browser reported the sender's */
  url: string;
  /** epoch milliseconds of the report:put */
  savedAt: number;
  report: StoryReport;
  fingerprint: unknown;
}

const tabRecordParser: Parser<TabRecord> = object({
  v: literal(TAB_RECORD_VERSION),
  url: text(REPORT_LIMITS.url),
  savedAt: integer(0, 8.64e15),
  report: reportParser,
  fingerprint: json(4, FINGERPRINT_MAX_CHARS),
});

export { tabKey };

/** Per-tab reports in storage.session (cleared by the browser when the session ends). */
export class TabReports {
  constructor(
    private readonly area: StorageArea,
    private readonly withLock: WithLock,
  ) {}

  /** Runs `task` with this tab's record to itself (a put and a clear of one tab never interleave). */
  exclusive<T>(tabId: number, task: () => Promise<T>): Promise<T> {
    return this.withLock(tabKey(tabId), task);
  }

  /**
   * Stores a tab's record. storage.session is small (Chrome: 10 MB in all); where it is full, the
   * reports of the tabs that reported longest ago make room (a quarter of them), and the write is
   * tried once more.
   */
  async put(tabId: number, record: TabRecord): Promise<void> {
    try {
      await this.area.set({ [tabKey(tabId)]: record });
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      const others = Object.entries(await this.area.get(null))
        .filter(([key]) => isTabKey(key) && key !== tabKey(tabId))
        .map(([key, raw]) => ({ key, savedAt: typeof (raw as { savedAt?: unknown })?.savedAt === 'number' ? (raw as { savedAt: number }).savedAt : 0 }))
        .sort((a, b) => a.savedAt - b.savedAt);
      const victims = others.slice(0, Math.max(1, Math.ceil(others.length / 4))).map(({ key }) => key);
      warnOnce('session storage full', `dropping the reports of ${victims.length} tabs that reported longest ago`);
      if (victims.length > 0) await this.area.remove(victims);
      await this.area.set({ [tabKey(tabId)]: record });
    }
  }

  async get(tabId: number): Promise<TabRecord | null> {
    const key = tabKey(tabId);
    const raw = (await this.area.get(key))[key];
    if (raw === undefined) return null;
    const record = readVersioned(raw, TAB_RECORD_VERSION, {}, tabRecordParser);
    if (record.ok) return record.value;
    warnOnce(`dropped the stored report of tab ${tabId}`, record.error);
    await this.area.remove(key);
    return null;
  }

  /** Forgets a tab's report; with `olderThan`, only a report saved before that time. Answers whether one went. */
  async clear(tabId: number, olderThan = Number.POSITIVE_INFINITY): Promise<boolean> {
    const key = tabKey(tabId);
    const raw = (await this.area.get(key))[key];
    if (raw === undefined) return false;
    const savedAt = (raw as { savedAt?: unknown }).savedAt;
    if (typeof savedAt === 'number' && savedAt >= olderThan) return false;
    await this.area.remove(key);
    return true;
  }

  /** Forgets every tab's report; answers the tabs that had one. */
  async clearAll(): Promise<number[]> {
    const keys = Object.keys(await this.area.get(null)).filter(isTabKey);
    if (keys.length > 0) await this.area.remove(keys);
    return keys.map(tabOfKey);
  }
}
