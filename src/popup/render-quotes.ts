import type { AnnotationKind } from '../core/annotation';
import type { ReportQuote } from '../shared/report';
import { h, uniqueId } from './h';
import type { Translate } from './i18n';
import { type MentionActions, renderKindSwitch, showNext } from './mention-actions';
import { quoteRef } from './quote-ref';
import { RowsLater } from './rows-later';
import type { ViewMemory } from './view-memory';

/** The story's quotations with their speakers; a click scrolls the page to the quotation. */
export function renderQuotes(
  quotes: readonly ReportQuote[],
  shown: Record<AnnotationKind, boolean>,
  actions: MentionActions,
  t: Translate,
  memory: ViewMemory,
  later: RowsLater = new RowsLater(Infinity),
): HTMLElement | null {
  if (quotes.length === 0) return null;
  const showNextTitle = t('showNextTitle');
  const unattributed = t('unattributed');
  const list = h('ul', { class: 'quote-list' });
  later.rows(list, quotes, (quote, index) => {
    const ref = quoteRef(quote, index);
    const positionId = uniqueId('position');
    const position = h('span', { class: 'position', id: positionId }, memory.positions.get(ref) ?? '');
    const speaker = quote.speaker ?? unattributed;
    const button = h(
      'button',
      { type: 'button', class: 'mention quote', 'data-key': `mention:${ref}`, 'aria-describedby': positionId, title: showNextTitle },
      h('span', { class: 'quote-text' }, `“${quote.text}”`),
      h('span', { class: `speaker${quote.speaker ? '' : ' unknown'}` }, `— ${speaker}`),
    );
    button.addEventListener('click', showNext(ref, speaker, position, memory.positions, actions, t));
    return h('li', {}, button, position);
  });
  return h(
    'section',
    { class: 'section kind-quote', 'aria-labelledby': 'quotes-title' },
    h(
      'div',
      { class: 'section-head group-head' },
      h('h2', { id: 'quotes-title' }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), t('quotesTitle'), ' ', h('span', { class: 'count' }, quotes.length)),
      renderKindSwitch('quote', shown.quote, t('showQuotes'), actions),
    ),
    list,
  );
}
