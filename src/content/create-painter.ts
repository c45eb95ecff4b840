import type { Settings } from '../shared/settings';
import { HighlightApiPainter, pageHighlightEnv } from './highlight-api-painter';
import type { Painter } from './painter';
import { WrapPainter } from './wrap-painter';

/** The Highlight API where the browser has it (Chrome 105+, Firefox 140+), wrapping elsewhere. */
export function createPainter(doc: Document, settings: Settings, salt: string): Painter {
  const env = pageHighlightEnv(doc);
  return env
    ? new HighlightApiPainter(env, settings.colours, settings.shown, salt)
    : new WrapPainter(doc, settings.colours, settings.shown);
}

/** A few random letters for our highlight names, so a page cannot guess them. */
export function randomSalt(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return [...bytes].map((byte) => 'abcdefghijklmnopqrstuvwxyz'[byte % 26]).join('');
}
