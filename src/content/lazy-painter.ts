import type { AnnotationKind } from '../core/annotation';
import { ANNOTATION_KINDS } from '../core/annotation';
import type { Mark, Painter } from './painter';

/**
 * A painter made only when there is something to draw. Most pages a reader opens are not stories,
 * and there choosing a renderer, drawing random highlight names (the first `crypto` call of a page costs
 * about a millisecond), sending their style to the worker and sweeping an earlier instance's leftovers
 * is work for nothing. Until the first
 * `add`, it remembers the switches and colours and answers for an empty painting.
 */
export class LazyPainter implements Painter {
  readonly #create: () => Painter;
  #real: Painter | null = null;
  readonly #shown: Record<AnnotationKind, boolean>;
  #colours: Record<AnnotationKind, string>;

  constructor(create: () => Painter, shown: Record<AnnotationKind, boolean>, colours: Record<AnnotationKind, string>) {
    this.#create = create;
    this.#shown = { ...shown };
    this.#colours = { ...colours };
  }

  /** The renderer in use; before anything was drawn, the Highlight API's name (there is nothing to undo either way). */
  get renderer(): Painter['renderer'] {
    return this.#real?.renderer ?? 'highlight-api';
  }

  /** The highlight names of the real painter, once there is one. */
  get names(): Painter['names'] {
    return this.#real?.names;
  }

  /** Present once the real painter has it (the wrapping fallback tells marks by node). */
  get marksAtNode(): ((node: Node) => Mark[]) | undefined {
    const real = this.#real;
    return real?.marksAtNode ? (node) => real.marksAtNode!(node) : undefined;
  }

  add(marks: readonly Mark[]): void {
    if (marks.length === 0 && !this.#real) return;
    this.#painter().add(marks);
  }

  flush(): void {
    this.#real?.flush();
  }

  marks(): readonly Mark[] {
    return this.#real?.marks() ?? [];
  }

  setShown(kind: AnnotationKind, on: boolean): void {
    this.#shown[kind] = on;
    this.#real?.setShown(kind, on);
  }

  isShown(kind: AnnotationKind): boolean {
    return this.#real?.isShown(kind) ?? this.#shown[kind];
  }

  setColours(colours: Record<AnnotationKind, string>): void {
    this.#colours = { ...colours };
    this.#real?.setColours(colours);
  }

  count(kind: AnnotationKind): number {
    return this.#real?.count(kind) ?? 0;
  }

  drop(marks: readonly Mark[]): void {
    this.#real?.drop(marks);
  }

  rangeOf(mark: Mark): Range | null {
    return this.#real?.rangeOf(mark) ?? null;
  }

  flash(mark: Mark): void {
    this.#real?.flash(mark);
  }

  clear(): void {
    this.#real?.clear();
  }

  #painter(): Painter {
    if (this.#real) return this.#real;
    const real = this.#create();
    real.setColours(this.#colours);
    for (const kind of ANNOTATION_KINDS) real.setShown(kind, this.#shown[kind]);
    this.#real = real;
    return real;
  }
}
