import type { StoryMatch } from '../shared/report';
import type { Translate } from './i18n';

/** Below this share of the catalog story on the page, the page is an excerpt that quotes it. */
export const EXCERPT_COVERAGE = 0.8;

/** "Title · 98 % match" for a catalog story, "Quotes 45 % of “Title”" for an excerpt, null for none. */
export function storyBadge(story: StoryMatch, t: Translate): string | null {
  if (story.id === null) return null;
  const title = story.title ?? story.id;
  return story.coverage < EXCERPT_COVERAGE
    ? t('badgeExcerpt', percent(story.coverage), title)
    : t('badgeMatch', title, percent(story.confidence));
}

/** "98 %" with a no-break space, so the number never wraps away from its sign. */
export const percent = (share: number): string => `${Math.round(Math.min(1, Math.max(0, share)) * 100)}\u00a0%`;
