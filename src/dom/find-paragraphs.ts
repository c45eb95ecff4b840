import type { BlockKind } from '../core/text-model';
import { BLOCK_TAGS, NON_TEXT_TAGS, closestTag, findDescendant, nextElementIn } from './dom-block';
import { isCaptionClass } from './is-caption';
import { isPageChrome } from './is-page-chrome';
import { runSteps } from '../core/run-steps';

/**
 * A paragraph candidate: a run of text and inline tags that the page renders as one block, with
 * the counts that scoring needs. `host` is the element whose children the run is; `own` is true
 * where the run is all of the host's content (a `<p>`), false for a run inside a mixed container.
 */
export interface Paragraph {
  readonly kind: BlockKind;
  readonly roots: readonly Node[];
  readonly host: Element;
  readonly own: boolean;
  readonly heading: boolean;
  /** characters of text (white space included), of which `linkChars` inside links */
  readonly chars: number;
  readonly linkChars: number;
  readonly commas: number;
  readonly text: string;
}

const HEADING = /^H[2-6]$/;

/**
 * Every paragraph candidate under `root` in reading order, walking into open shadow roots and
 * leaving out page furniture (`isPageChrome`), hidden elements and `skip` (the headline, the
 * highlights block). One pass over the elements; text is read per run, not per node.
 */
export function findParagraphs(root: Node, skip: ReadonlySet<Node>): Paragraph[] {
  return runSteps(paragraphSteps(root, skip));
}

/** Characters of paragraph text read between two pauses of `paragraphSteps`: a few milliseconds' work. */
export const STEP_CHARS = 40_000;
/**
 * Elements entered between two pauses, whatever text they hold: 10,000 nested wrappers or a table of
 * 100,000 cells hold hardly a character, and the walk over them was a single step.
 */
export const STEP_ELEMENTS = 2_000;

/** One element being walked: where its rendered children stand, and the run of inline content so far. */
interface Frame {
  readonly parent: Element;
  /** the children as a list where they are not the element's own (a slot's assigned nodes), else null */
  readonly list: readonly Node[] | null;
  index: number;
  next: Node | null;
  /** children seen so far: a run is the host's own content only if it holds all of them */
  seen: number;
  run: Node[];
  pendingBreak: boolean;
  /** whether the element is a link or inside one: decided once per element, passed down the walk */
  readonly inLink: boolean;
  /** whether the element is a photo's `<figure>` or inside one: only its caption is read there */
  readonly inPhoto: boolean;
}

function frameOf(parent: Element, inLink: boolean, inPhoto: boolean): Frame {
  const shadow = parent.shadowRoot;
  let list: readonly Node[] | null = null;
  if (!shadow && parent.nodeName === 'SLOT') {
    const assigned = (parent as HTMLSlotElement).assignedNodes?.() ?? [];
    if (assigned.length > 0) list = assigned;
  }
  return { parent, list, index: 0, next: list ? null : (shadow ?? parent).firstChild, seen: 0, run: [], pendingBreak: false, inLink, inPhoto };
}

/**
 * `findParagraphs` in steps: the walk pauses after every `STEP_CHARS` characters of paragraph text it
 * reads or `STEP_ELEMENTS` elements it enters, so that a content script on a very long story can yield to the page between steps. The walk
 * keeps its own stack (no generator per element) and reads children by sibling links. Whatever depends on
 * an element's ancestors or descendants is decided once per element and passed down or remembered, so
 * the walk stays linear in the page's elements however deep they nest (pages nest 10,000 levels deep).
 */
