import type { AnnotationKind } from '../core/annotation';
import type { CallError, ShowPosition } from '../shared/protocol';
import type { Result } from '../shared/result';
import { h } from './h';
import type { Translate } from './i18n';

/** What the entity and quotation lists can ask of the page. */
export interface MentionActions {
  /** scrolls the page to the next mention of an entity or quotation */
  show(ref: string): Promise<Result<ShowPosition, CallError>>;
  /** shows or hides one kind of highlight on the page */
  toggleKind(kind: AnnotationKind, on: boolean): void;
  /** says something to the reader in the status line (read out by screen readers) */
  announce(text: string): void;
}

/**
 * A click handler that scrolls the page to the next mention of `ref` and writes "1 of 4" into
 * `position` (remembered in `positions`, so the list can be re-rendered by the filter).
 */
export function showNext(ref: string, name: string, position: HTMLElement, positions: Map<string, string>, actions: MentionActions, t: Translate) {
  return async () => {
    const shown = await actions.show(ref);
    if (!shown.ok) {
      actions.announce(t('showFailed'));
      return;
    }
    const text = t('position', shown.value.index, shown.value.total);
    positions.set(ref, text);
    position.textContent = text;
    actions.announce(`${name}: ${text}`);
  };
}

/** The on/off switch of one kind's highlights on the page, with its colour swatch. */
export function renderKindSwitch(kind: AnnotationKind, on: boolean, label: string, actions: MentionActions): HTMLElement {
  const input = h('input', { type: 'checkbox', role: 'switch', class: 'switch-input', 'data-key': `kind:${kind}`, 'aria-label': label, checked: on });
  input.addEventListener('change', () => actions.toggleKind(kind, input.checked));
  return h('label', { class: 'switch', title: label }, input, h('span', { class: 'switch-track', 'aria-hidden': 'true' }));
}
