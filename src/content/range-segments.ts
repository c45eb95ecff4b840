const TEXT_NODE = 3;
const SHOW_TEXT = 4;

/** A stretch of one text node: `node.data.slice(start, end)`. */
export interface TextSegment {
  readonly node: Text;
  readonly start: number;
  readonly end: number;
}

/**
 * The text-node stretches a Range covers, in document order. Stretches of white space only are left
 * out: wrapping them would put elements where the page's markup allows none (between table rows).
 */
export function rangeSegments(range: Range): TextSegment[] {
  const doc = range.startContainer.ownerDocument ?? (range.startContainer as Document);
  const root = range.commonAncestorContainer;
  const segments: TextSegment[] = [];
  const push = (node: Text) => {
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.length;
    if (end > start && /\S/.test(node.data.slice(start, end))) segments.push({ node, start, end });
  };
  if (root.nodeType === TEXT_NODE) {
    push(root as Text);
    return segments;
  }
  // Walk from the range's first text node, not from the top of its common ancestor: a range that
  // crosses two paragraphs would otherwise walk every text node of the page before it.
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let node: Node | null;
  if (range.startContainer.nodeType === TEXT_NODE) {
    walker.currentNode = range.startContainer;
    node = range.startContainer;
  } else {
    node = walker.nextNode();
  }
  for (; node; node = walker.nextNode()) {
    if (range.intersectsNode(node)) push(node as Text);
    else if (segments.length > 0 || range.comparePoint(node, 0) > 0) break;
  }
  return segments;
}
