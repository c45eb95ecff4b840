import { h } from '../popup/h';
import type { Translate } from '../popup/i18n';
import { DEFAULT_SETTINGS, loadSettings, type Settings, saveSettings, watchSettings } from '../shared/settings';
import type { OptionsApi } from './options-api';
import { renderColours } from './render-colours';
import { renderLibrary } from './render-library';
import { renderMode } from './render-mode';
import { renderSites } from './render-sites';

/**
 * Runs the options page in `root`. Every change is saved at once (`saveSettings`), and the content
 * scripts of open tabs follow it through `storage.onChanged`; changes made elsewhere (the popup's
 * site switch) show up here too. Answers once the settings are on screen.
 */
export async function startOptions(root: HTMLElement, api: OptionsApi, t: Translate, signal: AbortSignal = new AbortController().signal): Promise<void> {
  const status = h('p', { class: 'status', role: 'status' });
  const announce = (text: string) => {
    status.textContent = '';
    setTimeout(() => (status.textContent = text), 50);
  };
  let settings = await loadSettings(api.storage);
  const save = async (next: Settings) => {
    settings = next;
    const saved = await saveSettings(api.storage, next);
    announce(saved.ok ? t('saved') : t('saveFailed'));
    draw();
  };

  const settingsArea = h('div', { class: 'settings' });
  const draw = () => {
    // Re-rendering only when the form is not being edited keeps focus and typing where they are.
    const focusId = document.activeElement?.id;
    settingsArea.replaceChildren(
      renderColours(settings.colours, (colours) => void save({ ...settings, colours }), () => void save({ ...settings, colours: { ...DEFAULT_SETTINGS.colours } }), t),
      renderMode(settings.autoAnnotate, (autoAnnotate) => void save({ ...settings, autoAnnotate }), t),
      renderSites(settings.disabledSites, (disabledSites) => void save({ ...settings, disabledSites }), t),
    );
    if (focusId) document.getElementById(focusId)?.focus();
  };
  draw();
  watchSettings(
    api.storage,
    (fresh) => {
      if (JSON.stringify(fresh) === JSON.stringify(settings)) return;
      settings = fresh;
      draw();
    },
    signal,
  );
  root.replaceChildren(
    h('header', { class: 'page-header' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }), h('h1', {}, t('optionsTitle'))),
    h('main', {}, settingsArea, renderLibrary(api, announce, t)),
    status,
  );
}
