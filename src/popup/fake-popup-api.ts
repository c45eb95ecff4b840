import type { CallError, PageState, PopupToBackground, SeenElsewhere, ShowPosition, ToContent } from '../shared/protocol';
import type { StoryReport } from '../shared/report';
import type { Result } from '../shared/result';
import { err, ok } from '../shared/result';
import type { StorageAreaLike } from '../shared/settings';
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
}

/** An in-memory PopupApi for unit tests: records every message, answers like the real parts would. */
export function fakePopupApi(options: FakeOptions = {}) {
  const sent: SentMessage[] = [];
  const copied: string[] = [];
  const downloads: Array<{ filename: string; mime: string; text: string }> = [];
  const listeners = new Set<(changes: Record<string, unknown>, area: string) => void>();
  const area = (name: string): StorageAreaLike & { data: Record<string, unknown> } => {
    const data: Record<string, unknown> = {};
    return {
      data,
      get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
      set: async (items) => {
        Object.assign(data, structuredClone(items));
        for (const listener of listeners) listener(items, name);
      },
      remove: async (key) => void delete data[key],
    };
  };
  const state = { report: options.report ?? null, page: options.page ?? 'annotated', shows: new Map<string, number>() };
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
    const pageState: PageState = { state: state.page, painted: { person: 0, place: 0, organization: 0, quote: 0 }, renderer: 'highlight-api' };
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
        if (options.annotatedReport) state.report = options.annotatedReport;
        return ok({ ...pageState, state: 'annotated' });
      default:
        return ok(pageState);
    }
  };

  const api: PopupApi = {
    background: background as PopupApi['background'],
    tab: (tabId) => tab(tabId) as ReturnType<PopupApi['tab']>,
    currentTabId: async () => (options.tabId === undefined ? 7 : options.tabId),
    tabUrl: async () => (options.url === undefined ? (options.report?.url ?? 'https://example.com/') : options.url),
    storage: {
      sync: area('sync'),
      local: area('local'),
      onChanged: { addListener: (listener) => void listeners.add(listener), removeListener: (listener) => void listeners.delete(listener) },
    },
    copyText: async (text) => (copied.push(text), true),
    download: (filename, mime, text) => void downloads.push({ filename, mime, text }),
    openOptions: () => undefined,
    language: 'en-GB',
  };
  return { api, sent, copied, downloads };
}
