import type { Annotation } from '../core/annotation';

/** What the index holds: anything over one annotation (the painted marks). */
export interface Annotated {
  readonly annotation: Annotation;
}

/** Orders by start, the longer first where two start together (the analysis's own order). */
const byStart = (a: Annotated, b: Annotated) => a.annotation.start - b.annotation.start || b.annotation.end - a.annotation.end;

/**
 * The painted marks sorted by start, for hit-testing: which marks cover a text offset. Lookup is a
 * binary search plus a short walk back bounded by a running maximum of ends, so a long quotation that
 * opened far earlier is still found without scanning everything before it. Marks that come in order
 * (the analysis sorts its annotations so) are indexed as they are: no copy, no sort.
 */
export class AnnotationIndex<T extends Annotated> {
  readonly #sorted: readonly T[];
  /** maxEnd[i]: the largest `end` among sorted[0..i] */
  readonly #maxEnd: Float64Array;

  constructor(items: readonly T[]) {
    this.#sorted = inOrder(items) ? items : [...items].sort(byStart);
    this.#maxEnd = new Float64Array(this.#sorted.length);
    let max = -1;
    for (let i = 0; i < this.#sorted.length; i++) {
      max = Math.max(max, this.#sorted[i]!.annotation.end);
      this.#maxEnd[i] = max;
    }
  }

  get size(): number {
    return this.#sorted.length;
  }

  /** Every item whose annotation has start ≤ offset < end, innermost (shortest) first. */
  at(offset: number): T[] {
    let low = 0;
    let high = this.#sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.#sorted[mid]!.annotation.start <= offset) low = mid + 1;
      else high = mid;
    }
    const found: T[] = [];
    for (let i = low - 1; i >= 0 && this.#maxEnd[i]! > offset; i--) {
      const item = this.#sorted[i]!;
      if (item.annotation.end > offset) found.push(item);
    }
    const length = (item: T) => item.annotation.end - item.annotation.start;
    return found.sort((a, b) => length(a) - length(b));
  }

  /** The mentions of one entity or quote in text order. */
  of(ref: string): T[] {
    return this.#sorted.filter((item) => item.annotation.ref === ref);
  }
}

function inOrder(items: readonly Annotated[]): boolean {
  for (let i = 1; i < items.length; i++) if (byStart(items[i - 1]!, items[i]!) > 0) return false;
  return true;
}
