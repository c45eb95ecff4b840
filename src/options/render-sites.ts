import { h } from '../popup/h';
import type { Translate } from '../popup/i18n';
import { normaliseSite } from '../shared/settings';

/** The sites where Story Lens is switched off: each with a remove button, and a box to add one. */
export function renderSites(sites: readonly string[], onChange: (sites: string[]) => void, t: Translate): HTMLElement {
  const list =
    sites.length > 0
      ? h(
          'ul',
          { class: 'sites' },
          ...sites.map((site) => {
            const remove = h('button', { type: 'button', class: 'button small' }, t('remove'), h('span', { class: 'sr-only' }, ` ${site}`));
            remove.addEventListener('click', () => onChange(sites.filter((other) => other !== site)));
            return h('li', {}, h('span', { class: 'site' }, site), remove);
          }),
        )
      : h('p', { class: 'hint' }, t('noSitesOff'));
  const input = h('input', { type: 'text', id: 'site-input', class: 'text', placeholder: 'news.example.com', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'site-error' });
  const error = h('p', { class: 'error', id: 'site-error' });
  const form = h('form', { class: 'add-site' }, h('label', { for: 'site-input' }, t('addSiteLabel')), h('div', { class: 'row' }, input, h('button', { type: 'submit', class: 'button' }, t('add'))), error);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const host = normaliseSite(input.value);
    if (!host) {
      error.textContent = t('siteInvalid', input.value.trim());
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    onChange(sites.includes(host) ? [...sites] : [...sites, host]);
  });
  return h('section', { class: 'card', 'aria-labelledby': 'sites-title' }, h('h2', { id: 'sites-title' }, t('sitesTitle')), h('p', { class: 'hint' }, t('sitesHint')), list, form);
}
