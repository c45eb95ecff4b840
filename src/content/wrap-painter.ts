import type { AnnotationKind } from '../core/annotation';
import { declarations, flashStyle, kindStyle } from './kind-style';
import type { Mark, Painter } from './painter';
import type { TextSegment } from './range-segments';
import { rangeSegments } from './range-segments';

/** Our element: a name no page styles or scripts target, never registered as a custom element. */
export const MARK_TAG = 'story-lens-mark';

const FLASH_MS = 1600;

/**
 * The fallback renderer where the Highlight API is missing: wraps the marked text in elements of our
 * own. `add` only notes which text nodes each mark covers (the ranges must all have been made
 * against the page as it was); `flush` splits those nodes and wraps the pieces. `clear` unwraps and
 * merges back exactly the nodes it split, so the DOM is byte-identical to before and the page's own
 * Text nodes keep their identity.
 */
export class WrapPainter implements Painter {
  readonly renderer = 'wrap' as const;
  readonly #doc: Document;
  readonly #shown: Record<AnnotationKind, boolean>;
  #colours: Record<AnnotationKind, string>;
  #marks: Mark[] = [];
  #queued: Array<{ mark: Mark; segments: TextSegment[] }> = [];
  /** each mark's whole text nodes, after splitting */
  readonly #pieces = new Map<Mark, Text[]>();
  readonly #wrappers = new Map<Mark, HTMLElement[]>();
  readonly #markOf = new WeakMap<Node, Mark>();
  /** every split made, in order: `created` came off the end of `original` */
  #splits: Array<{ original: Text; created: Text }> = [];
  #flash: { mark: Mark; timer: number } | null = null;

  constructor(doc: Document, colours: Record<AnnotationKind, string>, shown: Record<AnnotationKind, boolean>) {
    this.#doc = doc;
    this.#colours = { ...colours };
    this.#shown = { ...shown };
  }

  add(marks: readonly Mark[]): void {
    for (const mark of marks) {
      this.#marks.push(mark);
      this.#queued.push({ mark, segments: rangeSegments(mark.range) });
    }
  }

