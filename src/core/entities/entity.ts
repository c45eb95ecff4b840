import type { EntityType } from '../../shared/report';
import type { Span } from '../text-model';

/** A person, place or organization of the story, with every mention as a span of the text model. */
export interface Entity {
  /** stable within one report, e.g. "person-1" */
  readonly id: string;
  readonly type: EntityType;
  /** canonical name: the fullest form the story uses */
  readonly name: string;
  /** every surface form as written (possessive and title stripped), in first-seen order */
  readonly aliases: readonly string[];
  /** each mention's span of the name itself (no title, no possessive), in text order */
  readonly mentions: readonly Span[];
}
