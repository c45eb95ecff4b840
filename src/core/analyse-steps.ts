import type { StoryReport } from '../shared/report';
import { REPORT_VERSION } from '../shared/report';
import { REPORT_LIMITS } from '../shared/validate-report';
import type { Analysis, PageReading } from './analyse';
import type { Annotation } from './annotation';
import { noMemo } from './block-memo';
import type { Entity } from './entities/entity';
import { entitySteps } from './entities/find-entities';
import { chooseHighlights } from './highlights/choose-highlights';
import type { Quote } from './quotes/quote';
import { quoteSteps } from './quotes/find-quotes';
import type { Catalog } from './story/catalog-index';
import { toCatalogIndex } from './story/catalog-index';
import { recogniseSteps } from './story/recognise-story';
import { storySentences } from './text/block-sentences';

/**
 * `analyse` in steps: the generator pauses between stages and inside the long ones (every few
 * thousand words of the entity engine, every batch of quotations), so a content script can give the
 * page its main thread back between them. Its return value is `analyse`'s answer, which is this
 * generator run to the end.
 *
 * `memo` holds the block-local work of earlier analyses (each block's sentences, name candidates and
 * normalised words): a page analysed again after a paragraph arrived reads only the new paragraph
 * afresh, and the story-wide steps (typing names from context, coreference, speakers, highlights) run
 * over all of it. The answer is the same with any memo as with a new one.
 */
export function* analyseSteps(page: PageReading, catalog: Catalog, memo = noMemo()): Generator<void, Analysis, void> {
  if (!page.article.detected) return { report: emptyReport(page), entities: [], quotes: [], annotations: [] };
  const { model } = page;
  // The catalog's index is built on first use: a step of its own, apart from the page's lookup.
  toCatalogIndex(catalog);
  yield;
  const story = yield* recogniseSteps(model, catalog, memo);
  yield;
  const entities = yield* entitySteps(model, memo);
  const sentences = storySentences(model, memo);
  yield;
  // A report carries at most REPORT_LIMITS quotations (every context checks it against them, and drops a
  // report beyond): on a story that quotes more (a 5 MB page of dispatches), its first ones, in story
  // order, are listed and painted, rather than none at all.
  const quotes = (yield* quoteSteps(model, entities, sentences)).slice(0, REPORT_LIMITS.quotes);
  yield;
  const highlights = chooseHighlights(model, story, catalog, entities);
  yield;
  const report: StoryReport = {
    version: REPORT_VERSION,
    url: page.url,
    article: page.article,
    story,
    highlights,
    entities: entities.map(({ id, type, name, aliases, mentions }) => ({
      id,
      type,
      name,
      aliases: [...aliases],
      mentions: mentions.length,
    })),
    quotes: quotes.map(({ text, speaker }) => ({ text, speaker })),
  };
  return { report, entities, quotes, annotations: toAnnotations(entities, quotes) };
}

function toAnnotations(entities: readonly Entity[], quotes: readonly Quote[]): Annotation[] {
  const annotations: Annotation[] = [];
  for (const entity of entities) {
    for (const span of entity.mentions) annotations.push({ kind: entity.type, ref: entity.id, ...span });
  }
  for (const quote of quotes) {
    for (const span of quote.spans) annotations.push({ kind: 'quote', ref: quote.id, ...span });
  }
  return annotations.sort((a, b) => a.start - b.start || b.end - a.end);
}

function emptyReport(page: PageReading): StoryReport {
  return {
    version: REPORT_VERSION,
    url: page.url,
    article: page.article,
    story: { id: null, title: null, confidence: 0, coverage: 0 },
    highlights: [],
    entities: [],
    quotes: [],
  };
}
