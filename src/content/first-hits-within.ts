import type { Hit } from './live-page';

const SHOW_TEXT = 4;

/**
 * Past this much text an element is a region (a `<main tabindex="-1">` a skip link focuses, a whole
 * focusable article), not a control wrapping a name: focusing it shows no card.
 */
export const MAX_FOCUS_TEXT = 300;

/**
 * The shown highlights at the first highlighted character inside an element (innermost first), for
 * the card of a link, button or heading that keyboard focus lands on. Empty where the element holds
 * none or is too long to be about one name. Asks `hitsAt` character by character: with the Highlight
 * API there is no mark to find by node, only offsets in the story's text.
 */
export function firstHitsWithin(element: Element, hitsAt: (node: Node, offset: number) => Hit[]): Hit[] {
  if ((element.textContent ?? '').length > MAX_FOCUS_TEXT) return [];
  const walker = element.ownerDocument.createTreeWalker(element, SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (let at = 0; at < node.length; at++) {
      if (/\s/.test(node.data[at]!)) continue;
      // hitsAt also answers the annotation ending just before a position (a caret after a word):
      // keep only those that cover this character itself.
      const hits = hitsAt(node, at).filter((hit) => covers(hit.range, node!, at));
      if (hits.length > 0) return hits;
    }
  }
  return [];
}

function covers(range: Range, node: Text, at: number): boolean {
  return range.comparePoint(node, at) === 0 && range.comparePoint(node, at + 1) === 0;
}
