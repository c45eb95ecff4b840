import { runSteps } from '../core/run-steps';
import { closestTag, insideOf, parentOf } from './dom-block';
import type { Paragraph } from './find-paragraphs';
import { isChromeLine } from './is-page-chrome';
import { hiddenByStyleProbe } from './is-hidden';

/** The story body as found: its paragraphs and captions in reading order, and where it sits. */
export interface Body {
  readonly paragraphs: readonly Paragraph[];
  /** the element that scored best: the story's own container */
  readonly container: Element | null;
}

const MIN_PARAGRAPH_CHARS = 25;
/**
 * Paragraphs looked at between two pauses of `findBodySteps`: asking the page's style whether one is
 * hidden and scoring its ancestors cost microseconds each, but a 5 MB story has 20,000 of them.
 */
export const BODY_STEP_PARAGRAPHS = 500;
/** How far up a paragraph's score spreads: the container of a story is rarely deeper than this. */
const ANCESTOR_LEVELS = 4;

interface Tally {
  score: number;
  chars: number;
  linkChars: number;
  /** characters in captions: a photo block beside the story's paragraphs is part of it */
  captionChars: number;
}

/**
 * Finds the story among paragraph candidates, in the manner of Readability's content scoring:
 * each prose paragraph scores its ancestors (1 + commas + length, less with each level up), the
 * best container corrected for link density wins, and its siblings join where they carry prose of
 * their own (a story split over several containers, CNN's `zn-body__paragraph` runs). Then the
 * paragraphs inside the chosen containers are filtered for furniture lines and link lists.
 *
 * Paragraphs the page's style hides score nothing: a site's hidden block (an archive, a template, a
 * "read more" kept for later) can hold more prose than the story and would otherwise be chosen, and
 * then dropped for being hidden, leaving no story at all.
 */
export function findBody(candidates: readonly Paragraph[]): Body {
  return runSteps(findBodySteps(candidates));
}

