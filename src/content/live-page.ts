import type { Analysis } from '../core/analyse';
import type { AnnotationKind } from '../core/annotation';
import { ANNOTATION_KINDS } from '../core/annotation';
import type { DomReading } from '../dom/read-page';
import type { PageMention, PageReport, PageState, ShowPosition } from '../shared/protocol';
import type { Result } from '../shared/result';
import type { Settings } from '../shared/settings';
import { anchorMarks } from './anchor-marks';
import { AnnotationIndex } from './annotation-index';
import { mentionContexts } from './mention-contexts';
import type { ToBackground } from './content-api';
import type { Mark, Painter } from './painter';
import { sameText } from './same-text';
import { timeSlicer } from '../shared/yield-to-main';

/** An analysis, with the story's fingerprint for the background's library where the analyser made one. */
export type PageAnalysis = Analysis & { readonly fingerprint?: unknown };

/** Marks handed to the painter at a time; the page gets its main thread back between batches once a slice is spent. */
const PAINT_BATCH = 64;

export interface LivePageDeps {
  readonly doc: Document;
  /** may read in slices that yield to the page (a very long story) */
  read(doc: Document): DomReading | Promise<DomReading>;
  /**
   * analyses a story (the content script asks the background); an error value where it cannot, and
   * the page is then left unpainted until it next changes
   */
  analyse(reading: DomReading): Result<PageAnalysis, string> | Promise<Result<PageAnalysis, string>>;
  readonly painter: Painter;
  send: ToBackground;
  /** runs DOM changes of ours so the page-change watcher does not take them for the page's */
  quietly(change: () => void): void;
  /** told each time a story is painted (what only a painted page needs is set up then) */
  painted?(): void;
}

/** Where a mention is on the page, for the hover card and "show me". */
export interface Hit {
  readonly mark: Mark;
  readonly range: Range;
}

/**
 * The story on the live page: reads it, analyses it, paints it, keeps the painting true to the page as
 * it changes, and reports to the background. The one stateful object of the content script; features
 * (hover, page changes, navigation, messages) drive it from outside.
 */
export class LivePage {
  readonly #deps: LivePageDeps;
  #state: PageState['state'] = 'idle';
  #reading: DomReading | null = null;
  #analysis: PageAnalysis | null = null;
  /** why the story read last is not painted (its analysis failed); null when nothing went wrong */
  #problem: string | null = null;
  /** the marks painted for the story, in the analysis's order */
  #marks: readonly Mark[] = [];
  /** the marks by position, built at the first question that needs it (hover, "show me"), not while painting */
  #index: AnnotationIndex<Mark> | null = null;
  /** the element around the story (one level above its nodes' common ancestor), once painted */
  #storyRoot: Node | null = null;
  /** the marks over each text node, to drop at once those whose words the page edits */
  #marksOfNode = new Map<Node, Mark[]>();
  /** bumped by every new reading or clear, so a paint still yielding knows it was overtaken */
  #generation = 0;
  /** bumped by every clear, so a reading or an analysis still awaited knows its page is gone */
  #ticket = 0;
  /** the reading and analysis under way: one at a time, so a slow analysis is never overtaken by a page change */
  #running: Promise<void> | null = null;
  /** what runs once the current one is done: the latest request (an annotation before a refresh) */
  #next: { annotate: boolean; task: () => Promise<void> } | null = null;
  #forced = false;
  /** whether we follow the page (until the reader clears it or switches the site off) */
  #active = false;
  #reported: PageAnalysis | null = null;
  /** times the page was read (page:state tells it, so a check from outside can bound our work) */
  #readings = 0;
  #showNext = new Map<string, number>();

  constructor(deps: LivePageDeps, settings: Settings) {
    this.#deps = deps;
    for (const kind of ANNOTATION_KINDS) deps.painter.setShown(kind, settings.shown[kind]);
  }

  get analysis(): Analysis | null {
    return this.#state === 'annotated' ? this.#analysis : null;
  }

