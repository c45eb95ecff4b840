import type { ArticleInfo, StoryReport } from '../shared/report';
import { REPORT_VERSION } from '../shared/report';
import type { Annotation } from './annotation';
import type { Entity } from './entities/entity';
import { findEntities } from './entities/find-entities';
import { chooseHighlights } from './highlights/choose-highlights';
import type { Quote } from './quotes/quote';
import { findQuotes } from './quotes/find-quotes';
import type { Catalog } from './story/catalog-index';
import { recogniseStory } from './story/recognise-story';
import type { TextModel } from './text-model';

/** What a reader of a page (live DOM, jsdom, plain text) hands to the core. */
export interface PageReading {
  readonly url: string | null;
  /** article metadata; `detected` false means the page is not a story and `model` is empty */
  readonly article: ArticleInfo;
  readonly model: TextModel;
}

/** The core's answer: the report every context exchanges, and the spans the painter draws. */
export interface Analysis {
  readonly report: StoryReport;
  readonly entities: readonly Entity[];
  readonly quotes: readonly Quote[];
  readonly annotations: readonly Annotation[];
}

/**
 * Runs every analysis of the story on one page reading. Pure: same input, same report. `catalog` is
 * the shipped story list or a `CatalogIndex` that also holds the reader's saved stories.
 */
export function analyse(page: PageReading, catalog: Catalog): Analysis {
  if (!page.article.detected) {
    return {
      report: emptyReport(page),
      entities: [],
      quotes: [],
      annotations: [],
    };
  }
  const { model } = page;
  const story = recogniseStory(model, catalog);
  const entities = findEntities(model);
  const quotes = findQuotes(model, entities);
  const highlights = chooseHighlights(model, story, catalog, entities);
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
