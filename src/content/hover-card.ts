import type { AnnotationKind } from '../core/annotation';
import type { CardContent } from './card-content';
import { cardTag } from './card-tag';

const GAP = 6;

/**
 * The hover card: a few lines about what is under the pointer, in a closed shadow root on a host of
 * our own. The page's CSS cannot reach inside (and `all: initial` on the host stops inheritance), our
 * styles cannot leak out, and page scripts get `null` from `host.shadowRoot`. Styles are set through
 * the CSSOM, which no `style-src` CSP blocks. The host exists only while the card shows.
 */
export class HoverCard {
  readonly #doc: Document;
  #host: HTMLElement | null = null;
  #colours: Record<AnnotationKind, string>;

  constructor(doc: Document, colours: Record<AnnotationKind, string>) {
    this.#doc = doc;
    this.#colours = { ...colours };
  }

  get shown(): boolean {
    return this.#host !== null;
  }

  /** whether a node is ours (for the page-change watcher to ignore) */
  owns(node: Node): boolean {
    return node === this.#host;
  }

  setColours(colours: Record<AnnotationKind, string>): void {
    this.#colours = { ...colours };
  }

  /** Shows the cards for these annotations (innermost first) beside the rectangle they cover. */
  show(contents: readonly CardContent[], anchor: DOMRect): void {
    this.hide();
    if (contents.length === 0) return;
    const doc = this.#doc;
    const { host, root } = closedHost(doc);
    css(host, {
      all: 'initial',
      position: 'fixed',
      'z-index': '2147483647',
      left: '0px',
      top: '0px',
      'pointer-events': 'none',
      display: 'block',
    });
    const card = doc.createElement('div');
    card.setAttribute('role', 'tooltip');
    css(card, {
      'font': '13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      color: '#111827',
      background: '#ffffff',
      border: '1px solid #d1d5db',
      'border-radius': '8px',
      'box-shadow': '0 6px 20px rgba(0, 0, 0, 0.18)',
      padding: '8px 10px',
      'max-width': '320px',
      'text-align': 'left',
      'white-space': 'normal',
      'overflow-wrap': 'anywhere',
    });
    contents.forEach((content, i) => card.append(this.#entry(content, i > 0)));
    root.append(card);
    doc.documentElement.append(host);
    this.#host = host;
    this.#place(host, card, anchor);
  }

  hide(): void {
    this.#host?.remove();
    this.#host = null;
  }

  #entry(content: CardContent, separated: boolean): HTMLElement {
    const doc = this.#doc;
    const entry = doc.createElement('div');
    if (separated) css(entry, { 'margin-top': '6px', 'padding-top': '6px', 'border-top': '1px solid #e5e7eb' });
    const label = doc.createElement('div');
    css(label, {
      display: 'flex',
      'align-items': 'center',
      gap: '6px',
      'font-size': '11px',
      'font-weight': '600',
      'letter-spacing': '0.04em',
      'text-transform': 'uppercase',
      color: '#4b5563',
    });
    const swatch = doc.createElement('span');
    css(swatch, {
      display: 'inline-block',
      width: '10px',
      height: '10px',
      'border-radius': '2px',
      background: this.#colours[content.kind],
      border: '1px solid rgba(0, 0, 0, 0.35)',
    });
    label.append(swatch, doc.createTextNode(content.label));
    const title = doc.createElement('div');
    css(title, { 'font-weight': '600', 'font-size': '14px', margin: '2px 0' });
    title.textContent = content.title;
    const detail = doc.createElement('div');
    css(detail, { color: '#374151' });
    detail.textContent = content.detail;
    entry.append(label, title, detail);
    return entry;
  }

  /** Below the highlight where there is room, above it otherwise; always inside the viewport. */
  #place(host: HTMLElement, card: HTMLElement, anchor: DOMRect): void {
    const view = this.#doc.defaultView;
    const width = view?.innerWidth ?? 1024;
    const height = view?.innerHeight ?? 768;
    const box = card.getBoundingClientRect();
    const left = Math.max(GAP, Math.min(anchor.left, width - box.width - GAP));
    const below = anchor.bottom + GAP;
    const top = below + box.height <= height ? below : Math.max(GAP, anchor.top - box.height - GAP);
    css(host, { left: `${Math.round(left)}px`, top: `${Math.round(top)}px` });
  }
}

/**
 * Our host and its closed shadow root. A page that saw the card once may define its tag itself and
 * attach a shadow root in its constructor, so that ours cannot be attached; the card then lives on a
 * plain `<div>`, an element no page can take over.
 */
function closedHost(doc: Document): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(cardTag());
  try {
    return { host, root: host.attachShadow({ mode: 'closed' }) };
  } catch {
    const fallback = doc.createElement('div');
    return { host: fallback, root: fallback.attachShadow({ mode: 'closed' }) };
  }
}

function css(element: HTMLElement, declarations: Record<string, string>): void {
  for (const [property, value] of Object.entries(declarations)) element.style.setProperty(property, value, 'important');
}