  state(): PageState {
    const painted = { person: 0, place: 0, organization: 0, quote: 0 } as Record<AnnotationKind, number>;
    const shown = { person: true, place: true, organization: true, quote: true } as Record<AnnotationKind, boolean>;
    for (const kind of ANNOTATION_KINDS) {
      painted[kind] = this.#deps.painter.count(kind);
      shown[kind] = this.#deps.painter.isShown(kind);
    }
    const renderer = this.#state === 'annotated' ? this.#deps.painter.renderer : 'none';
    const names = this.#deps.painter.names;
    const readings = this.#readings;
    const state: PageState = names
      ? { state: this.#state, painted, renderer, shown, highlights: names, readings }
      : { state: this.#state, painted, renderer, shown, readings };
    if (this.#problem !== null) state.problem = this.#problem;
    return state;
  }

  /** Reads, analyses and paints the page; `force` annotates a page not detected as an article. */
  async annotate(force = false): Promise<PageState> {
    if (force) this.#forced = true;
    this.#active = true;
    await this.#serially(true, () => this.#annotateNow());
    return this.state();
  }

  /**
   * The page changed under us. Highlights whose words were rewritten are dropped at once; if the
   * story's text is unchanged the rest are re-anchored on the fresh reading without analysing again,
   * otherwise the new text is analysed and painted (a late paragraph, a rewritten sentence).
   */
  async refresh(): Promise<void> {
    if (!this.#active) return;
    await this.#serially(false, () => (this.#reading ? this.#refreshNow() : this.#annotateNow()));
  }

  async #annotateNow(): Promise<void> {
    // Queued behind a reading that was then cleared (the site switched off): nothing to do.
    if (!this.#active) return;
    const ticket = this.#ticket;
    this.#unpaintForReading();
    const reading = await this.#read();
    if (ticket !== this.#ticket) return;
    const analysis = await this.#analyse(reading);
    if (ticket !== this.#ticket) return;
    if (!analysis.ok) return this.#unanalysed(analysis.error);
    await this.#show(reading, analysis.value);
  }

  async #refreshNow(): Promise<void> {
    if (!this.#reading || !this.#active) return;
    const ticket = this.#ticket;
    const model = this.#reading.model.text;
    const stale = this.#deps.painter.marks().filter((mark) => {
      const range = this.#deps.painter.rangeOf(mark);
      return !range || !sameText(range.toString(), model.slice(mark.annotation.start, mark.annotation.end));
    });
    if (stale.length > 0) this.#deps.quietly(() => this.#deps.painter.drop(stale));
    const wrapping = this.#deps.painter.renderer === 'wrap';
    if (wrapping) this.#unpaintForReading();
    const reading = await this.#read();
    if (ticket !== this.#ticket) return;
    if (reading.model.text === model && this.#state === 'not-article') return;
    if (reading.model.text === model && this.#analysis && this.#state === 'annotated') {
      if (stale.length === 0 && !wrapping) {
        this.#reading = reading;
        return;
      }
      await this.#show(reading, this.#analysis);
      return;
    }
    const analysis = await this.#analyse(reading);
    if (ticket !== this.#ticket) return;
    if (!analysis.ok) return this.#unanalysed(analysis.error);
    await this.#show(reading, analysis.value);
  }

  /**
   * Runs one reading at a time. A request while one is under way waits for it, then runs once (the
   * latest request; an annotation wins over a refresh): a page that keeps changing while a long story
   * is analysed gets that analysis painted, then one fresh look, never an endless restart.
   */
  #serially(annotate: boolean, task: () => Promise<void>): Promise<void> {
    if (this.#running) {
      if (!this.#next?.annotate || annotate) this.#next = { annotate, task };
      return this.#running;
    }
    const drain = async () => {
      try {
        for (let current: (() => Promise<void>) | undefined = task; current; current = this.#takeNext()) await current();
      } finally {
        this.#running = null;
        this.#next = null;
      }
    };
    this.#running = drain();
    return this.#running;
  }

  #takeNext(): (() => Promise<void>) | undefined {
    const next = this.#next;
    this.#next = null;
    return next?.task;
  }

  /**
   * The story could not be analysed (the background did not answer). A page already painted keeps
   * its highlights, which still hold their words; one not painted yet stays as it is, with nothing
   * half-drawn. Either way the next change of the page tries again (a reading it has not analysed).
   */
  #unanalysed(problem: string): void {
    this.#problem = problem;
    if (this.#state === 'annotated') {
      // A different text than the one painted: the next refresh sees it changed and analyses again.
      return;
    }
    this.#reading = null;
    this.#analysis = null;
    this.#state = 'idle';
  }

  /**
   * Whether a change at this node can matter to the story. Once a story is painted, changes in other
   * parts of the page (a ticker, a sidebar, ads) are not worth a new reading; before, any change can
   * be the story arriving.
   */
  concerns(node: Node): boolean {
    const root = this.#storyRoot;
    if (this.#state !== 'annotated' || !root?.isConnected) return true;
    return root.contains(node) || node.contains(root);
  }

  /**
   * The page edited or removed these text nodes: the highlights over them that no longer hold their
   * words go now, before the debounced `refresh` re-reads the page, so none shows on wrong words
   * even for a moment.
   */
  recheck(nodes: readonly Node[]): void {
    const { painter } = this.#deps;
    if (this.#state !== 'annotated') return;
    const model = this.#reading?.model.text ?? '';
    // The wrapping fallback has split the page's text nodes into pieces of its own: check every mark.
    const candidates = painter.renderer === 'wrap' ? painter.marks() : nodes.flatMap((node) => this.#marksOfNode.get(node) ?? []);
    const stale = new Set<Mark>();
    for (const mark of candidates) {
      const range = painter.rangeOf(mark);
      if (!range || !sameText(range.toString(), model.slice(mark.annotation.start, mark.annotation.end))) stale.add(mark);
    }
    if (stale.size > 0) this.#deps.quietly(() => painter.drop([...stale]));
  }

  /** Client-side navigation: the old story's highlights and report go; the next `refresh` reads afresh. */
  forget(): void {
    const active = this.#active;
    this.#forced = false;
    this.clear();
    this.#active = active;
  }

  /** Removes every highlight and stops following the page; the page is as it was. */
  clear(): PageState {
    this.#active = false;
    this.#generation++;
    this.#deps.quietly(() => this.#deps.painter.clear());
    this.#forgetMarks();
    this.#marksOfNode.clear();
    this.#storyRoot = null;
    this.#analysis = null;
    this.#reading = null;
    this.#state = 'idle';
    this.#problem = null;
    this.#ticket++;
    this.#next = null;
    this.#report(null);
    return this.state();
  }

  /** Shows or hides one kind, or all (`kind` absent); `on` absent flips. Turning on an idle page annotates it. */
  async toggle(kind?: AnnotationKind, on?: boolean): Promise<PageState> {
    const { painter } = this.#deps;
    const kinds = kind ? [kind] : ANNOTATION_KINDS;
    const target = on ?? !kinds.some((k) => painter.isShown(k));
    this.#deps.quietly(() => {
      for (const k of kinds) painter.setShown(k, target);
    });
    if (target && this.#state === 'idle') return this.annotate(this.#forced);
    return this.state();
  }

  /** Scrolls the next mention of `ref` into view and flashes it; null where it has none on the page. */
  showNext(ref: string): ShowPosition | null {
    const painted = new Set(this.#deps.painter.marks());
    const hits = this.#markIndex().of(ref).flatMap((mark) => {
      const range = painted.has(mark) ? this.#deps.painter.rangeOf(mark) : null;
      return range ? [{ mark, range }] : [];
    });
    if (hits.length === 0) return null;
    const index = (this.#showNext.get(ref) ?? 0) % hits.length;
    this.#showNext.set(ref, index + 1);
    const hit = hits[index]!;
    const element = hit.range.startContainer.parentElement;
    if (typeof element?.scrollIntoView === 'function') element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'smooth' });
    this.#deps.quietly(() => this.#deps.painter.flash(hit.mark));
    return { index: index + 1, total: hits.length };
  }

  /** Every mention painted (shown or hidden by its kind's switch) with its context in the story's text. */
  mentions(): PageMention[] {
    const model = this.#reading?.model;
    if (this.#state !== 'annotated' || !model) return [];
    return mentionContexts(this.#deps.painter.marks().map((mark) => mark.annotation), model);
  }

  /**
   * The report this page last sent, as it sent it (fingerprint included), while its story is painted;
   * null otherwise. The background asks for it where its stored copy was lost or corrupt.
   */
  reported(url: string): PageReport | null {
    const analysis = this.#reported;
    if (!analysis || this.#state !== 'annotated') return null;
    const { fingerprint } = analysis;
    return fingerprint === undefined ? { report: analysis.report, url } : { report: analysis.report, fingerprint, url };
  }

  /** The shown highlights at a DOM position (innermost first), e.g. under the pointer. */
  hitsAt(node: Node, offset: number): Hit[] {
    const { painter } = this.#deps;
    let marks: Mark[];
    if (painter.marksAtNode) {
      marks = painter.marksAtNode(node);
    } else {
      const at = this.#reading?.anchors.offsetAt(node, offset);
      if (at === null || at === undefined) return [];
      // A caret between two characters: the one after it, else the one before (the end of a word).
      const index = this.#markIndex();
      const found = index.at(at);
      marks = found.length > 0 ? found : index.at(at - 1);
    }
    return marks.flatMap((mark) => {
      const range = painter.isShown(mark.annotation.kind) ? painter.rangeOf(mark) : null;
      return range ? [{ mark, range }] : [];
    });
  }

  applySettings(settings: Settings): void {
    const { painter } = this.#deps;
    this.#deps.quietly(() => {
      painter.setColours(settings.colours);
      for (const kind of ANNOTATION_KINDS) painter.setShown(kind, settings.shown[kind]);
    });
  }

  /** A page that is not a story needs no analysis. */
  async #analyse(reading: DomReading): Promise<Result<PageAnalysis | null, string>> {
    return reading.article.detected ? this.#deps.analyse(reading) : { ok: true, value: null };
  }

  async #read(): Promise<DomReading> {
    this.#readings += 1;
    const reading = await this.#deps.read(this.#deps.doc);
    if (!this.#forced || reading.article.detected) return reading;
    return { ...reading, article: { ...reading.article, detected: true } };
  }

  /** The wrapping fallback splits the page's text nodes: undo that before reading the page again. */
  #unpaintForReading(): void {
    if (this.#deps.painter.renderer !== 'wrap') return;
    this.#deps.quietly(() => this.#deps.painter.clear());
    this.#forgetMarks();
  }

  #forgetMarks(): void {
    this.#marks = [];
    this.#index = null;
  }

  #markIndex(): AnnotationIndex<Mark> {
    this.#index ??= new AnnotationIndex(this.#marks);
    return this.#index;
  }

  async #show(reading: DomReading, analysis: PageAnalysis | null): Promise<void> {
    const generation = ++this.#generation;
    const { painter } = this.#deps;
    if (!reading.article.detected || !analysis) {
      this.#deps.quietly(() => painter.clear());
      this.#forgetMarks();
      this.#reading = reading;
      this.#analysis = null;
      this.#state = 'not-article';
      this.#problem = null;
      this.#report(null);
      return;
    }
    // Ranges first, in slices that give the page its main thread back; the page is left as it is
    // until every range is known, so a long story never shows half its old and half its new marks.
    const slicer = timeSlicer();
    const anchored = await anchorMarks(analysis.annotations, reading.anchors, slicer, () => generation === this.#generation);
    if (!anchored) return;
    const { marks, marksOfNode } = anchored;
    // Painting starts in a slice of its own: the last of the anchoring may have spent this one. Nothing
    // here maps over every mark at once: the index for hit-testing is built when first asked for.
    if (slicer.due()) {
      await slicer.next();
      if (generation !== this.#generation) return;
    }
    this.#deps.quietly(() => painter.clear());
    this.#marks = marks;
    this.#index = null;
    this.#marksOfNode = marksOfNode;
    const whole = reading.anchors.rangeFor({ start: 0, end: reading.model.text.length });
    this.#storyRoot = whole?.commonAncestorContainer.parentNode ?? null;
    this.#reading = reading;
    this.#analysis = analysis;
    this.#showNext.clear();
    // What the first slice added (the story's start, where a reader who just opened the page is) is
    // drawn before the first pause; the rest at the end, in one change: each change of the Highlight
    // API's highlights makes the browser mark every registered range again. The wrapping fallback
    // plans its splits on the page as read, so it draws everything at the end.
    let drawnEarly = painter.renderer !== 'highlight-api';
    for (let from = 0; from < marks.length; from += PAINT_BATCH) {
      if (from > 0 && slicer.due()) {
        if (!drawnEarly) this.#deps.quietly(() => painter.flush());
        drawnEarly = true;
        await slicer.next();
        if (generation !== this.#generation) return;
      }
      const batch = marks.slice(from, from + PAINT_BATCH);
      this.#deps.quietly(() => painter.add(batch));
    }
    this.#deps.quietly(() => painter.flush());
    // 'annotated' only once every mark is on the page: a reader (or a test) asking mid-paint sees the
    // state before, never a story reported as painted with half its marks missing.
    this.#state = 'annotated';
    this.#problem = null;
    this.#report(analysis);
    this.#deps.painted?.();
  }

  #report(analysis: PageAnalysis | null): void {
    if (analysis === this.#reported) return;
    if (analysis) {
      const { fingerprint } = analysis;
      this.#deps.send('report:put', fingerprint === undefined ? { report: analysis.report } : { report: analysis.report, fingerprint });
    } else {
      this.#deps.send('report:clear', {});
    }
    this.#reported = analysis;
  }
}
