import { h } from './h';
import type { Translate } from './i18n';

/**
 * The first thing the popup shows: grey blocks where the headline, highlights and entities will be, in
 * the same places and sizes, so nothing jumps when the report arrives. popup.html holds this very frame
 * as plain HTML (it paints before any script runs; a unit test keeps the two the same): this one is for
 * a root without it.
 */
export function renderLoading(t: Translate): HTMLElement {
  const bar = (width: string, tall = false) => h('span', { class: `skeleton${tall ? ' tall' : ''}`, style: `width:${width}` });
  return h(
    'div',
    { class: 'loading', role: 'status', 'aria-busy': 'true' },
    // Every view has its level-one heading (the headline, a message's title): here one a screen reader reads.
    h('h1', { class: 'sr-only' }, t('loading')),
    h('div', { class: 'story-header', 'aria-hidden': 'true' }, bar('92%', true), bar('64%', true), bar('40%'), bar('70%')),
    h('div', { class: 'section', 'aria-hidden': 'true' }, bar('35%'), bar('96%'), bar('88%'), bar('90%')),
    h('div', { class: 'section', 'aria-hidden': 'true' }, bar('30%'), bar('60%'), bar('52%'), bar('66%'), bar('48%')),
  );
}
