import { h } from './h';
import type { Translate } from './i18n';

export interface TopBarOptions {
  /** the page's site and whether Story Lens runs there; no switch where the popup has no site */
  site: { host: string; enabled: boolean; onChange(enabled: boolean): void } | null;
  openOptions(): void;
}

/** The brand, the on/off switch for the page's site, and the way to the options page. */
export function renderTopBar(options: TopBarOptions, t: Translate): HTMLElement {
  const bar = h('header', { class: 'top-bar' }, h('span', { class: 'brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }), t('extName')));
  const tools = h('div', { class: 'tools' });
  if (options.site) {
    const { site } = options;
    const input = h('input', { type: 'checkbox', role: 'switch', class: 'switch-input', id: 'site-switch', 'data-key': 'site', checked: site.enabled });
    input.addEventListener('change', () => site.onChange(input.checked));
    tools.append(
      h('label', { class: 'site-switch', for: 'site-switch', title: site.host }, h('span', { class: 'site-label' }, t('onThisSite')), input, h('span', { class: 'switch-track', 'aria-hidden': 'true' })),
    );
  }
  const settings = h('button', { type: 'button', class: 'icon-button', 'data-key': 'options', title: t('openOptions') }, h('span', { 'aria-hidden': 'true' }, '⚙'), h('span', { class: 'sr-only' }, t('openOptions')));
  settings.addEventListener('click', () => options.openOptions());
  tools.append(settings);
  bar.append(tools);
  return bar;
}
