import type { Analysis } from '../core/analyse';
import type { Annotation } from '../core/annotation';
import type { Entity } from '../core/entities/entity';
import type { Quote } from '../core/quotes/quote';
import type { Span } from '../core/text-model';
import type { Parser } from './parse-value';
import { isRecord, json, list, nullable, object, text } from './parse-value';
import { runSteps } from '../core/run-steps';
import type { AnalysisWire, StoryAnalysis } from './protocol';
import type { Result } from './result';
import { err, ok } from './result';
import { FINGERPRINT_MAX_CHARS } from './validate-message';
import { entityParser, quoteParser, REPORT_LIMITS, reportParser } from './validate-report';

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

/** Entities or quotations checked, or spans read, between two pauses of `decodeAnalysisSteps`. */
export const DECODE_STEP_ITEMS = 500;
export const DECODE_STEP_SPANS = 20_000;

/**
 * Reads an answer off the wire into the analysis the painter uses, checked: a worker of another
 * version or a broken answer is an error value, never a half-painted page. `textLength` is the length
 * of the story text that was sent: every span must lie inside it.
 */
export function decodeAnalysis(raw: unknown, textLength: number): Result<StoryAnalysis, string> {
  return runSteps(decodeAnalysisSteps(raw, textLength));
}

/**
 * `decodeAnalysis` in steps: a 5 MB story's answer holds thousands of quotations and hundreds of
 * thousands of spans, whose checking and reading in one go was a long task of the page's. The report's
 * entities and quotations are checked `DECODE_STEP_ITEMS` at a time, the spans `DECODE_STEP_SPANS`.
 */
export function* decodeAnalysisSteps(raw: unknown, textLength: number): Generator<void, Result<StoryAnalysis, string>, void> {
  if (!isRecord(raw)) return err('the analysis is not an object');
  const rawReport = raw.report;
  const long = isRecord(rawReport) && Array.isArray(rawReport.entities) && Array.isArray(rawReport.quotes) &&
    rawReport.entities.length <= REPORT_LIMITS.entities && rawReport.quotes.length <= REPORT_LIMITS.quotes;
  // the report's lists checked apart, in slices; the rest of the answer's shape at once
  const parsed = analysisWireParser(long ? { ...raw, report: { ...rawReport, entities: [], quotes: [] }, spans: [] } : raw, 'analysis');
  if (!parsed.ok) return parsed;
  let report = parsed.value.report;
  let rawSpans = parsed.value.spans;
  if (long) {
    const entities = yield* inSlices(rawReport.entities as unknown[], entityParser, 'analysis.report.entities');
    if (!entities.ok) return entities;
    const quotes = yield* inSlices(rawReport.quotes as unknown[], quoteParser, 'analysis.report.quotes');
    if (!quotes.ok) return quotes;
    report = { ...report, entities: entities.value, quotes: quotes.value };
    const spans = yield* spansInSlices(raw.spans, 'analysis.spans');
    if (!spans.ok) return spans;
    rawSpans = spans.value;
  }
  const { fingerprint, quoteIds, quoteSpeakerIds } = parsed.value;
  const spans = rawSpans;
  if (quoteIds.length !== report.quotes.length || quoteSpeakerIds.length !== report.quotes.length) return err('analysis: quotation ids do not match the report');
  const mentions: Span[][] = [...report.entities, ...report.quotes].map(() => []);
  const annotations: Annotation[] = [];
  const entityCount = report.entities.length;
  for (let at = 0; at < spans.length; at += 3) {
    if (at > 0 && at % (3 * DECODE_STEP_SPANS) === 0) yield;
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

/** Each item of a list checked by `item`, `DECODE_STEP_ITEMS` between two pauses. */
function* inSlices<T>(raw: readonly unknown[], item: Parser<T>, path: string): Generator<void, Result<T[], string>, void> {
  const out: T[] = [];
  for (const [index, value] of raw.entries()) {
    if (index > 0 && index % DECODE_STEP_ITEMS === 0) yield;
    const parsed = item(value, `${path}[${index}]`);
    if (!parsed.ok) return parsed;
    out.push(parsed.value);
  }
  return ok(out);
}

/** `spansParser`'s check, `DECODE_STEP_SPANS` spans between two pauses. */
function* spansInSlices(raw: unknown, path: string): Generator<void, Result<number[], string>, void> {
  if (!Array.isArray(raw) || raw.length > SPANS_MAX || raw.length % 3 !== 0) return err(`${path}: expected a list of (start, end, owner) triples`);
  for (let from = 0; from < raw.length; from += 3 * DECODE_STEP_SPANS) {
    if (from > 0) yield;
    const to = Math.min(raw.length, from + 3 * DECODE_STEP_SPANS);
    for (let at = from; at < to; at++) {
      const value: unknown = raw[at];
      if (!Number.isSafeInteger(value) || (value as number) < 0) return err(`${path}: expected whole numbers`);
    }
  }
  return ok(raw as number[]);
}