export function* paragraphSteps(root: Node, skip: ReadonlySet<Node>): Generator<void, Paragraph[], void> {
  const out: Paragraph[] = [];
  let sinceStep = 0;
  let elements = 0;
  const blockInside = new Map<Element, boolean>();
  const flush = (frame: Frame, all: boolean) => {
    // beside a photo's caption, a figure holds its credit, its counter, its "enlarge" label
    if (frame.run.length > 0) {
      if (!frame.inPhoto) sinceStep += emit(out, frame.parent, frame.run, all && frame.run.length === frame.seen, frame.inLink);
      frame.run = [];
    }
    frame.pendingBreak = false;
  };
  const stack: Frame[] = [frameOf(root as Element, root.nodeType === 1 && closestTag(root as Element, 'A') !== null, false)];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    let child: Node | null;
    if (frame.list) child = frame.list[frame.index++] ?? null;
    else {
      child = frame.next;
      if (child) frame.next = child.nextSibling;
    }
    if (!child) {
      flush(frame, true);
      stack.pop();
      if (sinceStep >= STEP_CHARS) {
        sinceStep = 0;
        yield;
      }
      continue;
    }
    frame.seen++;
    const type = child.nodeType;
    if (type === 3) {
      if (frame.pendingBreak && NOT_WHITE.test((child as Text).data)) flush(frame, false);
      frame.run.push(child);
      continue;
    }
    if (type !== 1) continue;
    if (++elements >= STEP_ELEMENTS) {
      elements = 0;
      yield;
    }
    const el = child as Element;
    const tag = el.nodeName;
    if (NON_TEXT_TAGS.has(tag) || skip.has(el) || isPageChrome(el)) continue;
    if (tag === 'BR') {
      // `<br><br>` is how older pages separate paragraphs
      if (frame.pendingBreak) flush(frame, false);
      else frame.pendingBreak = true;
      frame.run.push(el);
      continue;
    }
    if (!BLOCK_TAGS.has(tag) && !el.shadowRoot && !hasBlockInside(el, blockInside)) {
      if (frame.pendingBreak && NOT_WHITE.test(el.textContent ?? '')) flush(frame, false);
      frame.run.push(el);
      continue;
    }
    flush(frame, false);
    const inLink = frame.inLink || tag === 'A';
    if (tag === 'FIGCAPTION' || tag === 'PRE' || HEADING.test(tag) || isCaptionClass(el)) {
      sinceStep += emit(out, el, [el], true, inLink);
    } else if (tag !== 'H1') {
      stack.push(frameOf(el, inLink, frame.inPhoto || (tag === 'FIGURE' && isCaptionedPhoto(el))));
    }
  }
  return out;
}

/** A `<figure>` of a photo with a caption: an image, and a `<figcaption>` or an element named as a caption. */
function isCaptionedPhoto(figure: Element): boolean {
  return figure.querySelector('img, picture, amp-img') !== null &&
    (figure.getElementsByTagName('figcaption').length > 0 || findDescendant(figure, isCaptionClass) !== null);
}

const NOT_WHITE = /\S/;
const WHITE_RUNS = /\s+/g;
const COMMAS = /[,，、]/g;

/** Adds the paragraph the run of `roots` makes, if it holds text; answers the characters read. */
function emit(out: Paragraph[], host: Element, roots: Node[], own: boolean, inLink: boolean): number {
  let text = '';
  let linkChars = 0;
  for (const node of roots) {
    text += node.textContent ?? '';
    if (node.nodeType === 1) linkChars += linkText(node as Element);
  }
  const trimmed = text.replace(WHITE_RUNS, ' ').trim();
  if (!trimmed) return text.length;
  // a teaser card is a link wrapped around whole blocks: all of its text is link text
  if (inLink) linkChars = trimmed.length;
  const tag = host.nodeName;
  out.push({
    kind: tag === 'FIGCAPTION' || isCaptionClass(host) ? 'caption' : 'paragraph',
    roots: own && roots.length === 1 && roots[0] === host ? [host] : roots,
    host,
    own,
    heading: HEADING.test(tag),
    chars: trimmed.length,
    linkChars: Math.min(linkChars, trimmed.length),
    commas: trimmed.match(COMMAS)?.length ?? 0,
    text: trimmed,
  });
  return text.length;
}

/** Characters of link text inside `el` (or of `el`, a link), white space collapsed. */
function linkText(el: Element): number {
  if (el.nodeName === 'A') return (el.textContent ?? '').replace(WHITE_RUNS, ' ').trim().length;
  let sum = 0;
  for (let inner = el.firstElementChild; inner;) {
    if (inner.nodeName !== 'A') inner = nextElementIn(el, inner);
    else {
      sum += (inner.textContent ?? '').replace(WHITE_RUNS, ' ').trim().length;
      inner = nextElementIn(el, inner, false);
    }
  }
  return sum;
}

/**
 * An inline tag (`<span>`, `<a>`) wrapping paragraphs is laid out as a block. The walk asks again for
 * each inline tag it enters below one, so answers are remembered (`known`, one map per walk) for every
 * element a look passes: nested inline tags cost one look at each element, not one per level above it.
 * A loop, not recursion: a page can nest elements deeper than the call stack goes.
 */
function hasBlockInside(el: Element, known: Map<Element, boolean>): boolean {
  const answer = known.get(el);
  if (answer !== undefined) return answer;
  const passed: Element[] = [];
  let block: Element | null = null;
  for (let inner = el.firstElementChild; inner;) {
    const inside = known.get(inner);
    if (inside === true || BLOCK_TAGS.has(inner.nodeName)) {
      block = inner;
      break;
    }
    if (inside === false) {
      inner = nextElementIn(el, inner, false);
      continue;
    }
    passed.push(inner);
    inner = nextElementIn(el, inner);
  }
  // every element passed before the block holds none (its whole subtree came before it), but the block's ancestors
  for (const inner of passed) known.set(inner, false);
  for (let up = block?.parentElement ?? null; up && up !== el; up = up.parentElement) known.set(up, true);
  known.set(el, block !== null);
  return block !== null;
}
