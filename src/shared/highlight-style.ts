import type { AnnotationKind } from '../core/annotation';
import { ANNOTATION_KINDS } from '../core/annotation';
import { declarations, flashStyle, kindStyle } from '../content/kind-style';
import type { Parser } from './parse-value';
import { object, text } from './parse-value';
import { err, ok } from './result';
import { randomHighlightName } from './random-highlight-name';
import { COLOUR } from './settings';

export type HighlightPart = AnnotationKind | 'flash';

/**
 * How one page's highlights are drawn: the names they are registered under in `CSS.highlights`
 * (random for each page load, see `randomHighlightName`) and the reader's colour for each kind.
 */
export interface HighlightStyle {
  names: Record<HighlightPart, string>;
  colours: Record<AnnotationKind, string>;
}

export const HIGHLIGHT_PARTS: readonly HighlightPart[] = [...ANNOTATION_KINDS, 'flash'];

/** A name of ours: letters only, so it is a CSS identifier as it stands; long enough never to meet a page's. */
const NAME = /^[a-z]{12}$/;

export const randomHighlightNames = (): Record<HighlightPart, string> =>
  Object.fromEntries(HIGHLIGHT_PARTS.map((part) => [part, randomHighlightName()])) as Record<HighlightPart, string>;

/** The `::highlight()` rules for a style: one per kind in its colour, and the "show me" flash. */
export function highlightCss({ names, colours }: HighlightStyle): string {
  const rules = ANNOTATION_KINDS.map((kind) => `::highlight(${names[kind]}) { ${declarations(kindStyle(kind, colours[kind]))} }`);
  rules.push(`::highlight(${names.flash}) { ${declarations(flashStyle())} }`);
  return rules.join('\n');
}

const name: Parser<string> = (raw, path) => (typeof raw === 'string' && NAME.test(raw) ? ok(raw) : err(`${path || 'name'}: expected 12 lowercase letters`));
const colour: Parser<string> = (raw, path) => {
  const checked = text(60)(raw, path);
  return checked.ok && COLOUR.test(checked.value) ? checked : err(`${path || 'colour'}: not a plain CSS colour`);
};

/**
 * Checks a style from a content script before it becomes CSS in the page: only names of our shape
 * and plain colours (no `;`, `}`, `url()` or `var()`), so the CSS built from it holds nothing else.
 */
export const highlightStyleParser: Parser<HighlightStyle> = object({
  names: object({ person: name, place: name, organization: name, quote: name, flash: name }),
  colours: object({ person: colour, place: colour, organization: colour, quote: colour }),
});
