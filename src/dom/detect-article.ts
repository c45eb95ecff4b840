import type { LdNode } from './read-json-ld';
import type { MetaTags } from './read-meta-tags';

/** Why a page was or was not taken for a news story: for tests, the CLI and debugging. */
export type Detection =
  | { readonly likely: true; readonly reason: 'article-metadata' | 'prose-paragraphs' }
  | { readonly likely: false; readonly reason: 'not-english' | 'not-news-type' | 'how-to' | 'listing' | 'no-prose' };

/** schema.org types of a story, an article or a blog post (https://schema.org/Article and its subtypes). */
const ARTICLE_TYPES = new Set(['Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle', 'BlogPosting', 'LiveBlogPosting', 'Report', 'SatiricalArticle']);
/** Pages whose main content is something other than a story, even when they also say "Article". */
const NOT_STORY_TYPES = new Set(['HowTo', 'Recipe', 'Product', 'SearchResultsPage', 'CollectionPage', 'ItemList', 'FAQPage', 'QAPage',
  'ProfilePage', 'SoftwareApplication']);
/** How many paragraphs the cheap look reads at most: the check must stay bounded on huge pages. */
const PARAGRAPH_BUDGET = 300;
const PROSE_CHARS = 80;
const SCHEMA_ORG = /^https?:\/\/schema\.org\//i;
const WHITE = /\s+/;
/** A character `\w` matches: a letter, digit or underscore of ASCII. */
const isWordCode = (code: number) =>
  (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;

const verdict = <D extends Detection>(detection: D): D => detection;
const NOT_ENGLISH = verdict({ likely: false, reason: 'not-english' });
const NOT_NEWS_TYPE = verdict({ likely: false, reason: 'not-news-type' });
const HOW_TO = verdict({ likely: false, reason: 'how-to' });
const LISTING = verdict({ likely: false, reason: 'listing' });
const NO_PROSE = verdict({ likely: false, reason: 'no-prose' });
const ARTICLE_METADATA = verdict({ likely: true, reason: 'article-metadata' });
const PROSE_PARAGRAPHS = verdict({ likely: true, reason: 'prose-paragraphs' });

/**
 * Decides cheaply whether a page's main content can be an English news story, before any
 * extraction: metadata first (language, schema.org types, Open Graph), then a bounded look at
 * paragraphs. On a page that is not a story the content script stops here, so nothing in this
 * function walks the page's text; extraction later confirms a "likely" with the body it finds.
 *
 * It runs on every page the reader opens, cold: plain string and set tests, hardly a pattern to
 * compile on the way to a verdict, no style or layout read, and few distinct DOM methods (the first
 * call of each costs tens of microseconds in a fresh page).
 */
export function detectArticle(doc: Document, ld: readonly LdNode[], tags: MetaTags): Detection {
  // Story Lens annotates English stories: its gazetteers, title words and speech verbs are English,
  // so on a French or Japanese page it would mark noise. The page's declared language decides;
  // without one, the script of its title does.
  if (!isEnglish(doc, tags)) return NOT_ENGLISH;

  const types = ldTypeList(ld);
  // microdata only where JSON-LD and Open Graph are silent: the query scans the page
  if (types.length === 0 && !tags.has('og:type')) {
    const marked = doc.querySelectorAll('[itemtype]');
    for (let i = 0; i < marked.length && types.length <= 40; i++) {
      for (const type of (marked[i]?.getAttribute('itemtype') ?? '').split(WHITE)) types.push(type.replace(SCHEMA_ORG, ''));
    }
  }
  let article = false;
  let otherStory = false;
  let notStory = false;
  for (const type of types) {
    if (ARTICLE_TYPES.has(type)) {
      article = true;
      if (type !== 'Article') otherStory = true;
    } else if (NOT_STORY_TYPES.has(type)) notStory = true;
  }
  if (notStory && !otherStory) return NOT_NEWS_TYPE;
  // A how-to guide is an article but not a story: no people acting, no quotes, numbered steps.
  if (isHowTo(doc, tags)) return HOW_TO;

  if (article || tags.get('og:type')?.toLowerCase() === 'article' || tags.has('article:published_time')) return ARTICLE_METADATA;

  // Without article metadata: a front page lists many teasers, each its own <article>.
  if (doc.getElementsByTagName('article').length >= 5) return LISTING;
  return hasProseRun(doc) ? PROSE_PARAGRAPHS : NO_PROSE;
}

/** The `@type` values of the page's JSON-LD nodes, without a schema.org prefix. */
function ldTypeList(ld: readonly LdNode[]): string[] {
  const types: string[] = [];
  for (const node of ld) {
    const raw = node['@type'];
    if (typeof raw === 'string') types.push(raw.replace(SCHEMA_ORG, ''));
    else if (Array.isArray(raw)) for (const type of raw) if (typeof type === 'string') types.push(type.replace(SCHEMA_ORG, ''));
  }
  return types;
}

function isEnglish(doc: Document, tags: MetaTags): boolean {
  const declared = (doc.documentElement.getAttribute('lang') ?? tags.get('content-language') ?? tags.get('og:locale'))?.trim();
  // "en", "en-GB", "en_US": English; "eng", "es", "de-AT": not
  if (declared) return declared.slice(0, 2).toLowerCase() === 'en' && (declared.length === 2 || !isWordCode(declared.charCodeAt(2)) || declared[2] === '_');
  const title = `${doc.title} ${doc.querySelector('h1')?.textContent ?? ''}`;
  const latin = title.match(/[A-Za-z\u00C0-\u024F]/g)?.length ?? 0;
  const letters = title.match(/\p{L}/gu)?.length ?? 0;
  return letters === 0 || latin / letters > 0.5;
}

function isHowTo(doc: Document, tags: MetaTags): boolean {
  const title = (tags.get('og:title') ?? doc.getElementsByTagName('h1')[0]?.textContent ?? doc.title).trimStart().slice(0, 7).toLowerCase();
  if (!title.startsWith('how to') || (title.length > 6 && isWordCode(title.charCodeAt(6)))) return false;
  // Numbered steps, as how-to sites mark them up.
  return doc.getElementsByClassName('step').length >= 3 || doc.querySelectorAll('[itemprop="step"], [class*="step-"]').length >= 3;
}

/**
 * A run of at least four prose paragraphs (80 characters or more) under one parent, or under one
 * grandparent in containers of two or more each (a story cut into chunks between ads): a story's
 * body. Product pages and front pages have short paragraphs, or one per card; a comment thread one
 * per comment.
 */
function hasProseRun(doc: Document): boolean {
  const paragraphs = doc.getElementsByTagName('p');
  const limit = Math.min(paragraphs.length, PARAGRAPH_BUDGET);
  let parent: Node | null = null;
  let count = 0;
  const counts = new Map<Node, number>();
  for (let i = 0; i < limit; i++) {
    const p = paragraphs[i] as HTMLElement;
    if (!p.parentNode || (p.textContent?.length ?? 0) < PROSE_CHARS) continue;
    // paragraphs of one parent mostly come together: count them without a map until they do not
    if (p.parentNode !== parent) {
      if (parent) counts.set(parent, count);
      parent = p.parentNode;
      count = counts.get(parent) ?? 0;
    }
    if (++count >= 4) return true;
    const grandparent = parent.parentNode;
    if (count >= 2 && grandparent) {
      // a chunk's second paragraph brings both to its grandparent's count, each later one itself
      const chunked = (counts.get(grandparent) ?? 0) + (count === 2 ? 2 : 1);
      if (chunked >= 4) return true;
      counts.set(grandparent, chunked);
    }
  }
  return false;
}
