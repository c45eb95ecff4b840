import { CARD_TAG } from './hover-card';

/** Our highlight names: `sl-<six random letters>-<kind>` (see HighlightApiPainter). */
const OUR_HIGHLIGHT = /^sl-[a-z]{6}-(person|place|organization|quote|flash)$/;

/**
 * Removes what an earlier Story Lens left on this page and can no longer remove itself. Firefox
 * injects the content script again into open tabs when the extension is reloaded or updated, after
 * destroying the old script's world but not what it drew: its highlights and style sheet stay in the
 * document. Left there, they would double the new painting and survive every toggle. A page that
 * names its own highlights like ours only gets them removed; it cannot stop ours.
 */
export function sweepOrphans(doc: Document): void {
  // Best effort: a failure here must never keep Story Lens from starting.
  try {
    const registry = doc.defaultView?.CSS?.highlights;
    if (registry) for (const name of highlightNames(doc, registry)) if (OUR_HIGHLIGHT.test(name)) registry.delete(name);
    if ('adoptedStyleSheets' in doc) {
      const kept = doc.adoptedStyleSheets.filter((sheet) => !isOurSheet(sheet));
      if (kept.length !== doc.adoptedStyleSheets.length) doc.adoptedStyleSheets = kept;
    }
    for (const card of doc.querySelectorAll(CARD_TAG)) card.remove();
  } catch {
    // nothing to sweep that we can reach
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

function isOurSheet(sheet: CSSStyleSheet): boolean {
  try {
    const first = sheet.cssRules[0]?.cssText ?? '';
    return /^::highlight\(sl-[a-z]{6}-/.test(first);
  } catch {
    return false; // a sheet of a destroyed world can throw on access ("dead object")
  }
}
