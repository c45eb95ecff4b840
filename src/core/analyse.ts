import type { ArticleInfo, StoryReport } from '../shared/report';
import type { Annotation } from './annotation';
import { analyseSteps } from './analyse-steps';
import type { Entity } from './entities/entity';
import type { Quote } from './quotes/quote';
import { runSteps } from './run-steps';
import type { Catalog } from './story/catalog-index';
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
 * the shipped story list or a `CatalogIndex` that also holds the reader's saved stories. The work is
 * `analyseSteps` run to the end (the content script runs those steps in time slices).
 */
export function analyse(page: PageReading, catalog: Catalog): Analysis {
  return runSteps(analyseSteps(page, catalog));
}
