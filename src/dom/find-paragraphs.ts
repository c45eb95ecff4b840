import type { BlockKind } from '../core/text-model';
import { BLOCK_TAGS, NON_TEXT_TAGS, closestTag, findDescendant, renderedChildren } from './dom-block';
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

const CAPTION = /(?:^|[^a-z])(?:caption|figcaption|wp-caption-text)(?:$|[^a-z])/i;
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
 * `findParagraphs` in steps: the walk pauses after every `STEP_CHARS` characters of paragraph text it
 * reads, so that a content script on a very long story can yield to the page between steps.
 */
export function* paragraphSteps(root: Node, skip: ReadonlySet<Node>): Generator<void, Paragraph[], void> {
  const out: Paragraph[] = [];
  let sinceStep = 0;
  const visit = function* (parent: Node): Generator<void, void, void> {
    const children = renderedChildren(parent);
    let run: Node[] = [];
    let pendingBreak = false;
    const flush = () => {
      if (run.length > 0) emit(parent as Element, run, run.length === children.length);
      run = [];
      pendingBreak = false;
    };
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as Node;
      if (child.nodeType === 3) {
        if (pendingBreak && /\S/.test((child as Text).data)) flush();
        run.push(child);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.nodeName;
      if (skip.has(el) || NON_TEXT_TAGS.has(tag) || isPageChrome(el)) continue;
      if (tag === 'BR') {
        // `<br><br>` is how older pages separate paragraphs
        if (pendingBreak) flush();
        else pendingBreak = true;
        run.push(el);
        continue;
      }
      if (!BLOCK_TAGS.has(tag) && !el.shadowRoot && !hasBlockInside(el)) {
        if (pendingBreak && /\S/.test(el.textContent ?? '')) flush();
        run.push(el);
        continue;
      }
      flush();
      if (HEADING.test(tag) || tag === 'PRE' || CAPTION.test(el.getAttribute('class') ?? '') || tag === 'FIGCAPTION') {
        emit(el, [el], true);
      } else if (tag !== 'H1') {
        yield* visit(el);
      }
      if (sinceStep >= STEP_CHARS) {
        sinceStep = 0;
        yield;
      }
    }
    flush();
  };

  const emit = (host: Element, roots: Node[], own: boolean) => {
    let text = '';
    let linkChars = 0;
    for (const node of roots) {
      const t = node.textContent ?? '';
      text += t;
      if (node.nodeType === 1) linkChars += linkText(node as Element);
    }
    sinceStep += text.length;
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (!trimmed) return;
    // a teaser card is a link wrapped around whole blocks: all of its text is link text
    if (closestTag(host, 'A')) linkChars = trimmed.length;
    const tag = host.nodeName;
    const caption = tag === 'FIGCAPTION' || CAPTION.test(host.getAttribute('class') ?? '');
    out.push({
      kind: caption ? 'caption' : 'paragraph',
      roots: own && roots.length === 1 && roots[0] === host ? [host] : roots,
      host,
      own,
      heading: HEADING.test(tag),
      chars: trimmed.length,
      linkChars: Math.min(linkChars, trimmed.length),
      commas: (trimmed.match(/[,，、]/g) ?? []).length,
      text: trimmed,
    });
  };

  yield* visit(root);
  return out;
}

function linkText(el: Element): number {
  if (el.nodeName === 'A') return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  let sum = 0;
  findDescendant(el, (inner) => {
    if (inner.nodeName === 'A') sum += (inner.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    return false;
  });
  return sum;
}

/** An inline tag (`<span>`, `<a>`) wrapping paragraphs is laid out as a block. */
const hasBlockInside = (el: Element) => findDescendant(el, (inner) => BLOCK_TAGS.has(inner.nodeName)) !== null;
