import type { AnnotationKind } from '../core/annotation';
import type { CallError, PageState, PopupToBackground, SeenElsewhere, ShowPosition, ToContent } from '../shared/protocol';
import type { StoryReport } from '../shared/report';
import type { Result } from '../shared/result';
import { err, ok } from '../shared/result';
import type { StorageAreaLike } from '../shared/settings';
import { tabKey } from '../shared/tab-key';
import type { PopupApi } from './popup-api';

/** One message the fake received: where it went and what it said. */
export interface SentMessage {
  to: 'background' | number;
  type: string;
  params: Record<string, unknown>;
}

export interface FakeOptions {
  tabId?: number | null;
  url?: string | null;
  report?: StoryReport | null;
  related?: SeenElsewhere[];
  page?: PageState['state'] | 'unreachable';
  backgroundError?: string;
  /** the report the page sends once `page:annotate` is called */
  annotatedReport?: StoryReport;
  /** the page's answer to `page:mentions` (unchecked: tests hand in malformed answers too) */
  mentions?: unknown;
  /** which kinds the page shows (`page:state`'s `shown`); absent: the page does not say */
  shown?: Record<AnnotationKind, boolean>;
}

/** An in-memory PopupApi for unit tests: records every message, answers like the real parts would. */
export function fakePopupApi(options: FakeOptions = {}) {
  const sent: SentMessage[] = [];
  const copied: string[] = [];
  const downloads: Array<{ filename: string; mime: string; text: string }> = [];
  const listeners = new Set<(changes: Record<string, unknown>, area: string) => void>();
  const area = (name: string, fails?: string): StorageAreaLike & { data: Record<string, unknown> } => {
    const data: Record<string, unknown> = {};
    // As the browser does: every change is told to every listener as {key: {oldValue, newValue}}.
    const changed = (key: string, newValue: unknown) => {
      const change = { [key]: { oldValue: data[key], ...(newValue === undefined ? {} : { newValue: structuredClone(newValue) }) } };
      if (newValue === undefined) delete data[key];
      else data[key] = structuredClone(newValue);
      for (const listener of listeners) listener(change, name);
    };
    return {
      data,
      get: async (key) => {
        if (fails) throw new Error(fails);
        return key in data ? { [key]: structuredClone(data[key]) } : {};
      },
      set: async (items) => {
        for (const [key, value] of Object.entries(items)) changed(key, value);
      },
      remove: async (key) => changed(key, undefined),
    };
  };
  const state = { report: options.report ?? null, page: options.page ?? 'annotated', shows: new Map<string, number>() };
  const tabId = options.tabId === undefined ? 7 : options.tabId;
  const session = area('session', options.backgroundError);
  if (state.report && tabId !== null) session.data[tabKey(tabId)] = { v: 1, url: state.report.url ?? '', savedAt: 0, report: structuredClone(state.report), fingerprint: null };
  /** What the background does when the page reports: stores the tab's record (null: clears it). */
  const putReport = async (report: StoryReport | null) => {
    state.report = report;
    if (tabId === null) return;
    if (report) await session.set({ [tabKey(tabId)]: { v: 1, url: report.url ?? '', savedAt: Date.now(), report, fingerprint: null } });
    else await session.remove(tabKey(tabId));
  };
  const totals = new Map<string, number>();
  for (const entity of state.report?.entities ?? []) totals.set(entity.id, entity.mentions);

  const background = async (type: keyof PopupToBackground, params: Record<string, unknown>): Promise<Result<unknown, CallError>> => {
    sent.push({ to: 'background', type, params });
    if (options.backgroundError) return err({ code: 'failed', message: options.backgroundError });
    switch (type) {
      case 'report:get':
        return ok(state.report);
      case 'library:related':
        return ok(options.related ?? []);
      case 'catalog:save':
        return ok({ id: 'saved-1' });
      default:
        return ok(null);
    }
  };
  const tab = (tabId: number) => async (type: keyof ToContent, params: Record<string, unknown>): Promise<Result<unknown, CallError>> => {
    sent.push({ to: tabId, type, params });
    if (state.page === 'unreachable') return err({ code: 'failed', message: 'Could not establish connection. Receiving end does not exist.' });
    const pageState: PageState = {
      state: state.page,
      painted: { person: 0, place: 0, organization: 0, quote: 0 },
      renderer: 'highlight-api',
      ...(options.shown ? { shown: options.shown } : {}),
    };
    switch (type) {
      case 'highlights:show': {
        const ref = String(params.ref);
        const index = ((state.shows.get(ref) ?? 0) % (totals.get(ref) ?? 1)) + 1;
        state.shows.set(ref, index);
        return ok({ index, total: totals.get(ref) ?? 1 } satisfies ShowPosition);
      }
      case 'page:mentions':
        return ok(options.mentions ?? []);
      case 'page:annotate':
        state.page = 'annotated';
        if (options.annotatedReport) await putReport(options.annotatedReport);
        return ok({ ...pageState, state: 'annotated' });
      default:
        return ok(pageState);
    }
  };

  const api: PopupApi = {
    background: background as PopupApi['background'],
    tab: (tabId) => tab(tabId) as ReturnType<PopupApi['tab']>,
    currentTabId: async () => tabId,
    tabUrl: async () => (options.url === undefined ? (options.report?.url ?? 'https://example.com/') : options.url),
    storage: {
      sync: area('sync'),
      local: area('local'),
      session,
      onChanged: { addListener: (listener) => void listeners.add(listener), removeListener: (listener) => void listeners.delete(listener) },
    },
    copyText: async (text) => (copied.push(text), true),
    download: (filename, mime, text) => void downloads.push({ filename, mime, text }),
    openOptions: () => undefined,
    language: 'en-GB',
  };
  return { api, sent, copied, downloads, putReport, setPage: (page: PageState['state']) => void (state.page = page) };
}
