import type { CallError, ParamsOf, ResultOf, ToContent } from '../shared/protocol';
import type { Result } from '../shared/result';
import { err, ok } from '../shared/result';
import { isSiteDisabled, loadSettings, normaliseSite, saveSettings, withSiteEnabled } from '../shared/settings';
import { decodeAnswer, toWire, undelivered } from '../shared/wire';
import type { BrowserApi, MenuItem } from './browser-api';

/** Sends a call to a tab's content script through the worker's browser API. */
export async function callTab<K extends keyof ToContent & string>(
  api: BrowserApi,
  tabId: number,
  type: K,
  params: ParamsOf<ToContent, K>,
): Promise<Result<ResultOf<ToContent, K>, CallError>> {
  try {
    return decodeAnswer(await api.tabs.sendMessage(tabId, toWire<ToContent, K>(type, params)));
  } catch (error) {
    return undelivered(error);
  }
}

interface PageMenu {
  id: string;
  messageKey: string;
  fallback: string;
  /** the call sent to the page's content script, or `site` for the per-site switch */
  call: 'page:annotate' | 'highlights:clear' | 'site';
}

/** The context menu on web pages. */
export const PAGE_MENU: readonly PageMenu[] = [
  { id: 'story-lens-annotate', messageKey: 'menuAnnotate', fallback: 'Annotate this page', call: 'page:annotate' },
  { id: 'story-lens-clear', messageKey: 'menuClear', fallback: 'Clear highlights', call: 'highlights:clear' },
  { id: 'story-lens-site', messageKey: 'menuSite', fallback: 'Turn Story Lens on or off for this site', call: 'site' },
];

/** The keyboard command (manifest `commands`) that shows or hides the highlights on the current tab. */
export const TOGGLE_COMMAND = 'toggle-highlights';

/**
 * Creates the menu items. Called from runtime.onInstalled only: browsers keep the items while the
 * worker sleeps, so creating them on every start would duplicate them (removeAll first makes an
 * update or a second install event harmless too).
 */
export async function createPageMenu(api: BrowserApi): Promise<void> {
  await api.menus.removeAll();
  for (const item of PAGE_MENU) {
    const menu: MenuItem = {
      id: item.id,
      title: api.message(item.messageKey) || item.fallback,
      contexts: ['page', 'selection'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    };
    await api.menus.create(menu);
  }
}

/**
 * A menu click: the page's content script does the work (a page without one, restricted or loaded
 * before install, is quietly left). The site switch flips the page's host in the reader's settings;
 * content scripts on that site follow the change themselves (they watch the settings).
 */
export async function onPageMenu(
  api: BrowserApi,
  menuItemId: string,
  tabId: number | null,
  pageUrl: string | null,
): Promise<Result<unknown, CallError> | null> {
  const item = PAGE_MENU.find((candidate) => candidate.id === menuItemId);
  if (!item) return null;
  if (item.call === 'site') return pageUrl === null ? null : toggleSite(api, pageUrl);
  if (tabId === null) return null;
  return callTab(api, tabId, item.call, {});
}

/** Switches Story Lens off for the page's site, or back on where it was off. Answers whether it is now on. */
export async function toggleSite(api: BrowserApi, pageUrl: string): Promise<Result<boolean, CallError>> {
  const host = normaliseSite(pageUrl);
  if (!host) return err({ code: 'malformed', message: 'not a web page' });
  const storage = { sync: api.storage.sync, local: api.storage.local };
  const settings = await loadSettings(storage);
  const enabled = isSiteDisabled(settings, host);
  const saved = await saveSettings(storage, withSiteEnabled(settings, host, enabled));
  return saved.ok ? ok(enabled) : err({ code: 'failed', message: saved.error });
}

/** The toggle command: flips every kind's highlights on the tab it was pressed in (or the active one). */
export async function onCommand(api: BrowserApi, command: string, tabId: number | null): Promise<Result<unknown, CallError> | null> {
  if (command !== TOGGLE_COMMAND) return null;
  const target = tabId ?? (await api.tabs.activeTabId());
  if (target === null) return null;
  return callTab(api, target, 'highlights:toggle', {});
}
