import type { StoryReport } from '../shared/report';
import { quoteRef } from './quote-ref';

/** One mention on the page with its surroundings, as the content script can tell them. */
export interface MentionContext {
  /** the entity's or quotation's id in the report */
  ref: string;
  exact: string;
  prefix: string;
  suffix: string;
}

export interface WebAnnotationOptions {
  /** every mention with its context; without them, selectors come from the names and quotes alone */
  mentions?: readonly MentionContext[];
  /** ISO date-time stamped as `created` */
  now: string;
  /** an IRI for each annotation (urn:uuid:… by default) */
  newId?: () => string;
}

interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

interface Target {
  ref: string;
  selector: TextQuoteSelector;
}

/**
 * The report as a W3C Web Annotation collection (https://www.w3.org/TR/annotation-model/): one
 * annotation per mention, targeting the page through a TextQuoteSelector. Entities are `identifying`
 * annotations whose bodies name the entity and tag its kind; quotations are `describing` annotations
 * naming the speaker.
 *
 * The report has no text offsets: the popup asks the page (`page:mentions`) for every painted mention
 * with 32 characters of context, and each becomes its own annotation with prefix and suffix. Where
 * the page cannot say (closed, reloaded), there is one annotation per distinct surface form (each
 * alias, each quotation) and no prefix/suffix, which a client resolves to the first occurrence.
 */
export function toWebAnnotations(report: StoryReport, options: WebAnnotationOptions): object {
  const newId = options.newId ?? (() => `urn:uuid:${crypto.randomUUID()}`);
  const source = report.url ?? undefined;
  const targets = options.mentions ? options.mentions.map(fromContext) : targetsFromReport(report);
  const byRef = new Map<string, Target[]>();
  for (const target of targets) byRef.set(target.ref, [...(byRef.get(target.ref) ?? []), target]);

  const items: object[] = [];
  const annotate = (motivation: string, body: object[], target: Target) =>
    items.push({
      id: newId(),
      type: 'Annotation',
      motivation,
      created: options.now,
      generator: { type: 'Software', name: 'Story Lens' },
      body,
      target: { ...(source ? { source } : {}), selector: target.selector },
    });

  for (const entity of report.entities) {
    const body = [
      { type: 'TextualBody', purpose: 'identifying', value: entity.name },
      { type: 'TextualBody', purpose: 'tagging', value: entity.type },
    ];
    for (const target of byRef.get(entity.id) ?? []) annotate('identifying', body, target);
  }
  report.quotes.forEach((quote, index) => {
    const body: object[] = [{ type: 'TextualBody', purpose: 'tagging', value: 'quotation' }];
    if (quote.speaker) body.push({ type: 'TextualBody', purpose: 'describing', value: `Speaker: ${quote.speaker}` });
    for (const target of byRef.get(quoteRef(quote, index)) ?? []) annotate('describing', body, target);
  });

  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: report.article.title ?? 'Story Lens annotations',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

function fromContext(mention: MentionContext): Target {
  return { ref: mention.ref, selector: { type: 'TextQuoteSelector', exact: mention.exact, prefix: mention.prefix, suffix: mention.suffix } };
}

function targetsFromReport(report: StoryReport): Target[] {
  const targets: Target[] = [];
  for (const entity of report.entities) {
    // Aliases are the surface forms as written; the canonical name is one of them in a well-formed report.
    const forms = new Set(entity.aliases.length > 0 ? entity.aliases : [entity.name]);
    for (const form of forms) targets.push({ ref: entity.id, selector: { type: 'TextQuoteSelector', exact: form } });
  }
  report.quotes.forEach((quote, index) => targets.push({ ref: quoteRef(quote, index), selector: { type: 'TextQuoteSelector', exact: quote.text } }));
  return targets;
}
