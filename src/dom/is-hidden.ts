/**
 * Whether an element is hidden from the reader, decided without layout: the `hidden` attribute,
 * `aria-hidden="true"`, an inline `display:none` / `visibility:hidden`, and the class names sites
 * use for the same. Cheap enough for every element of a walk; `isHiddenByStyle` (computed style)
 * is the expensive check kept for candidate containers.
 */
export function isHiddenCheaply(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  // aria-hidden hides from assistive technology; sites put it on decorative or duplicated content
  // (icons, carousels' clones), never on the story itself, so it is read as "not story text".
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style !== null && INLINE_HIDDEN.test(style)) return true;
  const className = el.getAttribute('class');
  return className !== null && HIDDEN_CLASS.test(className);
}

const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;
/** Utility classes of common CSS frameworks (Bootstrap, Tailwind, WordPress) that hide content. */
const HIDDEN_CLASS = /(?:^|\s)(?:hidden|hide|is-hidden|d-none|invisible|sr-only|visually-hidden|visuallyhidden|screen-reader-text|screenreader-only|offscreen|u-hidden)(?:\s|$)/i;

/**
 * The computed-style check, for the few elements worth it (candidate containers). In a browser
 * `checkVisibility` (Chromium 105, Firefox 106) answers from the layout it already has, hidden
 * ancestors included. Without layout (jsdom, in the CLI) the first computed-style call of a
 * document runs the whole cascade, which costs more than reading the page: there the cheap checks
 * of `isHiddenCheaply` are all, and text hidden only by a style sheet is read.
 */
export function isHiddenByStyle(el: Element): boolean {
  return hiddenByStyleProbe(el.ownerDocument)(el);
}

/**
 * `isHiddenByStyle` for many elements of one document: the state of the page is read once.
 * Anti-flicker snippets (A/B testing tools) hide the whole body until their script has run;
 * while they do, only `display` says what is hidden.
 */
export function hiddenByStyleProbe(doc: Document): (el: Element) => boolean {
  const body = doc.body;
  if (!body || !canCheckCheaply(body)) return () => false;
  const visibilityProperty = doc.defaultView?.getComputedStyle(body).visibility !== 'hidden';
  return (el) => !(el as Element & { checkVisibility: (options?: object) => boolean }).checkVisibility({ visibilityProperty });
}

const laidOut = new WeakMap<Document, boolean>();

/**
 * Whether the browser can say an element is visible from its own layout: `checkVisibility` exists
 * and the page is laid out (jsdom has no layout, and answers false for every element). Asked once
 * per document.
 */
export function canCheckCheaply(el: Element): boolean {
  const doc = el.ownerDocument;
  let known = laidOut.get(doc);
  if (known === undefined) {
    const body = doc.body;
    known = typeof (el as Element & { checkVisibility?: unknown }).checkVisibility === 'function' &&
      body !== null && body.getClientRects().length > 0;
    laidOut.set(doc, known);
  }
  return known;
}
