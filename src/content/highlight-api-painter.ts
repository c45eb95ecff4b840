import type { AnnotationKind } from '../core/annotation';
import { ANNOTATION_KINDS } from '../core/annotation';
import type { HighlightPart, HighlightStyle } from '../shared/highlight-style';
import type { Mark, Painter } from './painter';

/** The `::highlight()` rules of one painter on the page, in a sheet the painter does not see. */
export interface HighlightSheet {
  replace(style: HighlightStyle): void;
  remove(): void;
}

/** What the painter needs from the page: tests hand in fakes, the content script the real thing. */
export interface HighlightEnv {
  readonly registry: Pick<HighlightRegistry, 'set' | 'delete' | 'has'>;
  createHighlight(ranges: Range[]): Highlight;
  /** puts the rules for `style` on the page (see highlight-sheets.ts for where they go) */
  styleSheet(style: HighlightStyle): HighlightSheet;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

const FLASH_MS = 1600;
/**
 * The highlight registry belongs to the page too: a page script may call `CSS.highlights.clear()` or
 * delete our names. No event says so, so a cheap check (a `has` per kind) puts ours back this often.
 */
const WATCH_MS = 1500;

/** Entities sit above the quotation that contains them; the "show me" flash above everything. */
const PRIORITY: Record<AnnotationKind | 'flash', number> = { quote: 1, person: 2, place: 2, organization: 2, flash: 3 };

/**
 * Paints with the CSS Custom Highlight API (https://drafts.csswg.org/css-highlight-api-1/): one
 * Highlight per kind in `CSS.highlights`, styled by `::highlight()` rules the page's scripts cannot
 * read (highlight-sheets.ts). The page's DOM is never touched. The registry is the page's too, so the
 * names are random letters, new on every page load: a page can neither pre-empt them nor tell them
 * from names of its own or another extension's.
 *
 * Marks added go into highlights that are not registered yet and show at `flush`, which registers
 * them in one change per kind. Chromium marks every range of every registered highlight again at the
 * next frame after any change to one (on a 5 MB story, 91,000 ranges: over half a second of the
 * browser's time per change), so ranges added to a registered highlight slice by slice made it pay
 * that once per frame of the painting.
 */
export class HighlightApiPainter implements Painter {
  readonly renderer = 'highlight-api' as const;
  readonly #env: HighlightEnv;
  readonly #names: Record<HighlightPart, string>;
  /** each kind's highlight as drawn (registered while the kind is shown) */
  readonly #highlights = new Map<AnnotationKind, Highlight>();
  /** each kind's highlight being filled by `add`, not registered until `flush` */
  readonly #filling = new Map<AnnotationKind, Highlight>();
  readonly #shown: Record<AnnotationKind, boolean>;
  #marks: Mark[] = [];
  /** how many of `#marks` (the first ones) the last `flush` drew */
  #drawn = 0;
  #colours: Record<AnnotationKind, string>;
  #sheet: HighlightSheet | null = null;
  #flashTimer: number | null = null;
  #watchTimer: number | null = null;

  constructor(env: HighlightEnv, colours: Record<AnnotationKind, string>, shown: Record<AnnotationKind, boolean>, names: Record<HighlightPart, string>) {
    this.#env = env;
    this.#colours = { ...colours };
    this.#shown = { ...shown };
    this.#names = { ...names };
  }

  /** Each kind's name in the page's registry (for the extension's own callers, never the page). */
  get names(): Record<AnnotationKind, string> {
    const { person, place, organization, quote } = this.#names;
    return { person, place, organization, quote };
  }

  add(marks: readonly Mark[]): void {
    if (marks.length === 0) return;
    this.#sheet ??= this.#env.styleSheet(this.#style());
    for (const mark of marks) {
      this.#marks.push(mark);
      this.#filled(mark.annotation.kind).add(mark.range);
    }
    this.#watch();
  }

