import type { AnnotationKind } from '../core/annotation';
import { ANNOTATION_KINDS } from '../core/annotation';
import { declarations, flashStyle, kindStyle } from './kind-style';
import type { PageStyleSheet } from './page-style-sheet';
import { adoptStyleSheet } from './page-style-sheet';
import type { Mark, Painter } from './painter';

/** What the painter needs from the page: tests hand in fakes, the content script the real thing. */
export interface HighlightEnv {
  readonly registry: Pick<HighlightRegistry, 'set' | 'delete' | 'has'>;
  createHighlight(ranges: Range[]): Highlight;
  adoptSheet(css: string): PageStyleSheet;
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
 * Highlight per kind in `CSS.highlights`, styled by `::highlight()` rules in a constructed sheet. The
 * page's DOM is never touched. Names carry a random part so a page cannot guess or pre-empt them.
 */
export class HighlightApiPainter implements Painter {
  readonly renderer = 'highlight-api' as const;
  readonly #env: HighlightEnv;
  readonly #names: Record<AnnotationKind | 'flash', string>;
  readonly #highlights = new Map<AnnotationKind, Highlight>();
  readonly #shown: Record<AnnotationKind, boolean>;
  #marks: Mark[] = [];
  #colours: Record<AnnotationKind, string>;
  #sheet: PageStyleSheet | null = null;
  #flashTimer: number | null = null;
  #watchTimer: number | null = null;

  constructor(env: HighlightEnv, colours: Record<AnnotationKind, string>, shown: Record<AnnotationKind, boolean>, salt: string) {
    this.#env = env;
    this.#colours = { ...colours };
    this.#shown = { ...shown };
    this.#names = {
      person: `sl-${salt}-person`,
      place: `sl-${salt}-place`,
      organization: `sl-${salt}-organization`,
      quote: `sl-${salt}-quote`,
      flash: `sl-${salt}-flash`,
    };
  }

  add(marks: readonly Mark[]): void {
    if (marks.length === 0) return;
    this.#sheet ??= this.#env.adoptSheet(this.#css());
    for (const mark of marks) {
      this.#marks.push(mark);
      this.#highlightOf(mark.annotation.kind).add(mark.range);
    }
    this.#watch();
  }

  flush(): void {}

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
    this.#sheet?.replace(this.#css());
  }

  count(kind: AnnotationKind): number {
    this.#restore();
    return this.#shown[kind] ? (this.#highlights.get(kind)?.size ?? 0) : 0;
  }

  drop(marks: readonly Mark[]): void {
    const gone = new Set(marks);
    for (const mark of gone) this.#highlights.get(mark.annotation.kind)?.delete(mark.range);
    this.#marks = this.#marks.filter((mark) => !gone.has(mark));
  }

  rangeOf(mark: Mark): Range | null {
    return mark.range.collapsed ? null : mark.range;
  }

  flash(mark: Mark): void {
    this.#sheet ??= this.#env.adoptSheet(this.#css());
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
    this.#marks = [];
    this.#sheet?.remove();
    this.#sheet = null;
  }

  #highlightOf(kind: AnnotationKind): Highlight {
    let highlight = this.#highlights.get(kind);
    if (!highlight) {
      highlight = this.#env.createHighlight([]);
      highlight.priority = PRIORITY[kind];
      this.#highlights.set(kind, highlight);
      if (this.#shown[kind]) this.#env.registry.set(this.#names[kind], highlight);
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

  #css(): string {
    const rules = ANNOTATION_KINDS.map(
      (kind) => `::highlight(${this.#names[kind]}) { ${declarations(kindStyle(kind, this.#colours[kind]))} }`,
    );
    rules.push(`::highlight(${this.#names.flash}) { ${declarations(flashStyle())} }`);
    return rules.join('\n');
  }
}

/** The page's own Highlight API, where the browser has it. */
export function pageHighlightEnv(doc: Document): HighlightEnv | null {
  const view = doc.defaultView;
  const registry = view?.CSS?.highlights;
  if (!view || !registry || typeof view.Highlight !== 'function') return null;
  return {
    registry,
    createHighlight: (ranges) => new view.Highlight(...ranges),
    adoptSheet: (css) => adoptStyleSheet(doc, css),
    setTimeout: (callback, ms) => view.setTimeout(callback, ms),
    clearTimeout: (id) => view.clearTimeout(id),
  };
}
