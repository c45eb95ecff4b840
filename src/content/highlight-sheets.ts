import type { HighlightStyle } from '../shared/highlight-style';
import { highlightCss } from '../shared/highlight-style';
import type { CallError } from '../shared/protocol';
import type { Result } from '../shared/result';
import type { HighlightSheet } from './highlight-api-painter';
import type { PageStyleSheet } from './page-style-sheet';

/** Asks the background to draw the tab's highlights in a style (null: no longer); see `highlights:style`. */
export type StyleTab = (style: HighlightStyle | null) => Promise<Result<{ previous: string[] }, CallError>>;

export interface HighlightSheetDeps {
  styleTab: StyleTab;
  /** the fallback where the background cannot insert a sheet: one the page can see, but styled all the same */
  adopt(css: string): PageStyleSheet;
  /** the names of an earlier content script's highlights in this tab, to take out of the page's registry */
  forget(names: readonly string[]): void;
}

/**
 * Where the `::highlight()` rules go. First choice: a sheet the background inserts into the page
 * (`scripting.insertCSS`), which is in neither `document.styleSheets` nor `document.adoptedStyleSheets`,
 * so the page's scripts cannot read our rules, names or colours. Where the background cannot (an
 * older browser, the worker failing), an adopted sheet of the page's document instead. One queue
 * for all sheets of a page, so a removal never overtakes the insertion before it.
 */
export function highlightSheets(deps: HighlightSheetDeps): (style: HighlightStyle) => HighlightSheet {
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (step: () => Promise<void>) => {
    queue = queue.then(step).catch(() => undefined);
  };
  return (style) => {
    let adopted: PageStyleSheet | null = null;
    let removed = false;
    const show = (next: HighlightStyle | null) =>
      enqueue(async () => {
        if (adopted) {
          if (next) adopted.replace(highlightCss(next));
          else adopted.remove();
          return;
        }
        const answer = await deps.styleTab(next);
        if (answer.ok) deps.forget(answer.value.previous);
        else if (next) adopted = deps.adopt(highlightCss(next));
      });
    show(style);
    return {
      replace: (next) => {
        if (!removed) show(next);
      },
      remove: () => {
        if (removed) return;
        removed = true;
        show(null);
      },
    };
  };
}
