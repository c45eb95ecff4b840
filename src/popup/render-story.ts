import type { AnnotationKind } from '../core/annotation';
import type { SeenElsewhere } from '../shared/protocol';
import { loadSettings, saveSettings } from '../shared/settings';
import { exportReport } from './export-report';
import { h } from './h';
import type { Translate } from './i18n';
import type { StoryView } from './load-view';
import type { MentionActions } from './mention-actions';
import { pageMentions } from './page-mentions';
import type { PopupApi } from './popup-api';
import { renderActions, renderSaveButton, type StoryActions } from './render-actions';
import { renderEntities } from './render-entities';
import { renderHeader } from './render-header';
import { renderHighlights } from './render-highlights';
import { renderQuotes } from './render-quotes';
import type { RowsLater } from './rows-later';
import type { ViewMemory } from './view-memory';

export interface StoryContext {
  api: PopupApi;
  t: Translate;
  announce(text: string): void;
  memory: ViewMemory;
  /** the long lists' rows beyond the first screenful */
  rows: RowsLater;
  /** which kinds the page shows: the switches read it, and the reader's clicks change it */
  shown: Record<AnnotationKind, boolean>;
  /** where else the story was seen, where already known (null: not yet) */
  related: readonly SeenElsewhere[] | null;
}

/** The story view: the content (header, highlights, entities, quotations) and the export footer. */
export function renderStory(view: StoryView, context: StoryContext): { content: HTMLElement[]; footer: HTMLElement } {
  const { api, t, memory, rows, shown } = context;
  const { report, tabId } = view;
  const mentionActions: MentionActions = {
    show: (ref) => api.tab(tabId)('highlights:show', { ref }),
    toggleKind: (kind, on) => void toggleKind(kind, on, tabId, context),
    announce: context.announce,
  };
  const storyActions: StoryActions = {
    saveToCatalog: async () => (await api.background('catalog:save', { tabId })).ok,
    // Web Annotations target each mention by its words in context, which only the page knows.
    exportAs: async (format) => exportReport(report, format, new Date(), format === 'web-annotation' ? ((await pageMentions(api, tabId)) ?? undefined) : undefined),
    download: (file) => api.download(file.filename, file.mime, file.text),
    copy: (text) => api.copyText(text),
    announce: context.announce,
  };
  const content = [
    renderHeader(report, context.related, t, api.language, renderSaveButton(report, storyActions, t)),
    renderHighlights(report.highlights, t),
    renderEntities(report.entities, shown, mentionActions, t, memory, rows),
    renderQuotes(report.quotes, shown, mentionActions, t, memory, rows),
  ].filter((part): part is HTMLElement => part !== null);
  if (report.entities.length + report.quotes.length === 0) content.push(h('p', { class: 'empty' }, t('nothingFound')));
  return { content, footer: renderActions(storyActions, t, memory) };
}

async function toggleKind(kind: AnnotationKind, on: boolean, tabId: number, context: StoryContext): Promise<void> {
  context.shown[kind] = on;
  const { api } = context;
  const [page] = await Promise.all([
    api.tab(tabId)('highlights:toggle', { kind, on }),
    // Remembered for every page: the content scripts of other tabs follow the stored setting.
    loadSettings(api.storage).then((settings) => saveSettings(api.storage, { ...settings, shown: { ...settings.shown, [kind]: on } })),
  ]);
  if (!page.ok) context.announce(context.t('showFailed'));
}
