import type { Annotation, AnnotationKind } from '../core/annotation';
import type { Renderer } from '../shared/protocol';

/** One annotation with the live DOM Range it covers on the page. */
export interface Mark {
  readonly annotation: Annotation;
  readonly range: Range;
}

/**
 * Draws marks on the page. Two implementations: the CSS Custom Highlight API (the DOM is not touched)
 * and element wrapping where that API is missing. Both keep every mark so that toggling a kind off and
 * on, recolouring and clearing need no new reading of the page.
 */
export interface Painter {
  readonly renderer: Exclude<Renderer, 'none'>;
  /** each kind's name in the page's highlight registry, where the painter uses it */
  readonly names?: Record<AnnotationKind, string>;
  /** adds marks; they show at the next `flush` unless their kind is hidden */
  add(marks: readonly Mark[]): void;
  /** draws whatever `add` queued, in one change of the page's painting */
  flush(): void;
  /** every mark held, shown or not, in the order added */
  marks(): readonly Mark[];
  /** shows or hides one kind without forgetting its marks */
  setShown(kind: AnnotationKind, on: boolean): void;
  isShown(kind: AnnotationKind): boolean;
  setColours(colours: Record<AnnotationKind, string>): void;
  /** the marks of this kind now drawn on the page */
  count(kind: AnnotationKind): number;
  /** forgets marks that no longer hold their text (the page rewrote it) and stops drawing them */
  drop(marks: readonly Mark[]): void;
  /** a Range over the mark's text as the page now stands, null where its text is gone */
  rangeOf(mark: Mark): Range | null;
  /** draws attention to one mark for a moment ("show me") */
  flash(mark: Mark): void;
  /** the marks drawn at a DOM position, innermost first, where the painter can tell without anchors */
  marksAtNode?(node: Node): Mark[];
  /** removes everything: highlights, styles, our elements; the page is as it was */
  clear(): void;
}
