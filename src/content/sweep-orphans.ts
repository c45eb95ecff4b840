import { CARD_TAG_SHAPE } from './card-tag';

/** Highlight names of Story Lens before they were random letters: `sl-<six letters>-<kind>`. */
const OLD_HIGHLIGHT = /^sl-[a-z]{6}-(person|place|organization|quote|flash)$/;
/** A rule of our fallback sheet: `::highlight(<name>) { … }` (see highlightCss). */
const OUR_RULE = /^::highlight\(([a-z]{12}|sl-[a-z]{6}-[a-z]+)\)\s*\{/;
/** The card's tag before it was random: what a Story Lens updated while its card showed left. */
const LEGACY_CARD_TAG = 'story-lens-card';
/** Our sheets hold one rule per kind and the flash, nothing else. */
const OUR_RULES = 5;

/**
 * Removes what an earlier Story Lens left on this page and can no longer remove itself. Firefox
 * injects the content script again into open tabs when the extension is reloaded or updated, after
 * destroying the old script's world but not what it drew: its highlights, a style sheet it adopted
 * (where the background could not insert one) and a hover card that was showing stay in the
 * document. Left there, they would double the new painting and survive every toggle.
 *
 * Highlights are random names now, so an earlier instance's are found through what names them: its
 * adopted sheet's rules here, or the background's record of the sheet it inserted in this tab
 * (`highlights:style` answers those names). A page that shapes names or sheets like ours only gets
 * them removed; it cannot stop ours.
 */
export function sweepOrphans(doc: Document): void {
  // Best effort: a failure here must never keep Story Lens from starting.
  try {
    const names = new Set<string>();
    if ('adoptedStyleSheets' in doc) {
      const kept = doc.adoptedStyleSheets.filter((sheet) => {
        const named = ourSheetNames(sheet);
        for (const name of named ?? []) names.add(name);
        return named === null;
      });
      if (kept.length !== doc.adoptedStyleSheets.length) doc.adoptedStyleSheets = kept;
    }
    const registry = doc.defaultView?.CSS?.highlights;
    if (registry) for (const name of highlightNames(doc, registry)) if (names.has(name) || OLD_HIGHLIGHT.test(name)) registry.delete(name);
    for (const element of [...doc.documentElement.children]) if (isCardHost(doc, element)) element.remove();
  } catch {
    // nothing to sweep that we can reach
  }
}

/**
 * An earlier instance's hover card host (hover-card.ts `closedHost`), whose tag was random and is
 * not known here: an element of our tag's shape (or the fallback `<div>`, where a page took the
 * tag) straight under `<html>`, empty in the light DOM, with its shadow root closed, and the card's
 * own important inline styles (fixed, topmost, click-through). A page element would have to copy
 * all of that, in that place, to be taken for it.
 */
function isCardHost(doc: Document, element: Element): boolean {
  if (element === doc.head || element === doc.body || element.childNodes.length > 0) return false;
  const tag = element.localName;
  if (tag !== 'div' && tag !== LEGACY_CARD_TAG && !CARD_TAG_SHAPE.test(tag)) return false;
  const { style } = element as HTMLElement;
  if (!style || (element as HTMLElement).shadowRoot !== null) return false;
  const important = (property: string, value: string) => style.getPropertyValue(property) === value && style.getPropertyPriority(property) === 'important';
  return important('position', 'fixed') && important('z-index', '2147483647') && important('pointer-events', 'none') && important('display', 'block');
}

/** The highlight names of a sheet shaped like ours, or null where it is not ours. */
function ourSheetNames(sheet: CSSStyleSheet): string[] | null {
  try {
    const rules = [...sheet.cssRules].map((rule) => rule.cssText);
    if (rules.length !== OUR_RULES) return null;
    const names = rules.map((rule) => OUR_RULE.exec(rule)?.[1]);
    return names.every((name) => name !== undefined) ? (names as string[]) : null;
  } catch {
    return null; // a sheet of a destroyed world can throw on access ("dead object")
  }
}

/**
 * The registry's names. Firefox's content-script view of the registry (an Xray wrapper) does not
 * iterate, so there the page's own view is read (`wrappedJSObject`); only names are taken from it.
 */
function highlightNames(doc: Document, registry: HighlightRegistry): string[] {
  try {
    return [...registry.keys()];
  } catch {
    const waived = (doc.defaultView as { wrappedJSObject?: { CSS?: { highlights?: HighlightRegistry } } } | null)?.wrappedJSObject;
    const names: string[] = [];
    // Only calls into the page's objects: a callback of ours handed to the page would be refused.
    const keys = waived?.CSS?.highlights?.keys();
    for (let next = keys?.next(); next && !next.done && names.length < 10_000; next = keys?.next()) {
      if (typeof next.value === 'string') names.push(next.value);
    }
    return names;
  }
}
