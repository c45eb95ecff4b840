import type { AnnotationKind } from '../core/annotation';
import { ANNOTATION_KINDS } from '../core/annotation';
import { h } from '../popup/h';
import type { MessageKey, Translate } from '../popup/i18n';

const KIND_LABEL: Record<AnnotationKind, MessageKey> = { person: 'people', place: 'places', organization: 'organizations', quote: 'quotesTitle' };

/**
 * A colour picker per kind and a sample sentence painted with them, updated while the reader drags;
 * `onSave` runs once a colour is chosen (the `change` event), which stores it for every open tab.
 */
export function renderColours(colours: Record<AnnotationKind, string>, onSave: (colours: Record<AnnotationKind, string>) => void, onReset: () => void, t: Translate): HTMLElement {
  const current = { ...colours };
  const preview = h(
    'p',
    { class: 'preview', id: 'colour-preview' },
    mark('person', t('previewPerson')),
    ` ${t('previewMet')} `,
    mark('organization', t('previewOrganization')),
    ` ${t('previewIn')} `,
    mark('place', t('previewPlace')),
    `${t('previewSaid')} `,
    mark('quote', t('previewQuote')),
  );
  const paint = () => {
    for (const kind of ANNOTATION_KINDS) preview.style.setProperty(`--${kind}`, current[kind]);
  };
  const rows = ANNOTATION_KINDS.map((kind) => {
    const input = h('input', { type: 'color', id: `colour-${kind}`, value: toHex(current[kind]), 'aria-describedby': 'colour-preview' });
    input.addEventListener('input', () => {
      current[kind] = input.value;
      paint();
    });
    input.addEventListener('change', () => onSave({ ...current }));
    return h('div', { class: `colour-row kind-${kind}` }, input, h('label', { for: `colour-${kind}` }, t(KIND_LABEL[kind])));
  });
  paint();
  const reset = h('button', { type: 'button', class: 'button' }, t('resetColours'));
  reset.addEventListener('click', onReset);
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'colours-title' },
    h('h2', { id: 'colours-title' }, t('coloursTitle')),
    h('div', { class: 'colour-grid' }, ...rows),
    preview,
    reset,
  );
}

const mark = (kind: AnnotationKind, text: string) => h('span', { class: `sample sample-${kind}` }, text);

/** `<input type=color>` takes only #rrggbb: expand #rgb, and fall back to black for other syntaxes. */
function toHex(colour: string): string {
  if (/^#[0-9a-f]{6}$/i.test(colour)) return colour.toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(colour);
  return short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase() : '#000000';
}
