import type { Paragraph } from './find-paragraphs';
import { CHROME_LINE } from './is-page-chrome';
import { isHiddenByStyle } from './is-hidden';

/** The story body as found: its paragraphs and captions in reading order, and where it sits. */
export interface Body {
  readonly paragraphs: readonly Paragraph[];
  /** the element that scored best: the story's own container */
  readonly container: Element | null;
}

const MIN_PARAGRAPH_CHARS = 25;
/** How far up a paragraph's score spreads: the container of a story is rarely deeper than this. */
const ANCESTOR_LEVELS = 4;

interface Tally {
  score: number;
  chars: number;
  linkChars: number;
}

/**
 * Finds the story among paragraph candidates, in the manner of Readability's content scoring:
 * each prose paragraph scores its ancestors (1 + commas + length, less with each level up), the
 * best container corrected for link density wins, and its siblings join where they carry prose of
 * their own (a story split over several containers, CNN's `zn-body__paragraph` runs). Then the
 * paragraphs inside the chosen containers are filtered for furniture lines and link lists.
 */
export function findBody(paragraphs: readonly Paragraph[]): Body {
  const tallies = new Map<Element, Tally>();
  const tally = (el: Element) => {
    let t = tallies.get(el);
    if (!t) {
      t = { score: 0, chars: 0, linkChars: 0 };
      tallies.set(el, t);
    }
    return t;
  };
  for (const p of paragraphs) {
    let el: Element | null = p.own ? parentOf(p.host) : p.host;
    const prose = p.kind === 'paragraph' && !p.heading && p.chars >= MIN_PARAGRAPH_CHARS;
    const score = 1 + p.commas + Math.min(3, Math.floor(p.chars / 100));
    for (let level = 0; el && level < 12; level++, el = parentOf(el)) {
      const t = tally(el);
      t.chars += p.chars;
      t.linkChars += p.linkChars;
      if (prose && level <= ANCESTOR_LEVELS) t.score += score / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, t] of tallies) {
    const adjusted = t.score * (1 - linkDensity(t));
    if (adjusted > bestScore) {
      best = el;
      bestScore = adjusted;
    }
  }
  if (!best) return { paragraphs: [], container: null };

  const containers = joinSiblings(best, bestScore, tallies);
  const chosen = paragraphs.filter((p) => containers.some((c) => c === p.host || c.contains(p.host)) && keep(p));
  return { paragraphs: dropHiddenHosts(chosen), container: best };
}

/** The best container and those of its siblings that carry prose too, in page order. */
function joinSiblings(best: Element, bestScore: number, tallies: Map<Element, Tally>): Element[] {
  const parent = parentOf(best);
  if (!parent || isHiddenByStyle(best)) return [best];
  const threshold = Math.max(10, bestScore * 0.2);
  const joined: Element[] = [];
  for (const sibling of parent.children) {
    if (sibling === best) {
      joined.push(sibling);
      continue;
    }
    const t = tallies.get(sibling);
    if (!t) continue;
    const density = linkDensity(t);
    const own = sibling.nodeName === 'P' || sibling.getAttribute('class') === best.getAttribute('class');
    const worth = t.score * (1 - density) >= threshold ||
      (own && t.chars > 80 && density < 0.25) ||
      (sibling.nodeName === 'P' && t.chars > 0 && density === 0 && /\.( |$)/.test(sibling.textContent ?? ''));
    if (worth && !isHiddenByStyle(sibling)) joined.push(sibling);
  }
  return joined;
}

/** Furniture that sits inside a story container: link lists, "Advertisement", share prompts. */
function keep(p: Readonly<Paragraph>): boolean {
  if (CHROME_LINE.test(p.text)) return false;
  const density = p.chars > 0 ? p.linkChars / p.chars : 0;
  if (density > 0.5 && !(p.kind === 'paragraph' && p.chars > 200 && density < 0.8)) return false;
  if (p.heading && p.chars > 200) return false;
  return true;
}

/**
 * Hidden by a style sheet (no attribute says so): checked on each paragraph's host only where the
 * browser can answer without a style recalculation, and on jsdom once per distinct parent.
 */
function dropHiddenHosts(paragraphs: readonly Paragraph[]): Paragraph[] {
  const verdicts = new Map<Element, boolean>();
  return paragraphs.filter((p) => {
    const el = p.own ? p.host : p.host;
    const parent = parentOf(el);
    const probe = parent ?? el;
    let hidden = verdicts.get(probe);
    if (hidden === undefined) {
      hidden = isHiddenByStyle(probe);
      verdicts.set(probe, hidden);
    }
    return !hidden && !(p.own && p.host.nodeName !== 'P' && isHiddenByStyleOnce(p.host, verdicts));
  });
}

function isHiddenByStyleOnce(el: Element, verdicts: Map<Element, boolean>): boolean {
  let hidden = verdicts.get(el);
  if (hidden === undefined) {
    hidden = isHiddenByStyle(el);
    verdicts.set(el, hidden);
  }
  return hidden;
}

const linkDensity = (t: Tally) => (t.chars > 0 ? t.linkChars / t.chars : 0);

/** The parent element, crossing out of a shadow root to its host. */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root && root.nodeType === 11 ? ((root as ShadowRoot).host ?? null) : null;
}
