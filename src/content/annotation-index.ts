import type { Annotation } from '../core/annotation';

/**
 * The painted annotations sorted by start, for hit-testing: which annotations cover a text offset.
 * Lookup is a binary search plus a short walk back bounded by a running maximum of ends, so a long
 * quotation that opened far earlier is still found without scanning everything before it.
 */
export class AnnotationIndex {
  readonly #sorted: readonly Annotation[];
  /** maxEnd[i]: the largest `end` among sorted[0..i] */
  readonly #maxEnd: Float64Array;

  constructor(annotations: readonly Annotation[]) {
    this.#sorted = [...annotations].sort((a, b) => a.start - b.start || b.end - a.end);
    this.#maxEnd = new Float64Array(this.#sorted.length);
    let max = -1;
    this.#sorted.forEach((annotation, i) => {
      max = Math.max(max, annotation.end);
      this.#maxEnd[i] = max;
    });
  }

  get size(): number {
    return this.#sorted.length;
  }

  /** Every annotation with start ≤ offset < end, innermost (shortest) first. */
  at(offset: number): Annotation[] {
    let low = 0;
    let high = this.#sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.#sorted[mid]!.start <= offset) low = mid + 1;
      else high = mid;
    }
    const found: Annotation[] = [];
    for (let i = low - 1; i >= 0 && this.#maxEnd[i]! > offset; i--) {
      const annotation = this.#sorted[i]!;
      if (annotation.end > offset) found.push(annotation);
    }
    return found.sort((a, b) => a.end - a.start - (b.end - b.start));
  }

  /** The mentions of one entity or quote in text order. */
  of(ref: string): Annotation[] {
    return this.#sorted.filter((annotation) => annotation.ref === ref);
  }
}
