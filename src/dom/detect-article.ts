import type { LdNode } from './read-json-ld';
import { readJsonLd, withoutSchemaOrg } from './read-json-ld';
import { readMetaTags } from './read-meta-tags';

/** Why a page was or was not taken for a news story: for tests, the CLI and debugging. */
export type Detection =
  | { readonly likely: true; readonly reason: 'article-metadata' | 'prose-paragraphs' }
  | { readonly likely: false; readonly reason: 'not-english' | 'not-news-type' | 'how-to' | 'listing' | 'documentation' | 'no-prose' };

/** schema.org types of a story, an article or a blog post (https://schema.org/Article and its subtypes). */
const ARTICLE_TYPES = new Set(['Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle', 'BlogPosting', 'LiveBlogPosting', 'Report', 'SatiricalArticle']);
/** Pages whose main content is something other than a story, even when they also say "Article". */
const NOT_STORY_TYPES = new Set(['HowTo', 'Recipe', 'Product', 'SearchResultsPage', 'CollectionPage', 'ItemList', 'FAQPage', 'QAPage',
  'ProfilePage', 'SoftwareApplication']);
/** How many paragraphs the cheap look reads at most: the check must stay bounded on huge pages. */
const PARAGRAPH_BUDGET = 300;
const PROSE_CHARS = 80;
/** A character `\w` matches: a letter, digit or underscore of ASCII. */
const isWordCode = (code: number) =>
  (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;

const verdict = <D extends Detection>(detection: D): D => detection;
const NOT_ENGLISH = verdict({ likely: false, reason: 'not-english' });
const NOT_NEWS_TYPE = verdict({ likely: false, reason: 'not-news-type' });
const HOW_TO = verdict({ likely: false, reason: 'how-to' });
const LISTING = verdict({ likely: false, reason: 'listing' });
const DOCUMENTATION = verdict({ likely: false, reason: 'documentation' });
const NO_PROSE = verdict({ likely: false, reason: 'no-prose' });
const ARTICLE_METADATA = verdict({ likely: true, reason: 'article-metadata' });
const PROSE_PARAGRAPHS = verdict({ likely: true, reason: 'prose-paragraphs' });

/** The meta tags detection reads (language, Open Graph type and title, publication time): a page has dozens. */
const DETECTION_TAGS = new Set(['content-language', 'og:locale', 'og:type', 'og:title', 'article:published_time']);

/**
 * Decides cheaply whether a page's main content can be an English news story, before any
 * extraction: metadata first (language, schema.org types, Open Graph), then a bounded look at
 * paragraphs. On a page that is not a story the content script stops here, so nothing in this
 * function walks the page's text; extraction later confirms a "likely" with the body it finds.
 *
 * It runs on every page the reader opens, cold, and reads only what the verdict needs: a page that
 * declares another language costs one attribute read, before any meta tag or JSON-LD is read. Cold,
 * compiling the code costs as much as running it (tens of microseconds a kilobyte), so the branches
 * few pages take are functions of their own, compiled only where a page takes them; plain string and
 * set tests, hardly a pattern to compile, no style or layout read, few distinct DOM methods and few
 * walks over the whole page.
 */
export function detectArticle(doc: Document): Detection {
  // Story Lens annotates English stories: its gazetteers, title words and speech verbs are English,
  // so on a French or Japanese page it would mark noise. The page's declared language decides
  // (`lang`, else its meta tags); without one, the script of its title does. The rest of the
  // checks are a function of their own: a page turned away here does not compile them.
  const lang = doc.documentElement.getAttribute('lang');
  return lang !== null && !isEnglish(doc, lang) ? NOT_ENGLISH : detectFromMetadata(doc, lang);
}

function detectFromMetadata(doc: Document, lang: string | null): Detection {
  const tags = readMetaTags(doc, DETECTION_TAGS);
  if (lang === null && !isEnglish(doc, tags.get('content-language') ?? tags.get('og:locale'))) return NOT_ENGLISH;

  const ld = readJsonLd(doc);
  // most pages that are not stories have no JSON-LD: nothing to list, nothing to compile
  const types = ld.length > 0 ? ldTypeList(ld) : [];
  // microdata only where JSON-LD and Open Graph are silent: the query scans the page
  if (types.length === 0 && !tags.has('og:type')) addMicrodataTypes(doc, types);
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
  const ogType = tags.get('og:type')?.toLowerCase();
  if (!article && ogType !== undefined && isOtherOgType(ogType)) return NOT_NEWS_TYPE;
  // A how-to guide is an article but not a story: no people acting, no quotes, numbered steps.
  if (isHowToTitle(tags.get('og:title') ?? doc.getElementsByTagName('h1')[0]?.textContent ?? doc.title) && hasSteps(doc)) return HOW_TO;

  if (article || tags.get('og:type')?.toLowerCase() === 'article' || tags.has('article:published_time')) return ARTICLE_METADATA;

  // Without article metadata: a front page lists many teasers, each its own <article> (the fifth
  // found ends the walk).
  if (doc.getElementsByTagName('article')[4]) return LISTING;
  if (!hasProseRun(doc)) return NO_PROSE;
  return showsCode(doc) ? DOCUMENTATION : PROSE_PARAGRAPHS;
}

/**
 * A code block, or code in at least three places: a documentation page, a README or an API reference,
 * whose prose explains software rather than reporting a story. Asked only of pages without article
 * metadata (a developer's blog post says it is an article), and only after their prose run is found.
 */
function showsCode(doc: Document): boolean {
  return doc.getElementsByTagName('pre')[0] !== undefined || doc.getElementsByTagName('code')[2] !== undefined;
}

/**
 * Open Graph types of pages whose main content is not a story (https://ogp.me/#types, and Facebook's
 * `product`): a shop's product, a video, a song, a book, a person's profile. A product page's long
 * description is a run of prose that would otherwise pass for one.
 */
function isOtherOgType(type: string): boolean {
  return type.startsWith('product') || type.startsWith('video.') || type.startsWith('music.') || type.startsWith('book') || type === 'profile';
}

/** The `@type` values of the page's JSON-LD nodes, without a schema.org prefix. */
function ldTypeList(ld: readonly LdNode[]): string[] {
  const types: string[] = [];
  for (const node of ld) {
    const raw = node['@type'];
    if (typeof raw === 'string') types.push(withoutSchemaOrg(raw));
    else if (Array.isArray(raw)) for (const type of raw) if (typeof type === 'string') types.push(withoutSchemaOrg(type));
  }
  return types;
}

/** The schema.org types of the page's microdata (`itemtype`), at most about forty. */
function addMicrodataTypes(doc: Document, types: string[]): void {
  // most pages have none: the first match answers that without a list
  if (doc.querySelector('[itemtype]') === null) return;
  const marked = doc.querySelectorAll('[itemtype]');
  for (let i = 0; i < marked.length && types.length <= 40; i++) addSchemaTypes(types, marked[i]?.getAttribute('itemtype') ?? '');
}

/**
 * The white-space separated types of an `itemtype` attribute, without a schema.org prefix, as
 * `split(/\s+/)` cuts them (an empty string before leading and after trailing space), by character
 * codes rather than a pattern compiled on every page that has microdata.
 */
function addSchemaTypes(types: string[], value: string): void {
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    if (!isSpaceCode(value.charCodeAt(i))) continue;
    types.push(withoutSchemaOrg(value.slice(start, i)));
    while (i + 1 < value.length && isSpaceCode(value.charCodeAt(i + 1))) i++;
    start = i + 1;
  }
  types.push(withoutSchemaOrg(value.slice(start)));
}

