import type { Annotation, AnnotationKind } from '../core/annotation';
import type { StoryReport } from '../shared/report';

/** What the hover card says about one annotation. */
export interface CardContent {
  readonly kind: AnnotationKind;
  /** "Person", "Place", "Organization", "Quotation" */
  readonly label: string;
  /** the canonical name, or for a quotation its words (shortened) */
  readonly title: string;
  /** "3 mentions" / "said by John Smith" / "speaker not named" */
  readonly detail: string;
}

export type Labels = Record<AnnotationKind, string>;

export const ENGLISH_LABELS: Labels = { person: 'Person', place: 'Place', organization: 'Organization', quote: 'Quotation' };

const QUOTE_CHARS = 90;

/**
 * The card for an annotation, read from the report the background stores (so the card and the popup
 * never disagree). Quotes are identified by the analysis's id; the report lists them in the same order.
 */
export function cardContent(
  annotation: Annotation,
  report: StoryReport,
  quoteIds: readonly string[],
  labels: Labels = ENGLISH_LABELS,
): CardContent | null {
  const label = labels[annotation.kind];
  if (annotation.kind === 'quote') {
    const quote = report.quotes[quoteIds.indexOf(annotation.ref)];
    if (!quote) return null;
    const text = quote.text.length > QUOTE_CHARS ? `${quote.text.slice(0, QUOTE_CHARS - 1).trimEnd()}…` : quote.text;
    return { kind: 'quote', label, title: `“${text}”`, detail: quote.speaker ? `said by ${quote.speaker}` : 'speaker not named' };
  }
  const entity = report.entities.find((candidate) => candidate.id === annotation.ref);
  if (!entity) return null;
  const detail = entity.mentions === 1 ? '1 mention' : `${entity.mentions} mentions`;
  return { kind: annotation.kind, label, title: entity.name, detail };
}
