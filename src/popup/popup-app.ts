import { ANNOTATION_KINDS, type AnnotationKind } from '../core/annotation';
import type { SeenElsewhere } from '../shared/protocol';
import { isSiteDisabled, loadSettings, type Settings, saveSettings, withSiteEnabled } from '../shared/settings';
import { coalesce, followTab } from './follow-tab';
import { h } from './h';
import type { Translate } from './i18n';
import { notePlace, type Place, returnToPlace } from './keep-place';
import { loadView, type LoadOptions, type PopupView, type StoryView } from './load-view';
import type { PopupApi } from './popup-api';
import { renderLoading } from './render-loading';
import { renderMessage } from './render-message';
import { renderRelated } from './render-header';
import { renderStory } from './render-story';
import { renderTopBar } from './render-top-bar';
import { RowsLater } from './rows-later';
import { newViewMemory } from './view-memory';

export interface StartOptions extends LoadOptions {
  /** settles when the skeleton is on screen: the first view is built after it (see first-paint.ts) */
  painted?: Promise<unknown>;
}

/**
 * Runs the popup in `root`: the loading skeleton at once, then the view for the tab, which follows the
 * tab's report while the popup is open. The first screenful comes first, the rest of long lists after
 * the first paint. Answers when the first real view is complete (tests await it).
 */
export async function startPopup(root: HTMLElement, api: PopupApi, t: Translate, options: StartOptions = {}): Promise<PopupView> {
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
  const memory = newViewMemory();
  let shownView: PopupView = { state: 'loading' };
  /** what the page said it shows, and where else the story was seen: kept for the next report of the same page */
  let pageShown: Record<AnnotationKind, boolean> | null = null;
  let related: { url: string | null; sites: readonly SeenElsewhere[] } | null = null;
  let latest = 0;
  /** the story (its URL) the remembered positions and open names belong to */
  let memoryOf: string | null = null;

  const show = (view: PopupView, settings: Settings | null, rows: RowsLater) => {
    const context: Context = { api, t, announce, reload, settings };
    const top = renderTopBar({ site: siteSwitch(view, context), openOptions: api.openOptions }, t);
    const main = h('main', { class: 'content', id: 'content' });
    let footer: HTMLElement | null = null;
    let shown: Record<AnnotationKind, boolean> | null = null;
    if (view.state === 'story') {
      shown = { ...(pageShown ?? settings?.shown ?? { person: true, place: true, organization: true, quote: true }) };
      const known = related && related.url === view.report.url ? related.sites : null;
      const story = renderStory(view, { api, t, announce, memory, rows, shown, related: known });
      main.append(...story.content);
      footer = story.footer;
    } else {
      main.append(renderOther(view, context));
    }
    root.replaceChildren(top, main, h('footer', { class: 'bottom' }, footer, status));
    root.dataset.state = view.state;
    // The swatches show the reader's own highlight colours.
    if (settings) for (const [kind, colour] of Object.entries(settings.colours)) root.style.setProperty(`--${kind}`, colour);
    return shown;
  };

  /** Loads the tab's view and shows it; `place` (a refresh) keeps the reader's focus and, on the same story, scroll. */
  async function load(rows: RowsLater, place: Place | null, settingsNow = loadSettings(api.storage), painted?: Promise<unknown>): Promise<PopupView> {
    const ticket = ++latest;
    const [view, settings] = await Promise.all([
      loadView(api, tabId, options).catch((error: unknown): PopupView => ({ state: 'error', message: error instanceof Error ? error.message : String(error) })),
      settingsNow,
      painted,
    ]);
    // A newer load is under way (the report changed again meanwhile): its view wins.
    if (ticket !== latest || (place && sameView(shownView, view))) return view;
    const sameStory = shownView.state === 'story' && view.state === 'story' && shownView.report.url === view.report.url;
    if (view.state === 'story' && view.report.url !== memoryOf) {
      // Another story's ids name other entities: its positions and open names start afresh (the filter stays).
      memory.positions.clear();
      memory.expanded.clear();
      memoryOf = view.report.url;
    }
    const shown = show(view, settings, rows);
    if (place) returnToPlace(root, place, sameStory);
    shownView = view;
    performance.mark('story-lens:view-shown');
    if (rows.pending) root.dataset.pending = '';
    await Promise.all([rows.finish(), view.state === 'story' && shown ? fillIn(view, shown, ticket) : null]);
    if (ticket === latest) delete root.dataset.pending;
    performance.mark('story-lens:view-complete');
    return view;
  }

  /** What the background and the page say after the story is on screen, put into the places kept for it. */
  async function fillIn(view: StoryView, shown: Record<AnnotationKind, boolean>, ticket: number): Promise<void> {
    const before = { ...shown };
    await Promise.all([
      view.related.then((sites) => {
        related = { url: view.report.url, sites };
        if (ticket === latest) root.querySelector('.related.pending')?.replaceWith(renderRelated(sites, t));
      }),
      view.page.then((page) => {
        if (!page?.shown || ticket !== latest) return;
        pageShown = page.shown;
        // The switches say what the page shows (the keyboard command may have hidden a kind), unless the reader already used one.
        for (const kind of ANNOTATION_KINDS) {
          if (shown[kind] !== before[kind] || shown[kind] === page.shown[kind]) continue;
          shown[kind] = page.shown[kind];
          const input = root.querySelector<HTMLInputElement>(`input[data-key="kind:${kind}"]`);
          if (input) input.checked = page.shown[kind];
        }
      }),
    ]);
  }

  // Asked before anything is drawn: the answers are on their way while the skeleton goes up.
  const firstTab = api.currentTabId().catch(() => null);
  const firstSettings = loadSettings(api.storage);
  // popup.html holds the loading frame, painted before any script ran: it stays until the view
  // replaces it. A root without it (the unit tests, the benchmark's bare page) gets the same frame here.
  if (!root.querySelector('.loading')) show({ state: 'loading' }, null, new RowsLater());
  const tabId = await firstTab;
  function reload(): Promise<PopupView> {
    return load(new RowsLater(), null);
  }
  // A page moving to another story may pass through "no story" first: the focus noted in the story
  // view is carried through such a view, which has no control of that name.
  let carried: Place | null = null;
  const refresh = () => {
    const place = notePlace(root);
    carried = place.key === null && carried !== null && !root.contains(root.ownerDocument.activeElement) ? { ...place, key: carried.key, selection: carried.selection } : place;
    return load(new RowsLater(Infinity), carried);
  };
  if (tabId !== null) followTab(api.storage.onChanged, tabId, coalesce(refresh));
  // The answers are asked for now; the view is built once the skeleton is on screen.
  return load(new RowsLater(), null, firstSettings, options.painted);
}

