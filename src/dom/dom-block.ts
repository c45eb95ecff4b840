import type { BlockKind } from '../core/text-model';

/**
 * One block of the story as it sits in the page: its kind and the DOM nodes that hold its text.
 * `roots` are consecutive siblings (a `<p>`, or the run of text and inline tags between two
 * `<br><br>` in an old-style `<div>`); their text, in order, is the block's text.
 */
export interface DomBlock {
  readonly kind: BlockKind;
  readonly roots: readonly Node[];
}

/** Elements that never hold readable story text, whatever their position. */
export const NON_TEXT_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'SVG', 'svg', 'MATH', 'math',
  'VIDEO', 'AUDIO', 'PICTURE', 'IMG', 'SELECT', 'TEXTAREA', 'INPUT', 'BUTTON', 'OPTION', 'HEAD', 'LINK', 'META',
]);

/** Tags that start a new line of text: between them and their neighbours there is white space. */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
  'CENTER', 'CAPTION',
]);

/**
 * The children of a node as the page renders them: an open shadow root replaces the light
 * children, and a `<slot>` shows what is assigned to it. Collected by sibling links, which jsdom
 * serves much faster than indexed `childNodes`.
 */
export function renderedChildren(node: Node): readonly Node[] {
  const shadow = (node as Element).shadowRoot;
  const from: Node = shadow ?? node;
  if (!shadow && node.nodeName === 'SLOT') {
    const assigned = (node as HTMLSlotElement).assignedNodes?.() ?? [];
    if (assigned.length > 0) return assigned;
  }
  const children: Node[] = [];
  for (let child = from.firstChild; child; child = child.nextSibling) children.push(child);
  return children;
}

/** The parent element, crossing out of a shadow root to its host. */
export function parentOf(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === 11) return (parent as ShadowRoot).host ?? null;
  return parent.nodeType === 1 ? (parent as Element) : null;
}

/** `container.contains(node)` across shadow roots: the story may be rendered inside a component. */
export function isInside(node: Node, container: Node): boolean {
  if (container.contains(node)) return true;
  for (let el = parentOf(node); el; el = parentOf(el)) if (el === container) return true;
  return false;
}

/**
 * The first descendant element that `test` accepts, depth first. Walks sibling links instead of
 * `getElementsByTagName`, whose live collection jsdom builds from the whole subtree each call, and
 * without recursion: a page can nest elements deeper than the call stack goes.
 */
export function findDescendant(root: Element, test: (el: Element) => boolean): Element | null {
  for (let el = root.firstElementChild; el; el = nextElementIn(root, el)) if (test(el)) return el;
  return null;
}

/** The nearest ancestor-or-self element with this tag name (upper case), by parent links. */
export function closestTag(el: Element, tag: string): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) if (node.nodeName === tag) return node;
  return null;
}

/**
 * The element after `el` in document order inside `root` (`root`'s own descendants only), or null at the
 * end: the order of `root.getElementsByTagName('*')`, by sibling and parent links. Iterating that live
 * collection in jsdom reads its `length` through a named-property lookup over the whole collection at
 * every step, a walk quadratic in the elements; this one visits each link once. `intoChildren` false
 * skips `el`'s descendants.
 */
export function nextElementIn(root: Element, el: Element, intoChildren = true): Element | null {
  if (intoChildren && el.firstElementChild) return el.firstElementChild;
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    if (node.nextElementSibling) return node.nextElementSibling;
  }
  return null;
}

/**
 * `isInside(node, container)` for many nodes and the same containers: whether a node is one of
 * `containers` or inside one (across shadow roots). Each answer is remembered for every node on the
 * way up, so asking for each paragraph of a page climbs each ancestor once, not once per paragraph
 * below it (a page can hold paragraphs at every level of a 10,000-deep nesting).
 */
export function insideOf(containers: readonly Node[]): (node: Node) => boolean {
  const known = new Map<Node, boolean>();
  for (const container of containers) known.set(container, true);
  return (node) => {
    const path: Node[] = [];
    let answer = false;
    for (let at: Node | null = node; at; at = parentOf(at)) {
      const inside = known.get(at);
      if (inside !== undefined) {
        answer = inside;
        break;
      }
      path.push(at);
    }
    for (const passed of path) known.set(passed, answer);
    return answer;
  };
}
