import { runSteps } from '../core/run-steps';
import { nextElementIn } from './dom-block';
import { isPageChrome } from './is-page-chrome';

/** A page's own highlights block: the element to keep out of the body, and one item per bullet. */
export interface HighlightsBlock {
  readonly element: Element;
  readonly items: readonly Element[];
  /** the "Key points" heading over the block where it stands outside the block's element */
  readonly heading?: Element;
}

/** Class or id of a highlights block: CNN's `el__storyhighlights`, "key-points", "in-brief"… */
const HIGHLIGHTS_NAME = /story-?highlights|(?:^|[^a-z])highlights|key-?points|keypoints|in-?brief|takeaways|at-?a-?glance|summary-?(?:list|bullets)|article-?summary|bullet-?points/;
/** Names and headings are lower-cased before the tests: patterns without the `i` flag compile faster on a fresh page. */
const isHighlightsName = (names: string) => HIGHLIGHTS_NAME.test(names.toLowerCase());
const HEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'STRONG', 'B', 'P', 'SPAN', 'DIV']);
/** The heading that introduces one. */
const HIGHLIGHTS_HEADING = /^(?:story highlights|highlights|key points|in brief|key takeaways|takeaways|at a glance|what you need to know|the big picture|summary|in short|the essentials)\s*:?$/;

/**
 * The headings a site puts over highlights set as paragraphs rather than a list: only the names of a
 * highlights block, as "Summary" or "The big picture" also head ordinary sections of a story.
 */
const PARAGRAPHS_HEADING = /^(?:story highlights|highlights|key points|in brief|key takeaways)\s*:?$/;
/** A highlight set as a paragraph is a sentence or two; a story's paragraphs mostly run longer. */
const MAX_ITEM_CHARS = 250;
const MAX_ITEMS = 8;
/** Class or id of a box set apart within a story: `factbox`, `callout`, `panel`, `inline-box`. */
const SET_APART_NAME = /(?:^|[^a-z])(?:aside|box|factbox|fact-box|panel|callout|pull-?out)(?:$|[^a-z])/;
/** Elements of the story's region looked at between two pauses of `findHighlightsSteps` (a 5 MB story has 20,000). */
export const HIGHLIGHTS_STEP_ELEMENTS = 1_000;

/**
 * Finds the highlights block of the story whose headline and body container are given, in page
 * order: a block named as one (class or id), else a list, or short paragraphs, after a highlights
 * heading, else a short list of sentences between the headline and the body (DailyMail's bullets
 * under the headline).
 * Only within the story's own region, so another story's "Key points" in a sidebar is left alone.
 */
export function findHighlights(doc: Document, headline: Element | null, body: Element | null): HighlightsBlock | null {
  return runSteps(findHighlightsSteps(doc, headline, body));
}

