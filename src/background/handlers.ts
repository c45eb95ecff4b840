import { encodeAnalysis } from '../shared/analysis-wire';
import type { HandlerTable } from '../shared/handler-table';
import type { ContentToBackground, PopupToBackground } from '../shared/protocol';
import { err, ok } from '../shared/result';
import { clearBadge, showBadge } from './badge';
import type { BrowserApi } from './browser-api';
import { catalogRecordFrom } from './catalog-record';
import { readLibraryExport } from './library-export';
import type { StoryAnalyser } from './story-analyser';
import { savedStoryOf } from './story-analyser';
import type { StoryLibrary } from './story-library';
import { readTabRecord } from './read-tab-record';
import type { ReceivedParts } from './received-parts';
import { storyRecordFrom } from './story-record';
import type { TabReports } from './tab-reports';
import type { TabStyles } from './tab-styles';
import { warnOnce } from './warn-once';

/** Who sent a content-script call: its tab and page URL, as the browser reports them. */
export interface ContentContext {
  tabId: number;
  url: string;
  /** a private window's tab: its story is never written to the library (storage.local outlives the window) */
  incognito: boolean;
}

export interface Services {
  api: BrowserApi;
  tabs: TabReports;
  styles: TabStyles;
  library: StoryLibrary;
  now: () => number;
  /** analyses the stories content scripts read (`story:analyse`) */
  analyser: Pick<StoryAnalyser, 'analyse' | 'forget'>;
  /** long stories' text models on their way in parts (`story:part`) */
  parts: ReceivedParts;
}

/** The story script in the built extension (build.mjs's entry `story`): injected on stories only. */
export const STORY_SCRIPT = 'story.js';

/** The page's address without its fragment: `#comments` is the same page. */
export const pageUrl = (url: string) => url.split('#', 1)[0] ?? url;

export function contentHandlers({ api, tabs, styles, library, now, analyser, parts }: Services): HandlerTable<ContentToBackground, ContentContext> {
  return {
    async 'report:put'({ report, fingerprint = null }, { tabId, url: senderUrl, incognito }) {
      const url = pageUrl(senderUrl);
      const time = now();
      await tabs.exclusive(tabId, async () => {
        await tabs.put(tabId, { v: 1, url, savedAt: time, report, fingerprint });
        await showBadge(api, tabId, report);
      });
      if (report.article.detected && !incognito) {
        // The tab's report is safe already; a library failure must not fail the page's call.
        try {
          await library.recordSeen(storyRecordFrom(report, url, fingerprint, time));
        } catch (error) {
          warnOnce('could not record the story in the library', error);
        }
      }
      return ok(undefined);
    },
    async 'report:clear'(_params, { tabId }) {
      await tabs.exclusive(tabId, async () => {
        await tabs.clear(tabId);
        await clearBadge(api, tabId);
      });
      return ok(undefined);
    },
    async 'highlights:style'({ style }, { tabId }) {
      const result = await styles.set(tabId, style);
      return result.ok ? ok(result.value) : err({ code: 'failed', message: `the page did not take the highlight style: ${result.error}` });
    },
    async 'catalog:saved'() {
      return ok((await library.savedCatalog()).map(savedStoryOf));
    },
    async 'story:start'(_params, { tabId }) {
      try {
        await api.pageScript.inject(tabId, STORY_SCRIPT);
        return ok(undefined);
      } catch (error) {
        return err({ code: 'failed', message: `the story script could not be injected: ${error instanceof Error ? error.message : String(error)}` });
      }
    },
    async 'story:analyse'(request, { tabId }) {
      // a long story's text model went ahead in parts
      const model = 'parts' in request ? parts.take(tabId, request.parts.id, request.parts.count) : ok(request.model);
      if (!model.ok) return model;
      const { fingerprint, ...analysis } = await analyser.analyse({ url: request.url, article: request.article, model: model.value }, tabId);
      return ok(encodeAnalysis(analysis, fingerprint));
    },
    async 'story:part'(part, { tabId }) {
      return parts.add(tabId, part);
    },
  };
}

export function popupHandlers({ api, tabs, library, now }: Services): HandlerTable<PopupToBackground, unknown> {
  return {
    async 'report:get'({ tabId }) {
      return ok((await readTabRecord({ api, tabs, now }, tabId))?.report ?? null);
    },
    async 'library:related'({ tabId }) {
      const tab = await readTabRecord({ api, tabs, now }, tabId);
      if (!tab || !tab.report.article.detected) return ok([]);
      return ok(await library.related({ url: tab.url, storyId: tab.report.story.id, fingerprint: tab.fingerprint }));
    },
    async 'catalog:save'({ tabId }) {
      const tab = await readTabRecord({ api, tabs, now }, tabId);
      if (!tab || !tab.report.article.detected) return err({ code: 'not-found', message: `tab ${tabId} shows no story` });
      // A story recognised from the catalog is in it already.
      if (tab.report.story.id !== null) return ok({ id: tab.report.story.id });
      const record = catalogRecordFrom(storyRecordFrom(tab.report, tab.url, tab.fingerprint, now()), now());
      await library.saveToCatalog(record);
      return ok({ id: record.id });
    },
    async 'library:stats'() {
      return ok(await library.stats());
    },
    async 'library:export'() {
      return ok(await library.export());
    },
    async 'library:import'({ data }) {
      const file = readLibraryExport(data);
      if (!file.ok) return err({ code: 'malformed', message: file.error });
      if (file.value.dropped > 0) warnOnce('library import', `left out ${file.value.dropped} unreadable records`);
      const added = await library.import(file.value.document);
      return ok({ stories: added.stories });
    },
    async 'data:clear'() {
      for (const tabId of await tabs.clearAll()) await clearBadge(api, tabId);
      await library.clear();
      return ok(undefined);
    },
  };
}
