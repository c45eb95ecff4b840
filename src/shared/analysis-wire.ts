import type { Analysis } from '../core/analyse';
import type { Annotation } from '../core/annotation';
import type { Entity } from '../core/entities/entity';
import type { Quote } from '../core/quotes/quote';
import type { Span } from '../core/text-model';
import type { Parser } from './parse-value';
import { isRecord, json, list, nullable, object, text } from './parse-value';
import type { AnalysisWire, StoryAnalysis } from './protocol';
import type { Result } from './result';
import { err, ok } from './result';
import { FINGERPRINT_MAX_CHARS } from './validate-message';
import { REPORT_LIMITS, reportParser } from './validate-report';

/**
 * `story:analyse`'s answer on the wire. The analysis names every mention three times (the entity's
 * mentions, the quotation's spans, the annotations the painter draws) and every quotation's words
 * twice: sent as objects, a 100,000-word story's answer is 1.1 MB of JSON that the page must parse in
 * one task. On the wire each mention is three numbers, and the rest comes from the report once.
 */

/** The analysis as the worker sends it: the report, and every annotation as (start, end, owner). */
export function encodeAnalysis({ report, entities, quotes, annotations }: Analysis, fingerprint: unknown): AnalysisWire {
  const owner = new Map<string, number>();
  entities.forEach((entity, index) => owner.set(`e:${entity.id}`, index));
  quotes.forEach((quote, index) => owner.set(`q:${quote.id}`, entities.length + index));
  const spans: number[] = [];
  for (const annotation of annotations) {
    const index = owner.get(`${annotation.kind === 'quote' ? 'q' : 'e'}:${annotation.ref}`);
    if (index !== undefined) spans.push(annotation.start, annotation.end, index);
  }
  return {
    report,
    fingerprint,
    quoteIds: quotes.map((quote) => quote.id),
    quoteSpeakerIds: quotes.map((quote) => quote.speakerId),
    spans,
  };
}

const SPANS_MAX = 3 * REPORT_LIMITS.mentions;

const spansParser: Parser<number[]> = (raw, path) => {
  if (!Array.isArray(raw) || raw.length > SPANS_MAX || raw.length % 3 !== 0) return err(`${path}: expected a list of (start, end, owner) triples`);
  for (const value of raw) if (!Number.isSafeInteger(value) || value < 0) return err(`${path}: expected whole numbers`);
  return ok(raw as number[]);
};

/** The shape of an answer; `decodeAnalysis` checks what the shape cannot (spans inside the story, owners that exist). */
export const analysisWireParser: Parser<AnalysisWire> = object({
  report: reportParser,
  fingerprint: json(4, FINGERPRINT_MAX_CHARS),
  quoteIds: list(text(REPORT_LIMITS.shortText), REPORT_LIMITS.quotes),
  quoteSpeakerIds: list(nullable(text(REPORT_LIMITS.shortText)), REPORT_LIMITS.quotes),
  spans: spansParser,
});

/**
 * Reads an answer off the wire into the analysis the painter uses, checked: a worker of another
 * version or a broken answer is an error value, never a half-painted page. `textLength` is the length
 * of the story text that was sent: every span must lie inside it.
 */
export function decodeAnalysis(raw: unknown, textLength: number): Result<StoryAnalysis, string> {
  if (!isRecord(raw)) return err('the analysis is not an object');
  const parsed = analysisWireParser(raw, 'analysis');
  if (!parsed.ok) return parsed;
  const { report, fingerprint, quoteIds, quoteSpeakerIds, spans } = parsed.value;
  if (quoteIds.length !== report.quotes.length || quoteSpeakerIds.length !== report.quotes.length) return err('analysis: quotation ids do not match the report');
  const mentions: Span[][] = [...report.entities, ...report.quotes].map(() => []);
  const annotations: Annotation[] = [];
  const entityCount = report.entities.length;
  for (let at = 0; at < spans.length; at += 3) {
    const start = spans[at]!;
    const end = spans[at + 1]!;
    const index = spans[at + 2]!;
    if (end <= start || end > textLength || index >= mentions.length) return err(`analysis: span ${at / 3} is not a mention inside the story`);
    const span = { start, end };
    mentions[index]!.push(span);
    annotations.push(
      index < entityCount
        ? { kind: report.entities[index]!.type, ref: report.entities[index]!.id, ...span }
        : { kind: 'quote', ref: quoteIds[index - entityCount]!, ...span },
    );
  }
  const entities: Entity[] = report.entities.map(({ id, type, name, aliases }, index) => ({ id, type, name, aliases, mentions: mentions[index]! }));
  const quotes: Quote[] = report.quotes.map(({ text: words, speaker }, index) => ({
    id: quoteIds[index]!,
    text: words,
    speaker,
    speakerId: quoteSpeakerIds[index] ?? null,
    spans: mentions[entityCount + index]!,
  }));
  return ok({ report, entities, quotes, annotations, fingerprint });
}