/** What `\s` matches: ASCII and Unicode white space, line terminators and the byte-order mark. */
const isSpaceCode = (code: number) =>
  code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;

/** "en", "en-GB", "en_US": English; "eng", "es", "de-AT": not. Nothing declared: the title's script decides. */
function isEnglish(doc: Document, language: string | undefined): boolean {
  const declared = language?.trim();
  if (!declared) return hasLatinTitle(doc);
  return declared.slice(0, 2).toLowerCase() === 'en' && (declared.length === 2 || !isWordCode(declared.charCodeAt(2)) || declared[2] === '_');
}

/** Whether most letters of the page's title and first heading are Latin (or it has no letter). */
function hasLatinTitle(doc: Document): boolean {
  const title = `${doc.title} ${doc.querySelector('h1')?.textContent ?? ''}`;
  const latin = title.match(/[A-Za-z\u00C0-\u024F]/g)?.length ?? 0;
  const letters = title.match(/\p{L}/gu)?.length ?? 0;
  return letters === 0 || latin / letters > 0.5;
}

/** "How to fold a paper crane", not "How tough rules changed the port". */
function isHowToTitle(text: string): boolean {
  const title = text.trimStart().slice(0, 7).toLowerCase();
  return title.startsWith('how to') && (title.length === 6 || !isWordCode(title.charCodeAt(6)));
}

/** Numbered steps, as how-to sites mark them up. */
function hasSteps(doc: Document): boolean {
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
  // a run needs four: a page with fewer is answered by the engine's walk, no paragraph read
  if (paragraphs[3] === undefined) return false;
  let parent: Node | null = null;
  let count = 0;
  const counts = new Map<Node, number>();
  // item by item, not `length` first: that would walk the whole page even where the fourth paragraph decides
  for (let i = 0; i < PARAGRAPH_BUDGET; i++) {
    const p = paragraphs[i];
    if (!p) break;
    // the length first: a short paragraph's parent is never asked for (a wrapper, often of a type the
    // script's world has not made yet)
    if ((p.textContent?.length ?? 0) < PROSE_CHARS || !p.parentNode) continue;
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
