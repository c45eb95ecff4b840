/** A style sheet of ours on the page, replaced in place and removed without a trace. */
export interface PageStyleSheet {
  replace(css: string): void;
  remove(): void;
}

/**
 * Adds a constructed style sheet to `document.adoptedStyleSheets`. A constructed sheet is not a
 * `<style>` element, so strict `style-src` CSPs do not block it and the page's DOM holds nothing of ours
 * (https://drafts.csswg.org/cssom/#dom-documentorshadowroot-adoptedstylesheets).
 */
export function adoptStyleSheet(doc: Document, css: string): PageStyleSheet {
  const view = doc.defaultView;
  if (!view || !('adoptedStyleSheets' in doc)) return noSheet;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return {
    replace: (next) => sheet.replaceSync(next),
    remove: () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    },
  };
}

const noSheet: PageStyleSheet = { replace: () => undefined, remove: () => undefined };
