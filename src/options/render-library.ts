import { h } from '../popup/h';
import type { Translate } from '../popup/i18n';
import type { LibraryStats } from '../shared/protocol';
import type { OptionsApi } from './options-api';

/**
 * The reader's library: its size, export and import as one JSON file, and clearing everything (after a
 * confirmation step in the page, not a browser dialog, so it stays keyboard- and screen-reader-friendly).
 */
export function renderLibrary(api: OptionsApi, announce: (text: string) => void, t: Translate): HTMLElement {
  const stats = h('p', { class: 'stats', id: 'library-stats' }, t('statsLoading'));
  const refresh = async () => {
    const answer = await api.background('library:stats', {});
    stats.textContent = answer.ok ? statsText(answer.value, api.language, t) : t('statsFailed');
  };

  const exportButton = h('button', { type: 'button', class: 'button' }, t('exportLibrary'));
  exportButton.addEventListener('click', async () => {
    const answer = await api.background('library:export', {});
    if (!answer.ok) return announce(t('exportFailed', answer.error.message));
    api.download(`story-lens-library-${new Date().toISOString().slice(0, 10)}.json`, 'application/json', `${JSON.stringify(answer.value, null, 2)}\n`);
    announce(t('exported'));
  });

  const file = h('input', { type: 'file', id: 'import-file', accept: 'application/json,.json', class: 'file' });
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    file.value = '';
    let data: unknown;
    try {
      data = JSON.parse(await chosen.text());
    } catch {
      return announce(t('importNotJson', chosen.name));
    }
    const answer = await api.background('library:import', { data });
    announce(answer.ok ? t('imported', answer.value.stories) : t('importFailed', answer.error.message));
    await refresh();
  });

  const confirmBox = h('div', { class: 'confirm', id: 'clear-confirm', hidden: true, role: 'group', 'aria-labelledby': 'clear-question' });
  const clear = h('button', { type: 'button', class: 'button danger', 'aria-expanded': 'false', 'aria-controls': 'clear-confirm' }, t('clearData'));
  const confirm = h('button', { type: 'button', class: 'button danger' }, t('clearConfirm'));
  const cancel = h('button', { type: 'button', class: 'button' }, t('cancel'));
  confirmBox.append(h('p', { id: 'clear-question' }, t('clearQuestion')), h('div', { class: 'row' }, confirm, cancel));
  const close = () => {
    confirmBox.hidden = true;
    clear.setAttribute('aria-expanded', 'false');
    clear.focus();
  };
  clear.addEventListener('click', () => {
    confirmBox.hidden = false;
    clear.setAttribute('aria-expanded', 'true');
    cancel.focus();
  });
  cancel.addEventListener('click', close);
  confirm.addEventListener('click', async () => {
    const answer = await api.background('data:clear', {});
    announce(answer.ok ? t('cleared') : t('clearFailed', answer.error.message));
    close();
    await refresh();
  });

  void refresh();
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'library-title' },
    h('h2', { id: 'library-title' }, t('libraryTitle')),
    stats,
    h('div', { class: 'row' }, exportButton, h('label', { for: 'import-file', class: 'button file-label' }, t('importLibrary')), file),
    h('p', { class: 'hint' }, t('libraryHint')),
    h('div', { class: 'danger-zone' }, clear, confirmBox),
  );
}

function statsText(stats: LibraryStats, language: string, t: Translate): string {
  const size = new Intl.NumberFormat(language, { style: 'unit', unit: stats.bytes >= 1_000_000 ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1 }).format(
    stats.bytes >= 1_000_000 ? stats.bytes / 1_000_000 : stats.bytes / 1_000,
  );
  return t('stats', stats.stories, stats.catalog, size);
}