interface Context {
  api: PopupApi;
  t: Translate;
  announce(text: string): void;
  reload(): Promise<PopupView>;
  settings: Settings | null;
}

/** Whether a fresh view shows the same as the one on screen (a report stored again unchanged). */
function sameView(a: PopupView, b: PopupView): boolean {
  if (a.state === 'story' && b.state === 'story') return a.host === b.host && JSON.stringify(a.report) === JSON.stringify(b.report);
  if (a.state === 'no-story' && b.state === 'no-story') return a.reason === b.reason && a.host === b.host;
  if (a.state === 'restricted' && b.state === 'restricted') return a.reason === b.reason;
  return false;
}

function siteSwitch(view: PopupView, context: Context) {
  const host = view.state === 'story' || view.state === 'no-story' ? view.host : null;
  const { settings } = context;
  if (!host || !settings) return null;
  return { host, enabled: !isSiteDisabled(settings, host), onChange: (on: boolean) => void switchSite(settings, host, on, view, context) };
}

/** Every view but the story: a message card, with an action where the reader can do something. */
function renderOther(view: Exclude<PopupView, StoryView>, context: Context): HTMLElement {
  const { api, t } = context;
  switch (view.state) {
    case 'loading':
      return renderLoading(t);
    case 'restricted':
      return view.reason === 'restricted'
        ? renderMessage({ icon: '⊘', title: t('restrictedTitle'), text: t('restrictedText') })
        : renderMessage({ icon: '↻', title: t('unreachableTitle'), text: t('unreachableText') });
    case 'error':
      return renderMessage({ icon: '!', title: t('errorTitle'), text: t('errorText', view.message), action: { label: t('tryAgain'), run: () => void context.reload() } });
    case 'no-story': {
      const annotate = async () => {
        context.announce(t('annotating'));
        const done = await api.tab(view.tabId)('page:annotate', {});
        if (!done.ok) return context.announce(t('showFailed'));
        await context.reload();
        context.announce('');
      };
      return view.reason === 'not-article'
        ? renderMessage({ icon: '¶', title: t('notArticleTitle'), text: t('notArticleText'), action: { label: t('annotateAnyway'), run: () => void annotate() } })
        : renderMessage({ icon: '◌', title: t('idleTitle'), text: t('idleText'), action: { label: t('annotateNow'), run: () => void annotate() } });
    }
  }
}

async function switchSite(settings: Settings, host: string, on: boolean, view: PopupView, context: Context): Promise<void> {
  const current = await loadSettings(context.api.storage);
  const saved = await saveSettings(context.api.storage, withSiteEnabled(current, host, on));
  Object.assign(settings, withSiteEnabled(current, host, on));
  context.announce(context.t(saved.ok ? (on ? 'siteOn' : 'siteOff') : 'saveFailed', host));
  // Switched back on, the page annotates itself again: show its story once it has reported it.
  if (saved.ok && on && view.state !== 'story') await context.reload();
}
