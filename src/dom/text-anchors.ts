import type { Span } from '../core/text-model';

/** Maps spans of the text model back to the page's DOM. */
export interface TextAnchors {
  /** the DOM Range covering exactly this span of the model's text, null where it cannot be mapped */
  rangeFor(span: Span): Range | null;
  /** the model offset of a DOM position (e.g. from caretPositionFromPoint), null outside the story */
  offsetAt(node: Node, offset: number): number | null;
}

/**
 * The segment table, sorted by model offset: model characters `[start[i], end[i])` are the
 * characters from `offset[i]` on of Text node `nodes[node[i]]`. Segments never overlap.
 */
export interface SegmentTable {
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly node: Int32Array;
  readonly offset: Int32Array;
}

export const NO_ANCHORS: TextAnchors = { rangeFor: () => null, offsetAt: () => null };

/** Anchors over a segment table: both directions by binary search, no per-character state. */
export function segmentAnchors(nodes: readonly Text[], table: SegmentTable): TextAnchors {
  const { start, end, node, offset } = table;
  const count = start.length;
  if (count === 0) return NO_ANCHORS;
  const index = new Map<Node, number>(nodes.map((n, i) => [n, i]));
  // the first segment of each node: a node's segments are consecutive in the table
  const firstSegment = new Int32Array(nodes.length).fill(-1);
  for (let i = count - 1; i >= 0; i--) firstSegment[node[i] as number] = i;

  /** index of the first segment whose end is after `pos` (count if none) */
  const firstEndingAfter = (pos: number) => {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((end[mid] as number) > pos) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };

  const rangeFor = (span: Span): Range | null => {
    if (!(span.start >= 0 && span.end >= span.start)) return null;
    const first = firstEndingAfter(span.start);
    if (first >= count) return null;
    const doc = (nodes[0] as Text).ownerDocument;
    const range = doc.createRange();
    const startNode = nodes[node[first] as number] as Text;
    const startOffset = (offset[first] as number) + Math.max(0, span.start - (start[first] as number));
    if (span.end === span.start) {
      range.setStart(startNode, startOffset);
      range.collapse(true);
      return range;
    }
    // the last segment that starts before the span's end
    const last = firstEndingAfter(span.end - 1);
    if (last >= count || (start[last] as number) >= span.end || last < first) return null;
    const endNode = nodes[node[last] as number] as Text;
    const endOffset = (offset[last] as number) + (Math.min(span.end, end[last] as number) - (start[last] as number));
    try {
      range.setStart(startNode, startOffset);
      range.setEnd(endNode, endOffset);
    } catch {
      return null; // the page removed or split a node since it was read
    }
    return range;
  };

  const offsetInNode = (nodeIndex: number, at: number): number | null => {
    let seg = firstSegment[nodeIndex] as number;
    if (seg < 0) return null;
    for (; seg < count && node[seg] === nodeIndex; seg++) {
      const from = offset[seg] as number;
      const length = (end[seg] as number) - (start[seg] as number);
      if (at < from) return start[seg] as number; // in skipped characters before this segment
      if (at <= from + length) return (start[seg] as number) + (at - from);
    }
    return end[seg - 1] as number;
  };

  const offsetAt = (target: Node, at: number): number | null => {
    const direct = index.get(target);
    if (direct !== undefined) return offsetInNode(direct, at);
    if (target.nodeType === 3) return null;
    // An element position: the first story text node at or after it, if that node is inside it.
    const doc = target.ownerDocument ?? (target as Document);
    const point = doc.createRange();
    try {
      point.setStart(target, at);
    } catch {
      return null;
    }
    let lo = 0;
    let hi = nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      let cmp: number;
      try {
        cmp = point.comparePoint(nodes[mid] as Node, 0);
      } catch {
        return null; // another tree (a shadow root) than the story's nodes
      }
      if (cmp >= 0) hi = mid;
      else lo = mid + 1;
    }
    const candidate = nodes[lo];
    if (candidate && target.contains(candidate)) return offsetInNode(lo, 0);
    const previous = nodes[lo - 1];
    if (previous && target.contains(previous)) return offsetInNode(lo - 1, previous.data.length);
    return null;
  };

  return { rangeFor, offsetAt };
}
