/**
 * What a reader sees highlighted, read from the page's own `CSS.highlights` registry (both browsers
 * share it with page scripts), and what the background's report says should be there. Shared by the
 * tests on the project's fixtures and on the corpus of real pages.
 */
import type { ExtensionBrowser, TestPage } from './extension-browser';

export type Kind = 'person' | 'place' | 'organization' | 'quote';
export const KINDS: Kind[] = ['person', 'place', 'organization', 'quote'];

/** Every range we paint, by kind: its text and where it lies. */
export interface Painted {
  kind: Kind;
  text: string;
  /** inside an element matching the `story` selector (always true without one) */
  inStory: boolean;
  /** the tag, id and class of the nearest element matching the `chrome` selector, null where none */
  inChrome: string | null;
}

/** The part of the StoryReport these tests read. */
export interface Report {
  article: { title: string | null; detected?: boolean };
  highlights: Array<{ text: string; source: string }>;
  entities: Array<{ id: string; type: Kind; name: string; aliases: string[]; mentions: number }>;
  quotes: Array<{ text: string; speaker?: string | null }>;
}

/**
 * Runs in the page: the ranges in `CSS.highlights` under our names (random for each page load; the
 * content script tells them in its page:state answer, never to the page).
 */
export function readPainted({ story, chrome, names }: { story?: string; chrome?: string; names: Record<string, string> }): Painted[] {
  const out: Painted[] = [];
  const kindOf = new Map(Object.entries(names).map(([kind, name]) => [name, kind]));
  for (const [name, highlight] of CSS.highlights) {
    const kind = kindOf.get(name);
    if (!kind) continue;
    for (const range of highlight as unknown as Iterable<Range>) {
      const container = range.commonAncestorContainer;
      const element = container.nodeType === 1 ? (container as Element) : container.parentElement;
      const outer = chrome ? element?.closest(chrome) : null;
      const classes = (outer?.getAttribute('class') ?? '').slice(0, 80);
      out.push({
        kind: kind as Kind,
        text: range.toString(),
        inStory: story ? element?.closest(story) != null : true,
        inChrome: outer ? `${outer.localName}#${outer.id}.${classes}` : null,
      });
    }
  }
  return out;
}

export function countByKind(painted: Painted[]): Record<Kind, number> {
  const counts = { person: 0, place: 0, organization: 0, quote: 0 };
  for (const range of painted) counts[range.kind]++;
  return counts;
}

/**
 * Text as a reader sees it: runs of white space as one space, and without the invisible characters
 * pages put inside words (soft hyphens, zero-width spaces and joiners), which the reader drops too.
 */
export const norm = (text: string) => text.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim();

/** The painted ranges of a tab, asking its content script for this load's highlight names. */
export async function paintedOn(browser: ExtensionBrowser, page: TestPage, where: { story?: string; chrome?: string } = {}): Promise<Painted[]> {
  const state = (await browser.sendTabMessage(page.tabId, { type: 'page:state' })) as { highlights?: Record<string, string> };
  return page.evaluate(readPainted, { ...where, names: state.highlights ?? {} });
}

export const reportOf = (browser: ExtensionBrowser, page: TestPage) => browser.sendMessage({ type: 'report:get', tabId: page.tabId }) as Promise<Report | null>;

/** What the report says should be painted of each entity kind: one range per mention. */
export function mentionCounts(report: Report): Record<Exclude<Kind, 'quote'>, number> {
  const counts = { person: 0, place: 0, organization: 0 };
  for (const entity of report.entities) if (entity.type !== 'quote') counts[entity.type] += entity.mentions;
  return counts;
}

/**
 * Matches the painted quotation ranges to the report's quotations, in order: a quotation is painted
 * in one range, or one per paragraph where it runs over several. Answers the quotations not wholly
 * painted (what is left of each once its ranges are taken out, beyond punctuation and spaces) and
 * the ranges no quotation holds.
 */
export function quoteCoverage(painted: Painted[], report: Report): { unpainted: string[]; stray: string[] } {
  const pieces = painted.filter((range) => range.kind === 'quote').map((range) => norm(range.text));
  const unpainted: string[] = [];
  for (const quote of report.quotes) {
    let rest = norm(quote.text);
    while (pieces.length > 0 && pieces[0] !== '' && rest.includes(pieces[0]!)) rest = rest.replace(pieces.shift()!, ' ');
    if (/[\p{L}\p{N}]/u.test(rest)) unpainted.push(rest);
  }
  return { unpainted, stray: pieces };
}

/**
 * The entity ranges whose text is not what the report says is there: each must read as one of the
 * aliases of an entity of its kind.
 */
export function misread(painted: Painted[], report: Report): Painted[] {
  const aliases = new Map<Kind, Set<string>>();
  for (const entity of report.entities) for (const alias of entity.aliases) {
    if (!aliases.has(entity.type)) aliases.set(entity.type, new Set());
    aliases.get(entity.type)!.add(norm(alias));
  }
  return painted.filter((range) => range.kind !== 'quote' && !aliases.get(range.kind)?.has(norm(range.text)));
}
