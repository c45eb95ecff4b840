import type { CallError, ParamsOf, ResultOf, ToContent } from '../shared/protocol';
import type { Result } from '../shared/result';
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
  call: 'page:annotate' | 'highlights:clear';
}

/** The context menu on web pages: each item sends one call to the page's content script. */
export const PAGE_MENU: readonly PageMenu[] = [
  { id: 'story-lens-annotate', messageKey: 'menuAnnotate', fallback: 'Annotate this page', call: 'page:annotate' },
  { id: 'story-lens-clear', messageKey: 'menuClear', fallback: 'Clear highlights', call: 'highlights:clear' },
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

/** A menu click: the page's content script does the work; a page without one (restricted, not loaded) is quietly left. */
export async function onPageMenu(api: BrowserApi, menuItemId: string, tabId: number | null): Promise<Result<unknown, CallError> | null> {
  const item = PAGE_MENU.find((candidate) => candidate.id === menuItemId);
  if (!item || tabId === null) return null;
  return callTab(api, tabId, item.call, {});
}

/** The toggle command: flips every kind's highlights on the tab it was pressed in (or the active one). */
export async function onCommand(api: BrowserApi, command: string, tabId: number | null): Promise<Result<unknown, CallError> | null> {
  if (command !== TOGGLE_COMMAND) return null;
  const target = tabId ?? (await api.tabs.activeTabId());
  if (target === null) return null;
  return callTab(api, target, 'highlights:toggle', {});
}
