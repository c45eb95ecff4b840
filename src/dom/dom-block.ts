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

/** The children of a node as the page renders them: an open shadow root replaces the light children. */
export function renderedChildren(node: Node): ArrayLike<Node> {
  const shadow = (node as Element).shadowRoot;
  if (shadow) return shadow.childNodes;
  if (node.nodeName === 'SLOT') {
    const assigned = (node as HTMLSlotElement).assignedNodes?.() ?? [];
    if (assigned.length > 0) return assigned;
  }
  return node.childNodes;
}
