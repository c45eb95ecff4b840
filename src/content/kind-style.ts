import type { AnnotationKind } from '../core/annotation';

/**
 * How each kind looks. Colour is never the only cue: each kind has its own underline style, so a
 * reader who cannot tell the backgrounds apart still can tell a place (dotted) from a person (solid).
 * The text colour is forced dark because every default background is a light tint: on a dark page,
 * light text on a pastel background would be unreadable.
 */
const UNDERLINE: Record<AnnotationKind, string> = {
  person: 'solid',
  place: 'dotted',
  organization: 'dashed',
  quote: 'wavy',
};

export interface KindStyle {
  'background-color': string;
  color: string;
  'text-decoration-line': string;
  'text-decoration-style': string;
  'text-decoration-color': string;
}

export const FLASH_COLOUR = '#f97316';

/**
 * The declarations for one kind in the reader's colour. `legacy` leaves out `color-mix()` for the
 * wrapping fallback, which runs on browsers too old to have it.
 */
export function kindStyle(kind: AnnotationKind, colour: string, legacy = false): KindStyle {
  return {
    'background-color': colour,
    color: '#111827',
    'text-decoration-line': 'underline',
    'text-decoration-style': UNDERLINE[kind],
    // the underline a darker shade of the background: visible on it, and tied to it
    'text-decoration-color': legacy ? '#374151' : `color-mix(in srgb, ${colour} 35%, #111827)`,
  };
}

export const flashStyle = (): KindStyle => ({
  'background-color': FLASH_COLOUR,
  color: '#111827',
  'text-decoration-line': 'underline',
  'text-decoration-style': 'double',
  'text-decoration-color': '#7c2d12',
});

/** A declaration block: `background-color: …; color: …`. */
export const declarations = (style: KindStyle): string =>
  Object.entries(style)
    .map(([property, value]) => `${property}: ${value}`)
    .join('; ');
