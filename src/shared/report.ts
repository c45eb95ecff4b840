/**
 * The StoryReport: what Story Lens knows about one page. The CLI prints it with `--json`, the
 * background stores it per tab, the popup renders it. Mirrors `report.schema.json` of the test
 * contract; `validateReport` (beside this file) checks untrusted copies against it.
 */
export const REPORT_VERSION = 1;

export type EntityType = 'person' | 'place' | 'organization';
export type HighlightSource = 'page' | 'catalog' | 'generated';

export interface ArticleInfo {
  /** true only where the page's main content is a news story or article */
  detected: boolean;
  title: string | null;
  byline: string | null;
  /** ISO 8601 date or date-time where the page states one */
  published: string | null;
  site: string | null;
  wordCount: number;
}

export interface StoryMatch {
  /** catalog id of the recognised story, null where none matched */
  id: string | null;
  title: string | null;
  /** how sure the match is, 0 where none matched */
  confidence: number;
  /** share of the recognised story's text present on this page, 0 where none matched */
  coverage: number;
}

export interface Highlight {
  text: string;
  source: HighlightSource;
}

export interface ReportEntity {
  id: string;
  type: EntityType;
  /** canonical name: the fullest form used in the article */
  name: string;
  /** every surface form found in the article body, exactly as written */
  aliases: string[];
  mentions: number;
}

export interface ReportQuote {
  /** the words inside the quotation marks, exactly as written */
  text: string;
  /** canonical name of the speaker, null where the article does not say */
  speaker: string | null;
}

export interface StoryReport {
  version: typeof REPORT_VERSION;
  url: string | null;
  article: ArticleInfo;
  story: StoryMatch;
  highlights: Highlight[];
  entities: ReportEntity[];
  quotes: ReportQuote[];
}

export const NO_STORY: StoryMatch = { id: null, title: null, confidence: 0, coverage: 0 };