/** `findBody` in steps: pauses after every `BODY_STEP_PARAGRAPHS` paragraphs of each pass over them. */
export function* findBodySteps(candidates: readonly Paragraph[]): Generator<void, Body, void> {
  const first = candidates[0];
  if (!first) return { paragraphs: [], container: null };
  const hidden = hiddenByStyleProbe(first.host.ownerDocument);
  const paragraphs: Paragraph[] = [];
  for (const [index, p] of candidates.entries()) {
    if (!hidden(p.host)) paragraphs.push(p);
    if (index % BODY_STEP_PARAGRAPHS === BODY_STEP_PARAGRAPHS - 1) yield;
  }
  const tallies = new Map<Element, Tally>();
  const tally = (el: Element) => {
    let t = tallies.get(el);
    if (!t) {
      t = { score: 0, chars: 0, linkChars: 0, captionChars: 0 };
      tallies.set(el, t);
    }
    return t;
  };
  // a `<p>` scores its parent, not itself; sibling joining still needs its own counts
  const ownTally = new Map<Element, Tally>();
  for (const [index, p] of paragraphs.entries()) {
    if (index % BODY_STEP_PARAGRAPHS === BODY_STEP_PARAGRAPHS - 1) yield;
    if (p.own) ownTally.set(p.host, { score: 0, chars: p.chars, linkChars: p.linkChars, captionChars: p.kind === 'caption' ? p.chars : 0 });
    let el: Element | null = p.own ? parentOf(p.host) : p.host;
    const prose = p.kind === 'paragraph' && !p.heading && p.chars >= MIN_PARAGRAPH_CHARS;
    const score = 1 + p.commas + Math.min(3, Math.floor(p.chars / 100));
    for (let level = 0; el && level < 12; level++, el = parentOf(el)) {
      const t = tally(el);
      t.chars += p.chars;
      t.linkChars += p.linkChars;
      if (p.kind === 'caption') t.captionChars += p.chars;
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

  const twins = widenToRepeats(best, tallies);
  if (twins) best = twins;
  // a wrapper with no other text in it is the same container (Readability climbs the same way)
  const plain = (el: Element) => {
    const t = tallies.get(el);
    return t ? t.chars - t.linkChars : 0;
  };
  const limit = plain(best);
  for (let up = parentOf(best); up && up.nodeName !== 'BODY' && plain(up) <= limit; up = parentOf(up)) best = up;
  const region = best;
  const containers = joinSiblings(region, scoreOf(region, tallies), tallies, ownTally, hidden);
  const inContainers = insideOf(containers);
  const chosen: Paragraph[] = [];
  for (const [index, p] of paragraphs.entries()) {
    if (inContainers(p.host) && keep(p)) chosen.push(p);
    if (index % BODY_STEP_PARAGRAPHS === BODY_STEP_PARAGRAPHS - 1) yield;
  }
  return { paragraphs: chosen, container: best };
}

/**
 * Content systems often cut a story into repeated blocks (`div.article-body-text` between photo
 * blocks): when the best container has a twin holding prose within three levels up, the story is
 * their common ancestor. Three levels, and only within one `<article>`, keep the next story of an
 * endless-scroll page out.
 */
function widenToRepeats(best: Element, tallies: Map<Element, Tally>): Element | null {
  const className = best.getAttribute('class');
  if (!className || !className.trim()) return null;
  // a twin in another <article> is the next story of a feed, whatever the levels between them
  const story = closestTag(best, 'ARTICLE');
  let ancestor = parentOf(best);
  for (let level = 1; ancestor && level <= 3; level++, ancestor = parentOf(ancestor)) {
    if (ancestor.nodeName === 'BODY' || ancestor.nodeName === 'HTML') return null;
    for (const twin of ancestor.getElementsByTagName(best.nodeName)) {
      if (twin === best || twin.getAttribute('class') !== className || twin.contains(best) || best.contains(twin)) continue;
      if (!sameStory(closestTag(twin, 'ARTICLE'), story)) continue;
      const t = tallies.get(twin);
      if (t && t.score > 0 && linkDensity(t) < 0.25) return ancestor;
    }
  }
  return null;
}

/**
 * Whether two blocks' nearest `<article>`s belong to one story: the same one (or none), or two
 * articles without a headline of their own (a live blog's posts, each an `<article>` with an `<h2>`).
 * An `<article>` with an `<h1>` is a story of its own, as `findStoryRoot` reads a feed.
 */
function sameStory(a: Element | null, b: Element | null): boolean {
  if (a === b) return true;
  return a !== null && b !== null && !ownsHeadline(a) && !ownsHeadline(b);
}

const ownsHeadline = (article: Element) => article.getElementsByTagName('h1').length > 0;

const scoreOf = (el: Element, tallies: Map<Element, Tally>) => {
  const t = tallies.get(el);
  return t ? t.score * (1 - linkDensity(t)) : 0;
};

/** The best container and those of its siblings that carry prose too, in page order. */
function joinSiblings(
  best: Element,
  bestScore: number,
  tallies: Map<Element, Tally>,
  ownTally: Map<Element, Tally>,
  hidden: (el: Element) => boolean,
): Element[] {
  const parent = parentOf(best);
  if (!parent || hidden(best)) return [best];
  const threshold = Math.max(10, bestScore * 0.2);
  const joined: Element[] = [];
  let passedBest = false;
  for (const sibling of parent.children) {
    if (sibling === best) {
      joined.push(sibling);
      passedBest = true;
      continue;
    }
    const t = tallies.get(sibling) ?? ownTally.get(sibling);
    if (!t) continue;
    const density = linkDensity(t);
    const own = sibling.nodeName === 'P' || sibling.getAttribute('class') === best.getAttribute('class');
    const worth = t.score * (1 - density) >= threshold ||
      // a story's intro kept apart from its "read more" part: prose with hardly a link
      (!passedBest && t.score > 0 && t.chars > 150 && density < 0.1) ||
      // a photo (or a slideshow, its counter beside the caption) with its caption between or above the story's paragraphs
      (t.captionChars >= 0.8 * t.chars && t.chars > 0 && density < 0.3) ||
      (own && t.chars > 80 && density < 0.25) ||
      (sibling.nodeName === 'P' && t.chars > 0 && density === 0 && /\.( |$)/.test(sibling.textContent ?? ''));
    if (worth && !hidden(sibling) && !isOtherStory(sibling)) joined.push(sibling);
  }
  return joined;
}

/** An `<article>` with a headline of its own, or a wrapper around one: the next story of a feed, not a part of this one. */
function isOtherStory(sibling: Element): boolean {
  // a story's own paragraphs, the siblings most often joined, hold no article
  if (sibling.nodeName === 'P') return false;
  if (sibling.nodeName === 'ARTICLE') return sibling.getElementsByTagName('h1').length > 0;
  return sibling.querySelector(':scope article h1') !== null;
}

/** Furniture that sits inside a story container: link lists, "Advertisement", share prompts. */
function keep(p: Readonly<Paragraph>): boolean {
  if (isChromeLine(p.text)) return false;
  const density = p.chars > 0 ? p.linkChars / p.chars : 0;
  if (density > 0.5 && !(p.kind === 'paragraph' && p.chars > 200 && density < 0.8)) return false;
  if (p.heading && p.chars > 200) return false;
  return true;
}

const linkDensity = (t: Tally) => (t.chars > 0 ? t.linkChars / t.chars : 0);