  flush(): void {
    const queued = this.#queued;
    this.#queued = [];
    const pieces = this.#split(queued.flatMap(({ segments }) => segments));
    for (const { mark, segments } of queued) {
      this.#pieces.set(mark, segments.flatMap((segment) => pieces.get(segment) ?? []));
      if (this.#shown[mark.annotation.kind]) this.#wrap(mark);
    }
  }

  marks(): readonly Mark[] {
    return this.#marks;
  }

  setShown(kind: AnnotationKind, on: boolean): void {
    if (this.#shown[kind] === on) return;
    this.#shown[kind] = on;
    for (const mark of this.#marks) {
      if (mark.annotation.kind !== kind) continue;
      if (on) this.#wrap(mark);
      else this.#unwrap(mark);
    }
  }

  isShown(kind: AnnotationKind): boolean {
    return this.#shown[kind];
  }

  setColours(colours: Record<AnnotationKind, string>): void {
    this.#colours = { ...colours };
    for (const [mark, wrappers] of this.#wrappers) for (const wrapper of wrappers) this.#style(wrapper, mark.annotation.kind);
  }

  count(kind: AnnotationKind): number {
    let count = 0;
    for (const mark of this.#wrappers.keys()) if (mark.annotation.kind === kind) count++;
    return count;
  }

  drop(marks: readonly Mark[]): void {
    const gone = new Set(marks);
    for (const mark of gone) {
      this.#unwrap(mark);
      this.#pieces.delete(mark);
    }
    this.#marks = this.#marks.filter((mark) => !gone.has(mark));
    this.#queued = this.#queued.filter(({ mark }) => !gone.has(mark));
  }

  rangeOf(mark: Mark): Range | null {
    const pieces = (this.#pieces.get(mark) ?? []).filter((piece) => piece.isConnected);
    const first = pieces[0];
    const last = pieces.at(-1);
    if (!first || !last) return null;
    const range = this.#doc.createRange();
    range.setStart(first, 0);
    range.setEnd(last, last.length);
    return range;
  }

  marksAtNode(node: Node): Mark[] {
    const found: Mark[] = [];
    for (let at: Node | null = node; at; at = at.parentNode) {
      const mark = this.#markOf.get(at);
      if (mark && this.#wrappers.has(mark)) found.push(mark);
    }
    return found;
  }

  flash(mark: Mark): void {
    this.#endFlash();
    const wrappers = this.#wrappers.get(mark) ?? [];
    for (const wrapper of wrappers) setStyle(wrapper, declarations(flashStyle()));
    const view = this.#doc.defaultView;
    if (view) this.#flash = { mark, timer: view.setTimeout(() => this.#endFlash(), FLASH_MS) };
  }

  clear(): void {
    this.#endFlash();
    for (const mark of [...this.#wrappers.keys()].reverse()) this.#unwrap(mark);
    for (const { original, created } of this.#splits.reverse()) {
      // Merge only what is still as we left it; a node the page moved or edited stays as the page has it.
      if (original.nextSibling === created) {
        original.appendData(created.data);
        created.remove();
      }
    }
    this.#splits = [];
    this.#pieces.clear();
    this.#marks = [];
    this.#queued = [];
  }

  /** Splits text nodes so that every segment is whole nodes; answers each segment's pieces. */
  #split(segments: readonly TextSegment[]): Map<TextSegment, Text[]> {
    const cutsOf = new Map<Text, Set<number>>();
    for (const { node, start, end } of segments) {
      const cuts = cutsOf.get(node) ?? new Set<number>();
      for (const cut of [start, end]) if (cut > 0 && cut < node.length) cuts.add(cut);
      cutsOf.set(node, cuts);
    }
    /** node → its pieces with their start offsets in the original node's text */
    const piecesOf = new Map<Text, Array<{ start: number; text: Text }>>();
    for (const [node, cuts] of cutsOf) {
      const pieces = [{ start: 0, text: node }];
      for (const cut of [...cuts].sort((a, b) => b - a)) {
        const created = node.splitText(cut);
        this.#splits.push({ original: node, created });
        pieces.splice(1, 0, { start: cut, text: created });
      }
      piecesOf.set(node, pieces);
    }
    const result = new Map<TextSegment, Text[]>();
    for (const segment of segments) {
      const pieces = piecesOf.get(segment.node) ?? [];
      result.set(
        segment,
        pieces.filter(({ start, text }) => start >= segment.start && start + text.length <= segment.end).map(({ text }) => text),
      );
    }
    return result;
  }

  #wrap(mark: Mark): void {
    if (this.#wrappers.has(mark)) return;
    const wrappers: HTMLElement[] = [];
    for (const piece of this.#pieces.get(mark) ?? []) {
      const parent = piece.parentNode;
      if (!parent) continue;
      const wrapper = this.#doc.createElement(MARK_TAG);
      this.#style(wrapper, mark.annotation.kind);
      parent.insertBefore(wrapper, piece);
      wrapper.appendChild(piece);
      this.#markOf.set(wrapper, mark);
      wrappers.push(wrapper);
    }
    this.#wrappers.set(mark, wrappers);
  }

  #unwrap(mark: Mark): void {
    for (const wrapper of this.#wrappers.get(mark) ?? []) {
      const parent = wrapper.parentNode;
      if (!parent) continue;
      while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
      wrapper.remove();
    }
    this.#wrappers.delete(mark);
  }

  #style(wrapper: HTMLElement, kind: AnnotationKind): void {
    setStyle(wrapper, declarations(kindStyle(kind, this.#colours[kind], true)));
  }

  #endFlash(): void {
    if (!this.#flash) return;
    const { mark, timer } = this.#flash;
    this.#doc.defaultView?.clearTimeout(timer);
    this.#flash = null;
    for (const wrapper of this.#wrappers.get(mark) ?? []) this.#style(wrapper, mark.annotation.kind);
  }
}

/** Styles through the CSSOM (allowed under any CSP, unlike a `style` attribute in markup), important so page rules cannot win. */
function setStyle(element: HTMLElement, block: string): void {
  element.style.cssText = '';
  element.style.setProperty('all', 'unset', 'important');
  for (const declaration of block.split('; ')) {
    const colon = declaration.indexOf(': ');
    element.style.setProperty(declaration.slice(0, colon), declaration.slice(colon + 2), 'important');
  }
}
