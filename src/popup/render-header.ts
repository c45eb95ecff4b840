import type { SeenElsewhere } from '../shared/protocol';
import type { StoryReport } from '../shared/report';
import { normaliseSite } from '../shared/settings';
import { formatDate } from './format-date';
import { h } from './h';
import type { Translate } from './i18n';
import { EXCERPT_COVERAGE, storyBadge } from './story-badge';

/**
 * The story's headline, site and date, its catalog badge (or a way to save it) and the other sites it
 * was seen on: a line kept for them while the background has not said (`related` null), so nothing
 * moves when it does (`renderRelated` fills it).
 */
export function renderHeader(report: StoryReport, related: readonly SeenElsewhere[] | null, t: Translate, language: string, save: HTMLElement | null = null): HTMLElement {
  const { article, story } = report;
  const site = article.site ?? (report.url ? normaliseSite(report.url) : null);
  const facts = [site, article.published ? formatDate(article.published, language) : null].filter((fact): fact is string => Boolean(fact));
  const badge = storyBadge(story, t);
  const excerpt = story.id !== null && story.coverage < EXCERPT_COVERAGE;
  return h(
    'header',
    { class: 'story-header' },
    h('h1', { class: 'headline' }, article.title ?? t('untitled')),
    facts.length > 0 ? h('p', { class: 'facts' }, facts.join(' · ')) : null,
    badge ? h('p', { class: `badge${excerpt ? ' excerpt' : ''}` }, h('span', { class: 'badge-mark', 'aria-hidden': 'true' }, excerpt ? '❝' : '✓'), h('span', {}, badge)) : null,
    related ? renderRelated(related, t) : h('p', { class: 'related pending' }, '\u00a0'),
    save ? h('div', { class: 'header-actions' }, save) : null,
  );
}

/** The one line saying where else the reader met the story (at most three sites named), or that they did not. */
export function renderRelated(related: readonly SeenElsewhere[], t: Translate): HTMLElement {
  if (related.length === 0) return h('p', { class: 'related' }, t('seenNowhereElse'));
  const links: Array<Node | string> = [];
  for (const seen of related.slice(0, 3)) {
    const label = seen.site ?? normaliseSite(seen.url) ?? seen.url;
    // Only web links: a stored URL is page-derived data and must not become a javascript: link.
    const safe = /^https?:\/\//i.test(seen.url);
    if (links.length > 0) links.push(', ');
    links.push(safe ? h('a', { href: seen.url, target: '_blank', rel: 'noopener noreferrer', title: seen.title ?? seen.url }, label) : label);
  }
  const more = related.length > 3 ? ` ${t('andMore', related.length - 3)}` : '';
  const line = h('p', { class: 'related' }, `${t('alsoSeenOn')} `, ...links, more);
  // One line, cut with an ellipsis where the sites do not fit: the whole of it on hover.
  line.title = line.textContent ?? '';
  return line;
}
