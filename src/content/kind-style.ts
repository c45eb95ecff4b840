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
 * The declarations for one kind in the reader's colour, for `::highlight()` rules. `legacy` leaves
 * out `color-mix()` for the wrapping fallback, which runs on browsers too old to have it.
 */
export function kindStyle(kind: AnnotationKind, colour: string, legacy = false): KindStyle {
  // A quotation spans whole sentences, so its tint is lighter and the entities inside stay distinct.
  const quoteTint = legacy ? withAlpha(colour, 0.55) : `color-mix(in srgb, ${colour} 55%, transparent)`;
  return {
    'background-color': kind === 'quote' ? quoteTint : colour,
    color: '#111827',
    'text-decoration-line': 'underline',
    'text-decoration-style': UNDERLINE[kind],
    'text-decoration-color': legacy ? '#374151' : `color-mix(in srgb, ${colour} 40%, #1f2937)`,
  };
}

/** `#rgb`/`#rrggbb` with an alpha channel; any other colour as it is. */
function withAlpha(colour: string, alpha: number): string {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(colour);
  const hex = short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : colour;
  if (!/^#[0-9a-f]{6}$/i.test(hex)) return colour;
  return hex + Math.round(alpha * 255).toString(16).padStart(2, '0');
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
