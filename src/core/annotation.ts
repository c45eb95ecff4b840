import type { EntityType } from '../shared/report';
import type { Span } from './text-model';

/** What the painter draws: one kind of highlight. */
export type AnnotationKind = EntityType | 'quote';

export const ANNOTATION_KINDS: readonly AnnotationKind[] = ['person', 'place', 'organization', 'quote'];

/** One span of the text model to highlight, pointing at the entity or quote it belongs to. */
export interface Annotation extends Span {
  readonly kind: AnnotationKind;
  /** the entity's or quote's id in the report */
  readonly ref: string;
}
