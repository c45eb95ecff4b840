import { h } from '../popup/h';
import type { Translate } from '../popup/i18n';

/** Annotate every detected story automatically, or only when the reader asks. */
export function renderMode(autoAnnotate: boolean, onChange: (autoAnnotate: boolean) => void, t: Translate): HTMLElement {
  const option = (value: boolean, label: string, hint: string) => {
    const id = `mode-${value ? 'auto' : 'manual'}`;
    const input = h('input', { type: 'radio', name: 'mode', id, value: String(value), checked: autoAnnotate === value, 'aria-describedby': `${id}-hint` });
    input.addEventListener('change', () => input.checked && onChange(value));
    return h('div', { class: 'choice' }, input, h('label', { for: id }, label), h('p', { class: 'hint', id: `${id}-hint` }, hint));
  };
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'mode-title' },
    h('h2', { id: 'mode-title' }, t('modeTitle')),
    h('fieldset', {}, h('legend', { class: 'sr-only' }, t('modeTitle')), option(true, t('modeAuto'), t('modeAutoHint')), option(false, t('modeManual'), t('modeManualHint'))),
  );
}
