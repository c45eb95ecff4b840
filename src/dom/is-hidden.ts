/**
 * Whether an element is hidden from the reader, decided without layout: the `hidden` attribute,
 * `aria-hidden="true"`, an inline `display:none` / `visibility:hidden`, and the class names sites
 * use for the same. Cheap enough for every element of a walk; `isHiddenByStyle` (computed style)
 * is the expensive check kept for candidate containers.
 */
export function isHiddenCheaply(el: Element): boolean {
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
 * The computed-style check, for the few elements worth it. `checkVisibility` (Chromium 105,
 * Firefox 106) also sees hidden ancestors and costs no style recalculation on a laid-out page;
 * jsdom has neither layout nor that method, so there the element's own computed style decides.
 */
export function isHiddenByStyle(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  const view = el.ownerDocument.defaultView;
  if (typeof check === 'function' && hasLayout(el)) return !check.call(el, { visibilityProperty: true });
  if (!view) return false;
  const style = view.getComputedStyle(el);
  if (style.display === 'none') return true;
  if (style.visibility !== 'hidden') return false;
  // Anti-flicker snippets (A/B testing tools) hide the whole body until their script runs; a saved
  // page keeps that rule, a live one drops it. Only hiding below the body counts.
  const body = el.ownerDocument.body;
  return !body || el === body || view.getComputedStyle(body).visibility !== 'hidden';
}

/** jsdom implements `checkVisibility` in newer versions but, without layout, answers false for everything. */
function hasLayout(el: Element): boolean {
  const body = el.ownerDocument.body;
  return body !== null && body.getClientRects().length > 0;
}
