import type { StoryReport } from '../shared/report';
import type { BrowserApi } from './browser-api';

export const BADGE_COLOUR = '#1d4ed8';
/** The mark shown for a story recognised from the catalog. */
export const RECOGNISED_MARK = '✓';
const MAX_TITLE_TEXT = 120;

export interface BadgeView {
  text: string;
  /** the button's tooltip and accessible name; null keeps the extension's default */
  title: string | null;
}

type Localise = BrowserApi['message'];

/** Page text in a tooltip: one line, no control characters, bounded. */
function plain(text: string): string {
  const line = text.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+/gu, ' ').replace(/\s+/g, ' ').trim();
  return line.length > MAX_TITLE_TEXT ? `${line.slice(0, MAX_TITLE_TEXT - 1).trimEnd()}…` : line;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function counts(report: StoryReport, localise: Localise): string {
  const of = (type: string) => report.entities.filter((entity) => entity.type === type).length;
  const numbers = [of('person'), of('place'), of('organization'), report.quotes.length];
  const localised = localise('badgeCounts', numbers.map(String));
  if (localised) return localised;
  const [people = 0, places = 0, organizations = 0, quotes = 0] = numbers;
  return [
    count(people, 'person', 'people'),
    count(places, 'place', 'places'),
    count(organizations, 'organization', 'organizations'),
    count(quotes, 'quotation', 'quotations'),
  ].join(', ');
}

/**
 * The toolbar badge for a tab's report: "✓" for a story recognised from the catalog, else the number
 * of entities found; the tooltip says the same in words (screen readers read it as the button's name).
 */
export function badgeFor(report: StoryReport, localise: Localise): BadgeView {
  if (!report.article.detected) return { text: '', title: null };
  const what = counts(report, localise);
  if (report.story.id !== null) {
    const title = plain(report.story.title ?? report.article.title ?? report.story.id);
    const match = String(Math.round(report.story.confidence * 100));
    return {
      text: RECOGNISED_MARK,
      title: localise('badgeTitleRecognised', [title, match, what]) || `Story Lens: recognised “${title}” (${match} % match). ${what}`,
    };
  }
  const entities = report.entities.length;
  const title = plain(report.article.title ?? '');
  return {
    text: entities === 0 ? '' : entities > 999 ? '999+' : String(entities),
    title: localise('badgeTitleStory', [title, what]) || `Story Lens: ${title ? `${title}. ` : ''}${what}`,
  };
}

/** Shows a tab's badge. A tab closed meanwhile rejects: expected, and there is no badge left to show. */
export async function showBadge(api: BrowserApi, tabId: number, report: StoryReport): Promise<void> {
  const view = badgeFor(report, api.message);
  try {
    await api.action.setBadge(tabId, view.text, BADGE_COLOUR);
    await api.action.setTitle(tabId, view.title);
  } catch {
    // the tab is gone
  }
}

export async function clearBadge(api: BrowserApi, tabId: number): Promise<void> {
  try {
    await api.action.setBadge(tabId, '', BADGE_COLOUR);
    await api.action.setTitle(tabId, null);
  } catch {
    // the tab is gone
  }
}
