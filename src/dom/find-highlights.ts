import { nextElementIn } from './dom-block';
import { isPageChrome } from './is-page-chrome';

/** A page's own highlights block: the element to keep out of the body, and one item per bullet. */
export interface HighlightsBlock {
  readonly element: Element;
  readonly items: readonly Element[];
}

/** Class or id of a highlights block: CNN's `el__storyhighlights`, "key-points", "in-brief"… */
const HIGHLIGHTS_NAME = /story-?highlights|(?:^|[^a-z])highlights|key-?points|keypoints|in-?brief|takeaways|at-?a-?glance|summary-?(?:list|bullets)|article-?summary|bullet-?points/;
/** Names and headings are lower-cased before the tests: patterns without the `i` flag compile faster on a fresh page. */
const isHighlightsName = (names: string) => HIGHLIGHTS_NAME.test(names.toLowerCase());
const HEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'STRONG', 'B', 'P', 'SPAN', 'DIV']);
/** The heading that introduces one. */
const HIGHLIGHTS_HEADING = /^(?:story highlights|highlights|key points|in brief|key takeaways|takeaways|at a glance|what you need to know|the big picture|summary|in short|the essentials)\s*:?$/;

/**
 * Finds the highlights block of the story whose headline and body container are given, in page
 * order: a block named as one (class or id), else a list after a highlights heading, else a short
 * list of sentences between the headline and the body (DailyMail's bullets under the headline).
 * Only within the story's own region, so another story's "Key points" in a sidebar is left alone.
 */
export function findHighlights(doc: Document, headline: Element | null, body: Element | null): HighlightsBlock | null {
  const scope = storyRegion(headline, body) ?? doc.body;
  if (!scope) return null;

  // one pass over the region: a block named as highlights wins over a list after a heading
  let afterHeading: HighlightsBlock | null = null;
  for (let el = scope.firstElementChild; el; el = nextElementIn(scope, el)) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (names.length > 1 && isHighlightsName(names)) {
      const items = bulletItems(el);
      if (items.length > 0 && !insideChrome(el, scope)) return { element: el, items };
    }
    // a heading is a short line of text: no element inside but perhaps one inline wrapper
    if (afterHeading || !HEADING_TAGS.has(el.nodeName) || el.childElementCount > 1 ||
      (el.firstElementChild !== null && el.firstElementChild.childElementCount > 0)) continue;
    const text = el.textContent ?? '';
    if (text.length > 40 || !HIGHLIGHTS_HEADING.test(text.trim().toLowerCase())) continue;
    const list = nextList(el);
    const items = list ? bulletItems(list) : [];
    if (list && items.length > 0 && !insideChrome(list, scope)) {
      const block = list.parentElement && list.parentElement.contains(el) && list.parentElement !== scope ? list.parentElement : list;
      afterHeading = { element: block, items };
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

function insideChrome(el: Element, scope: Element): boolean {
  for (let node: Element | null = el; node && node !== scope; node = node.parentElement) {
    if (node !== el && isPageChrome(node)) return true;
    if (node === el && isPageChrome(node) && !isHighlightsName(`${node.getAttribute('class') ?? ''} ${node.id}`)) return true;
  }
  return false;
}

/** The smallest element holding both the headline and the body, or the body's parent. */
function storyRegion(headline: Element | null, body: Element | null): Element | null {
  if (!body) return headline?.parentElement ?? null;
  if (!headline) return body.parentElement;
  // the headline's ancestors once, then the first of them above the body: no `contains` per level
  const aboveHeadline = new Set<Element>();
  for (let el: Element | null = headline; el; el = el.parentElement) aboveHeadline.add(el);
  for (let el: Element | null = body; el; el = el.parentElement) if (aboveHeadline.has(el)) return el;
  return body.parentElement;
}
