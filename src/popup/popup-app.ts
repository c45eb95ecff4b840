import type { AnnotationKind } from '../core/annotation';
import { loadSettings, type Settings, saveSettings, isSiteDisabled, withSiteEnabled } from '../shared/settings';
import { exportReport } from './export-report';
import { h } from './h';
import type { Translate } from './i18n';
import { loadView, type LoadOptions, type PopupView } from './load-view';
import { pageMentions } from './page-mentions';
import type { MentionActions } from './mention-actions';
import type { PopupApi } from './popup-api';
import { renderActions, renderSaveButton, type StoryActions } from './render-actions';
import { renderEntities } from './render-entities';
import { renderHeader } from './render-header';
import { renderHighlights } from './render-highlights';
import { renderLoading } from './render-loading';
import { renderMessage } from './render-message';
import { renderQuotes } from './render-quotes';
import { renderTopBar } from './render-top-bar';

/**
 * Runs the popup in `root`: the loading skeleton at once, then the view for the tab. Answers when the
 * first real view is on screen (tests await it).
 */
export async function startPopup(root: HTMLElement, api: PopupApi, t: Translate, options: LoadOptions = {}): Promise<PopupView> {
  const status = h('p', { class: 'status', role: 'status' });
  let hide: ReturnType<typeof setTimeout> | undefined;
  const announce = (text: string) => {
    // Clearing first makes a screen reader repeat a message that is the same as the last one.
    status.textContent = '';
    clearTimeout(hide);
    setTimeout(() => {
      status.textContent = text;
      hide = setTimeout(() => (status.textContent = ''), 4_000);
    }, 50);
  };
  const show = (view: PopupView, settings: Settings | null) => {
    const [top, main, actions] = renderView(view, settings, { api, t, announce, reload });
    root.replaceChildren(top, main, h('footer', { class: 'bottom' }, actions ?? null, status));
    root.dataset.state = view.state;
    if (view.state !== 'loading') performance.mark('story-lens:view-shown');
    // The swatches show the reader's own highlight colours.
    if (settings) for (const [kind, colour] of Object.entries(settings.colours)) root.style.setProperty(`--${kind}`, colour);
  };
  show({ state: 'loading' }, null);

  const tabId = await api.currentTabId().catch(() => null);
  async function reload(): Promise<PopupView> {
    const [view, settings] = await Promise.all([
      loadView(api, tabId, options).catch((error: unknown): PopupView => ({ state: 'error', message: error instanceof Error ? error.message : String(error) })),
      loadSettings(api.storage),
    ]);
    show(view, settings);
    return view;
  }
  return reload();
}

interface Context {
  api: PopupApi;
  t: Translate;
  announce(text: string): void;
  reload(): Promise<PopupView>;
}

function renderView(view: PopupView, settings: Settings | null, context: Context): [HTMLElement, HTMLElement, HTMLElement?] {
  const { api, t } = context;
  const host = view.state === 'story' || view.state === 'no-story' ? view.host : null;
  const top = renderTopBar(
    {
      site: host && settings ? { host, enabled: !isSiteDisabled(settings, host), onChange: (on) => void switchSite(settings, host, on, view, context) } : null,
      openOptions: api.openOptions,
    },
    t,
  );
  const main = h('main', { class: 'content', id: 'content' });
  const parts: [HTMLElement, HTMLElement, HTMLElement?] = [top, main];
  switch (view.state) {
    case 'loading':
      main.append(renderLoading(t));
      break;
    case 'restricted':
      main.append(
        view.reason === 'restricted'
          ? renderMessage({ icon: '⊘', title: t('restrictedTitle'), text: t('restrictedText') })
          : renderMessage({ icon: '↻', title: t('unreachableTitle'), text: t('unreachableText') }),
      );
      break;
    case 'error':
      main.append(renderMessage({ icon: '!', title: t('errorTitle'), text: t('errorText', view.message), action: { label: t('tryAgain'), run: () => void context.reload() } }));
      break;
    case 'no-story': {
      const annotate = async () => {
        context.announce(t('annotating'));
        const done = await api.tab(view.tabId)('page:annotate', {});
        if (!done.ok) return context.announce(t('showFailed'));
        await context.reload();
        context.announce('');
      };
      main.append(
        view.reason === 'not-article'
          ? renderMessage({ icon: '¶', title: t('notArticleTitle'), text: t('notArticleText'), action: { label: t('annotateAnyway'), run: () => void annotate() } })
          : renderMessage({ icon: '◌', title: t('idleTitle'), text: t('idleText'), action: { label: t('annotateNow'), run: () => void annotate() } }),
      );
      break;
    }
    case 'story': {
      const shown = { ...(settings?.shown ?? { person: true, place: true, organization: true, quote: true }) };
      const mentionActions: MentionActions = {
        show: (ref) => api.tab(view.tabId)('highlights:show', { ref }),
        toggleKind: (kind, on) => void toggleKind(kind, on, shown, view.tabId, context),
        announce: context.announce,
      };
      const storyActions: StoryActions = {
        saveToCatalog: async () => (await api.background('catalog:save', { tabId: view.tabId })).ok,
        // Web Annotations target each mention by its words in context, which only the page knows.
        exportAs: async (format) =>
          exportReport(view.report, format, new Date(), format === 'web-annotation' ? ((await pageMentions(api, view.tabId)) ?? undefined) : undefined),
        download: (file) => api.download(file.filename, file.mime, file.text),
        copy: (text) => api.copyText(text),
        announce: context.announce,
      };
      const { report } = view;
      main.append(
        renderHeader(report, view.related, t, api.language, renderSaveButton(report, storyActions, t)),
        ...[renderHighlights(report.highlights, t), renderEntities(report.entities, shown, mentionActions, t), renderQuotes(report.quotes, shown, mentionActions, t)].filter(
          (part): part is HTMLElement => part !== null,
        ),
      );
      if (report.entities.length + report.quotes.length === 0) main.append(h('p', { class: 'empty' }, t('nothingFound')));
      parts[2] = renderActions(storyActions, t);
      break;
    }
  }
  return parts;
}

async function toggleKind(kind: AnnotationKind, on: boolean, shown: Record<AnnotationKind, boolean>, tabId: number, context: Context): Promise<void> {
  shown[kind] = on;
  const [page] = await Promise.all([
    context.api.tab(tabId)('highlights:toggle', { kind, on }),
    // Remembered for every page: the content scripts of other tabs follow the stored setting.
    loadSettings(context.api.storage).then((settings) => saveSettings(context.api.storage, { ...settings, shown: { ...settings.shown, [kind]: on } })),
  ]);
  if (!page.ok) context.announce(context.t('showFailed'));
}

async function switchSite(settings: Settings, host: string, on: boolean, view: PopupView, context: Context): Promise<void> {
  const current = await loadSettings(context.api.storage);
  const saved = await saveSettings(context.api.storage, withSiteEnabled(current, host, on));
  Object.assign(settings, withSiteEnabled(current, host, on));
  context.announce(context.t(saved.ok ? (on ? 'siteOn' : 'siteOff') : 'saveFailed', host));
  // Switched back on, the page annotates itself again: show its story once it has reported it.
  if (saved.ok && on && view.state !== 'story') await context.reload();
}