/** `findHighlights` in steps: the pass over the story's region pauses every `HIGHLIGHTS_STEP_ELEMENTS` elements. */
export function* findHighlightsSteps(doc: Document, headline: Element | null, body: Element | null): Generator<void, HighlightsBlock | null, void> {
  const scope = storyRegion(headline, body) ?? doc.body;
  if (!scope) return null;

  // one pass over the region: a block named as highlights wins over a list after a heading
  let afterHeading: HighlightsBlock | null = null;
  let elements = 0;
  for (let el = scope.firstElementChild; el; el = nextElementIn(scope, el)) {
    if (++elements % HIGHLIGHTS_STEP_ELEMENTS === 0) yield;
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (names.length > 1 && isHighlightsName(names)) {
      const items = bulletItems(el);
      if (items.length > 0 && !insideChrome(el, scope)) return { element: el, items };
    }
    // a heading is a short line of text: no element inside but perhaps one inline wrapper
    if (afterHeading || !HEADING_TAGS.has(el.nodeName) || el.childElementCount > 1 ||
      (el.firstElementChild !== null && el.firstElementChild.childElementCount > 0)) continue;
    const text = el.textContent ?? '';
    if (text.length > 40) continue;
    const heading = text.trim().toLowerCase();
    if (!HIGHLIGHTS_HEADING.test(heading)) continue;
    const list = nextList(el);
    const items = list ? bulletItems(list) : [];
    if (list && items.length > 0 && !insideChrome(list, scope)) {
      const block = list.parentElement && list.parentElement.contains(el) && list.parentElement !== scope ? list.parentElement : list;
      afterHeading = block.contains(el) ? { element: block, items } : { element: block, items, heading: el };
    } else if (!list && PARAGRAPHS_HEADING.test(heading)) {
      afterHeading = paragraphsAfter(el, scope, body);
    }
  }
  if (afterHeading) return afterHeading;
  if (!headline || !body) return null;
  for (const list of [...scope.getElementsByTagName('ul'), ...scope.getElementsByTagName('ol')]) {
    const follows = headline.compareDocumentPosition(list) & 4;
    const precedes = list.compareDocumentPosition(body) & 4;
    if (!follows || !precedes || insideChrome(list, scope)) continue;
    const items = bulletItems(list);
    if (items.length >= 2 && items.length <= 6 && items.every((li) => /[.!?’"”)]\s*$|\w$/.test(li.textContent ?? '') && (li.textContent ?? '').trim().length >= 40)) {
      return { element: list, items };
    }
  }
  return null;
}

/** The list items of a block that read as sentences (not links to other stories). */
function bulletItems(el: Element): Element[] {
  const items = [...el.getElementsByTagName('li')];
  if (items.length === 0 || items.length > 8) return [];
  const good = items.filter((li) => {
    const text = (li.textContent ?? '').replace(/\s+/g, ' ').trim();
    const links = [...li.getElementsByTagName('a')].reduce((sum, a) => sum + (a.textContent ?? '').trim().length, 0);
    return text.length >= 15 && text.length <= 400 && links / text.length < 0.5;
  });
  return good.length === items.length ? good : [];
}

/**
 * The short paragraphs after a highlights heading, where they make a block of their own: all that
 * follows the heading in a box set apart (an aside within the story, anywhere in it) or in any box
 * before the story's text starts, or a run of them before the story's text that something other
 * than a short paragraph ends. A subheading of that name within the story, over its ordinary
 * paragraphs, heads no such block.
 */
function paragraphsAfter(heading: Element, scope: Element, body: Element | null): HighlightsBlock | null {
  // the heading and its wrappers up to two levels (`<div class="hd"><h3>Highlights</h3></div>`)
  for (let branch = heading, up = 0; up < 3 && branch.parentElement && branch !== scope; up++, branch = branch.parentElement) {
    const box = branch.parentElement;
    const items = shortParagraphsAfter(branch);
    if (!items) return null;
    if (items.ended === null && box !== scope && !(body && box.contains(body)) && !hasTextBefore(box, branch) &&
      (isSetApart(box) || !bodyStarted(scope, heading))) {
      return items.found.length > 0 && !insideChrome(box, scope, true) ? { element: box, items: items.found } : null;
    }
    if (items.found.length === 0) continue;
    // a run of siblings: only before the story's text, and only where it plainly ends
    if (items.found.length < 2 || items.ended === 'too-many' || bodyStarted(scope, heading) || insideChrome(branch, scope)) return null;
    return { element: branch, items: items.found };
  }
  return null;
}

/**
 * The paragraphs following `branch` among its siblings while they are short, and what ended the run:
 * null where its parent did, 'too-many' where it ran past what a highlights block holds. Null where a
 * paragraph after the heading is a link rather than a sentence.
 */
function shortParagraphsAfter(branch: Element): { found: Element[]; ended: 'element' | 'too-many' | null } | null {
  const found: Element[] = [];
  for (let next = branch.nextElementSibling; next; next = next.nextElementSibling) {
    const text = (next.textContent ?? '').replace(/\s+/g, ' ').trim();
    // a rule (`<hr>`) or an empty box ends the run too; only an empty paragraph is spacing
    if (next.nodeName !== 'P' || text.length > MAX_ITEM_CHARS) return { found, ended: 'element' };
    if (!text) continue;
    if (found.length === MAX_ITEMS) return { found, ended: 'too-many' };
    const links = [...next.getElementsByTagName('a')].reduce((sum, a) => sum + (a.textContent ?? '').trim().length, 0);
    if (text.length < 15 || links / text.length >= 0.5) return null;
    found.push(next);
  }
  return { found, ended: null };
}

/** A box the page sets apart from the story's text: an `<aside>`, a box or panel, or one named as highlights. */
function isSetApart(box: Element): boolean {
  if (box.nodeName === 'ASIDE') return true;
  const names = `${box.getAttribute('class') ?? ''} ${box.id}`.toLowerCase();
  return isHighlightsName(names) || SET_APART_NAME.test(names);
}

/** Whether `box` holds text before `branch`, its child: then `branch` does not head the box. */
function hasTextBefore(box: Element, branch: Element): boolean {
  for (let before = branch.previousElementSibling; before; before = before.previousElementSibling) {
    if ((before.textContent ?? '').trim()) return true;
  }
  return false;
}

/** Whether the story's text has begun above `heading`: two paragraphs of prose before it in the region. */
function bodyStarted(scope: Element, heading: Element): boolean {
  let prose = 0;
  for (const p of scope.getElementsByTagName('p')) {
    if (!(p.compareDocumentPosition(heading) & 4 /* heading follows */)) break;
    if ((p.textContent ?? '').trim().length >= 100 && ++prose >= 2) return true;
  }
  return false;
}

function nextList(heading: Element): Element | null {
  let el: Element | null = heading;
  for (let up = 0; el && up < 3; up++, el = el.parentElement) {
    let next = el.nextElementSibling;
    while (next && !(next.textContent ?? '').trim()) next = next.nextElementSibling;
    if (next && (next.nodeName === 'UL' || next.nodeName === 'OL')) return next;
    if (next) {
      const inner = next.querySelector(':scope > ul, :scope > ol');
      if (inner) return inner;
      return null;
    }
  }
  return null;
}

/**
 * Whether the block sits in the page's furniture. The block itself may look like furniture where its
 * names say highlights, or where `headed` (its own heading says so) and it is an `<aside>`.
 */
function insideChrome(el: Element, scope: Element, headed = false): boolean {
  for (let node: Element | null = el; node && node !== scope; node = node.parentElement) {
    if (node !== el && isPageChrome(node)) return true;
    if (node === el && isPageChrome(node) && !isHighlightsName(`${node.getAttribute('class') ?? ''} ${node.id}`) &&
      !(headed && node.nodeName === 'ASIDE')) return true;
  }
  return false;
}

/** The smallest element holding both the headline and the body, or the body's `<article>` or parent. */
function storyRegion(headline: Element | null, body: Element | null): Element | null {
  if (!body) return headline?.parentElement ?? null;
  // an <article> is the whole story: beside it lie a feed's other stories, not this one's highlights
  if (!headline) return body.nodeName === 'ARTICLE' ? body : body.parentElement;
  // the headline's ancestors once, then the first of them above the body: no `contains` per level
  const aboveHeadline = new Set<Element>();
  for (let el: Element | null = headline; el; el = el.parentElement) aboveHeadline.add(el);
  for (let el: Element | null = body; el; el = el.parentElement) if (aboveHeadline.has(el)) return el;
  return body.parentElement;
}
