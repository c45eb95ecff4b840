import type { Annotation } from '../core/annotation';
import type { TextAnchors } from '../dom/read-page';
import type { Mark } from './painter';
import { rangeSegments } from './range-segments';
import type { timeSlicer } from '../shared/yield-to-main';

export interface AnchoredMarks {
  readonly marks: Mark[];
  /** the marks over each text node (to find at once those whose words the page edits) */
  readonly marksOfNode: Map<Node, Mark[]>;
}

/**
 * Places annotations on the page: a live Range for each one the anchors can map, in slices that give
 * the main thread back between them. Answers null when `stillWanted` turns false during a pause (a
 * newer reading overtook this one).
 */
export async function anchorMarks(
  annotations: readonly Annotation[],
  anchors: TextAnchors,
  slicer: ReturnType<typeof timeSlicer>,
  stillWanted: () => boolean,
): Promise<AnchoredMarks | null> {
  const marks: Mark[] = [];
  const marksOfNode = new Map<Node, Mark[]>();
  for (const annotation of annotations) {
    const range = anchors.rangeFor(annotation);
    if (range && !range.collapsed) {
      const mark = { annotation, range };
      marks.push(mark);
      noteNodes(marksOfNode, mark);
    }
    if (slicer.due()) {
      await slicer.next();
      if (!stillWanted()) return null;
    }
  }
  return { marks, marksOfNode };
}

/** Notes which text nodes a mark covers (most lie in one node: no tree walk for those). */
function noteNodes(byNode: Map<Node, Mark[]>, mark: Mark): void {
  const { startContainer, endContainer } = mark.range;
  const nodes = startContainer === endContainer ? [startContainer] : rangeSegments(mark.range).map((segment) => segment.node);
  for (const node of nodes) {
    const list = byNode.get(node);
    if (list) list.push(mark);
    else byNode.set(node, [mark]);
  }
}
