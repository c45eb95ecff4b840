/** A DOM position: a text node and a character offset, or an element and a child index. */
export interface DomPosition {
  readonly node: Node;
  readonly offset: number;
}

/**
 * The text position under a viewport point: `caretPositionFromPoint` (the standard; Firefox, Chrome
 * 128+) or `caretRangeFromPoint` (older Chrome). This is how hover works without
 * `highlightsFromPoint`, which Chrome < 140 and Firefox < 150 lack.
 */
export function caretAtPoint(doc: Document, x: number, y: number): DomPosition | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const legacy = doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
  if (typeof legacy.caretRangeFromPoint === 'function') {
    const range = legacy.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** Whether a point lies inside one of a range's boxes (a caret can land beside a word, not on it). */
export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}
