import type { CardContent } from './card-content';
import { caretAtPoint, rangeContainsPoint } from './caret-at-point';
import { firstHitsWithin } from './first-hits-within';
import type { HoverCard } from './hover-card';
import type { Hit } from './live-page';

export interface HoverDeps {
  readonly doc: Document;
  readonly card: HoverCard;
  /** whether anything is painted: until then pointer moves cost nothing */
  painted(): boolean;
  /** the shown highlights at a DOM position, innermost first */
  hitsAt(node: Node, offset: number): Hit[];
  /** what the card says for a hit, null where there is nothing to say */
  contentOf(hit: Hit): CardContent | null;
}

/**
 * Shows the card for the highlight under the pointer, for the one at the caret or selection
 * (keyboard users with caret browsing, or anyone selecting text), and for the first one inside the
 * element keyboard focus moves to (a link in a story often wraps a name): highlights themselves add
 * nothing to the page's DOM or tab order, so the page's own focusable elements are the way in. Only
 * focus the browser shows (`:focus-visible`, i.e. from the keyboard) does it; a click is the
 * pointer's business. The focus card stays beside its highlight while the page scrolls (moving focus
 * scrolls it into view) and goes with focus or Escape. Without `highlightsFromPoint`
 * (Chrome < 140, Firefox < 150): point → caret position → model offset → annotations, keeping only
 * those whose boxes really contain the point (a caret also lands beside a word, in a margin).
 * Pointer moves are handled at most once per frame.
 */
export function watchHover(deps: HoverDeps, signal: AbortSignal): void {
  const { doc, card } = deps;
  const view = doc.defaultView!;
  let frame: number | null = null;
  let pointer: { x: number; y: number } | null = null;
  let shownFor: Range | null = null;
  /** the hits the card shows for keyboard focus, followed while the page scrolls */
  let focused: Hit[] | null = null;

  const show = (hits: Hit[]) => {
    const contents = hits.flatMap((hit) => deps.contentOf(hit) ?? []);
    const innermost = hits[0];
    if (!innermost || contents.length === 0) return hide();
    if (shownFor && sameRange(shownFor, innermost.range) && card.shown) return;
    shownFor = innermost.range;
    card.show(contents, boxNear(innermost.range, pointer));
  };
  const hide = () => {
    shownFor = null;
    focused = null;
    card.hide();
  };
  const showForFocus = (hits: Hit[]) => {
    shownFor = null;
    show(hits);
    focused = card.shown ? hits : null;
  };

  const atPointer = () => {
    frame = null;
    focused = null;
    if (!pointer) return;
    const { x, y } = pointer;
    const caret = caretAtPoint(doc, x, y);
    if (!caret) return hide();
    show(deps.hitsAt(caret.node, caret.offset).filter((hit) => rangeContainsPoint(hit.range, x, y)));
  };

  doc.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch' || !deps.painted()) return;
      pointer = { x: event.clientX, y: event.clientY };
      frame ??= view.requestAnimationFrame(atPointer);
    },
    { passive: true, signal },
  );
  doc.addEventListener('pointerleave', hide, { passive: true, signal });
  view.addEventListener('scroll', () => (focused ? showForFocus(focused) : hide()), { passive: true, capture: true, signal });
  doc.addEventListener(
    'focusin',
    (event) => {
      if (!deps.painted()) return;
      const target = event.target as Element;
      const hits = target.nodeType === 1 && focusVisible(target) ? firstHitsWithin(target, deps.hitsAt) : [];
      pointer = null;
      if (hits.length > 0) showForFocus(hits);
      else if (focused) hide();
    },
    { signal },
  );
  doc.addEventListener(
    'focusout',
    () => {
      if (focused) hide();
    },
    { signal },
  );
  view.addEventListener('blur', hide, { signal });
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && card.shown) hide();
    },
    { signal },
  );
  doc.addEventListener(
    'selectionchange',
    () => {
      if (!deps.painted()) return;
      const selection = doc.getSelection();
      if (!selection?.focusNode || selection.rangeCount === 0) return;
      const hits = deps.hitsAt(selection.focusNode, selection.focusOffset);
      if (hits.length === 0 && focused) return;
      pointer = null;
      focused = null;
      if (hits.length > 0) show(hits);
      else if (card.shown && !selection.isCollapsed) hide();
    },
    { signal },
  );
  signal.addEventListener(
    'abort',
    () => {
      if (frame !== null) view.cancelAnimationFrame(frame);
      card.hide();
    },
    { once: true },
  );
}

/** Whether the browser shows this focus (keyboard, not a click); where the selector is unknown, yes. */
function focusVisible(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
}

function sameRange(a: Range, b: Range): boolean {
  return a === b || (a.compareBoundaryPoints(Range.START_TO_START, b) === 0 && a.compareBoundaryPoints(Range.END_TO_END, b) === 0);
}

/** The line box of a highlight nearest the pointer (a highlight can wrap over several lines). */
function boxNear(range: Range, pointer: { x: number; y: number } | null): DOMRect {
  const rects = [...range.getClientRects()];
  if (!pointer || rects.length === 0) return rects[0] ?? range.getBoundingClientRect();
  return rects.reduce((best, rect) => (distance(rect, pointer) < distance(best, pointer) ? rect : best));
}

function distance(rect: DOMRect, { x, y }: { x: number; y: number }): number {
  const dx = Math.max(rect.left - x, 0, x - rect.right);
  const dy = Math.max(rect.top - y, 0, y - rect.bottom);
  return dx + dy;
}
