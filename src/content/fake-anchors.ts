import type { Span } from '../core/text-model';
import type { TextAnchors } from '../dom/read-page';

/**
 * For tests: anchors over every text node under `root`, the model text being their data joined as
 * it is. A span's start is placed at the start of the next node when it falls on a node boundary, its
 * end at the end of the previous one, as a reader's anchors do.
 */
export function fakeAnchors(root: Node): { text: string; anchors: TextAnchors; nodes: Text[] } {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
    starts.push(text.length);
    text += (node as Text).data;
  }
  const locate = (at: number, preferEnd: boolean): [Text, number] | null => {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      const from = starts[i]!;
      const to = from + node.length;
      if (preferEnd ? at > from && at <= to : at >= from && at < to) return [node, at - from];
    }
    return null;
  };
  const anchors: TextAnchors = {
    rangeFor(span: Span) {
      const start = locate(span.start, false);
      const end = locate(span.end, true);
      if (!start || !end) return null;
      const range = doc.createRange();
      range.setStart(...start);
      range.setEnd(...end);
      return range;
    },
    offsetAt(node: Node, offset: number) {
      const i = nodes.indexOf(node as Text);
      return i < 0 ? null : starts[i]! + offset;
    },
  };
  return { text, anchors, nodes };
}
