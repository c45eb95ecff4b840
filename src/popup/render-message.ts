import { h } from './h';

export interface MessageContent {
  /** a decorative symbol above the title */
  icon: string;
  title: string;
  text: string;
  action?: { label: string; run: () => void };
}

/** A centred message card for the states without a story: not an article, restricted, error. */
export function renderMessage(content: MessageContent): HTMLElement {
  return h(
    'section',
    { class: 'message', 'aria-labelledby': 'message-title' },
    h('div', { class: 'message-icon', 'aria-hidden': 'true' }, content.icon),
    h('h1', { id: 'message-title', class: 'message-title' }, content.title),
    h('p', { class: 'message-text' }, content.text),
    content.action ? h('button', { type: 'button', class: 'button primary', onclick: content.action.run }, content.action.label) : null,
  );
}
