import type { Highlight, HighlightSource } from '../shared/report';
import { h } from './h';
import type { MessageKey, Translate } from './i18n';

const SOURCE_LABEL: Record<HighlightSource, MessageKey> = { page: 'sourcePage', catalog: 'sourceCatalog', generated: 'sourceGenerated' };

/** The story highlights, saying where they come from (the page, the catalog, or chosen by Story Lens). */
export function renderHighlights(highlights: readonly Highlight[], t: Translate): HTMLElement | null {
  if (highlights.length === 0) return null;
  const sources = new Set(highlights.map((highlight) => highlight.source));
  const single = sources.size === 1 ? [...sources][0] : undefined;
  const tag = (source: HighlightSource) => h('span', { class: `source-tag source-${source}` }, t(SOURCE_LABEL[source]));
  return h(
    'section',
    { class: 'section', 'aria-labelledby': 'highlights-title' },
    h('div', { class: 'section-head' }, h('h2', { id: 'highlights-title' }, t('highlightsTitle')), single ? tag(single) : null),
    h('ul', { class: 'highlights' }, ...highlights.map((highlight) => h('li', {}, highlight.text, single ? null : tag(highlight.source)))),
  );
}
