import { randomHighlightNames } from '../shared/highlight-style';
import type { Settings } from '../shared/settings';
import { HighlightApiPainter, pageHighlightEnv } from './highlight-api-painter';
import type { StyleTab } from './highlight-sheets';
import { highlightSheets } from './highlight-sheets';
import { adoptStyleSheet } from './page-style-sheet';
import type { Painter } from './painter';
import { WrapPainter } from './wrap-painter';

/**
 * The Highlight API where the browser has it (Chrome 105+, Firefox 140+), wrapping elsewhere. The
 * highlights get random names of their own for this page load; `styleTab` puts their rules where the
 * page cannot read them.
 */
export function createPainter(doc: Document, settings: Settings, styleTab: StyleTab): Painter {
  const registry = doc.defaultView?.CSS?.highlights;
  const sheets = highlightSheets({
    styleTab,
    adopt: (css) => adoptStyleSheet(doc, css),
    forget: (names) => {
      for (const name of names) registry?.delete(name);
    },
  });
  const env = pageHighlightEnv(doc, sheets);
  return env
    ? new HighlightApiPainter(env, settings.colours, settings.shown, randomHighlightNames())
    : new WrapPainter(doc, settings.colours, settings.shown);
}
