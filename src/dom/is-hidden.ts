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
 * `checkVisibility` (Chromium 105, Firefox 106) answers from the page's style, hidden ancestors
 * included. Without it (jsdom, in the CLI) the first computed-style call of a document runs the
 * whole cascade, which costs more than reading the page: there the cheap checks of
 * `isHiddenCheaply` are all, and text hidden only by a style sheet is read.
 */
export function isHiddenByStyle(el: Element): boolean {
  return hiddenByStyleProbe(el.ownerDocument)(el);
}

/**
 * `isHiddenByStyle` for many elements of one document: the state of the page is read once.
 * Anti-flicker snippets (A/B testing tools) hide the whole body until their script has run;
 * while they do, only `display` says what is hidden. Asks for style only, never for layout
 * (`getClientRects` would lay the whole page out, milliseconds on a fresh news page).
 */
export function hiddenByStyleProbe(doc: Document): (el: Element) => boolean {
  const body = doc.body as (HTMLElement & Partial<Visible>) | null;
  // jsdom (the CLI, tests) has no layout and no checkVisibility: the cheap checks are all there
  if (!body || typeof body.checkVisibility !== 'function' || !body.checkVisibility()) return NOTHING_HIDDEN;
  const visibilityProperty = body.checkVisibility({ visibilityProperty: true });
  return (el) => !(el as Element & Visible).checkVisibility({ visibilityProperty });
}

interface Visible {
  checkVisibility(options?: { visibilityProperty?: boolean }): boolean;
}

const NOTHING_HIDDEN = () => false;
