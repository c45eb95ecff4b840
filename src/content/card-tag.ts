import { randomHighlightName } from '../shared/random-highlight-name';

/** The shape of our host's tag: six letters, a hyphen, six letters (a custom element name, never defined). */
export const CARD_TAG_SHAPE = /^[a-z]{6}-[a-z]{6}$/;

let tag: string | null = null;

/**
 * Our host element's tag, new for every page load: a fixed name (it was `<story-lens-card>`) told a
 * page that Story Lens runs, and a page could define it as its own custom element before our card
 * ever showed. This one cannot be known before the card shows, and we never register it. Drawn when
 * the first card shows: the first `crypto` call of a page costs about a millisecond, and most pages
 * never show a card.
 */
export function cardTag(): string {
  tag ??= `${randomHighlightName().slice(0, 6)}-${randomHighlightName().slice(0, 6)}`;
  return tag;
}

/** Our host's `nodeName` (upper case) once a card has shown on this page; null before. */
export const shownCardName = (): string | null => tag?.toUpperCase() ?? null;