  flush(): void {
    for (const [kind, highlight] of this.#filling) {
      this.#highlights.set(kind, highlight);
      if (this.#shown[kind]) this.#env.registry.set(this.#names[kind], highlight);
    }
    this.#filling.clear();
    this.#drawn = this.#marks.length;
  }

  marks(): readonly Mark[] {
    return this.#marks;
  }

  setShown(kind: AnnotationKind, on: boolean): void {
    this.#shown[kind] = on;
    const highlight = this.#highlights.get(kind);
    if (!highlight) return;
    if (on) this.#env.registry.set(this.#names[kind], highlight);
    else this.#env.registry.delete(this.#names[kind]);
  }

  isShown(kind: AnnotationKind): boolean {
    return this.#shown[kind];
  }

  setColours(colours: Record<AnnotationKind, string>): void {
    this.#colours = { ...colours };
    this.#sheet?.replace(this.#style());
  }

  count(kind: AnnotationKind): number {
    this.#restore();
    return this.#shown[kind] ? (this.#highlights.get(kind)?.size ?? 0) : 0;
  }

  drop(marks: readonly Mark[]): void {
    const gone = new Set(marks);
    for (const mark of gone) {
      this.#highlights.get(mark.annotation.kind)?.delete(mark.range);
      this.#filling.get(mark.annotation.kind)?.delete(mark.range);
    }
    this.#drawn = this.#marks.slice(0, this.#drawn).filter((mark) => !gone.has(mark)).length;
    this.#marks = this.#marks.filter((mark) => !gone.has(mark));
  }

  rangeOf(mark: Mark): Range | null {
    return mark.range.collapsed ? null : mark.range;
  }

  flash(mark: Mark): void {
    this.#sheet ??= this.#env.styleSheet(this.#style());
    this.#stopFlash();
    const highlight = this.#env.createHighlight([mark.range]);
    highlight.priority = PRIORITY.flash;
    this.#env.registry.set(this.#names.flash, highlight);
    this.#flashTimer = this.#env.setTimeout(() => this.#stopFlash(), FLASH_MS);
  }

  clear(): void {
    this.#stopFlash();
    if (this.#watchTimer !== null) this.#env.clearTimeout(this.#watchTimer);
    this.#watchTimer = null;
    for (const kind of ANNOTATION_KINDS) this.#env.registry.delete(this.#names[kind]);
    this.#highlights.clear();
    this.#filling.clear();
    this.#marks = [];
    this.#drawn = 0;
    this.#sheet?.remove();
    this.#sheet = null;
  }

  /** The kind's highlight being filled: a new one holding the kind's ranges drawn so far, replacing it at `flush`. */
  #filled(kind: AnnotationKind): Highlight {
    let highlight = this.#filling.get(kind);
    if (!highlight) {
      highlight = this.#env.createHighlight([]);
      highlight.priority = PRIORITY[kind];
      // from our own list: a Highlight of the page is not iterated (in Firefox it is a page object seen through an Xray)
      for (const mark of this.#marks.slice(0, this.#drawn)) if (mark.annotation.kind === kind) highlight.add(mark.range);
      this.#filling.set(kind, highlight);
    }
    return highlight;
  }

  /** Registers again every shown kind the page took out of the registry. */
  #restore(): void {
    for (const [kind, highlight] of this.#highlights) {
      if (this.#shown[kind] && !this.#env.registry.has(this.#names[kind])) this.#env.registry.set(this.#names[kind], highlight);
    }
  }

  #watch(): void {
    if (this.#watchTimer !== null) return;
    this.#watchTimer = this.#env.setTimeout(() => {
      this.#watchTimer = null;
      this.#restore();
      if (this.#marks.length > 0) this.#watch();
    }, WATCH_MS);
  }

  #stopFlash(): void {
    if (this.#flashTimer !== null) this.#env.clearTimeout(this.#flashTimer);
    this.#flashTimer = null;
    this.#env.registry.delete(this.#names.flash);
  }

  #style(): HighlightStyle {
    return { names: { ...this.#names }, colours: { ...this.#colours } };
  }
}

/** The page's own Highlight API, where the browser has it. */
export function pageHighlightEnv(doc: Document, styleSheet: (style: HighlightStyle) => HighlightSheet): HighlightEnv | null {
  const view = doc.defaultView;
  const registry = view?.CSS?.highlights;
  if (!view || !registry || typeof view.Highlight !== 'function') return null;
  return {
    registry,
    createHighlight: (ranges) => new view.Highlight(...ranges),
    styleSheet,
    setTimeout: (callback, ms) => view.setTimeout(callback, ms),
    clearTimeout: (id) => view.clearTimeout(id),
  };
}
