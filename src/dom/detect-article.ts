import type { LdNode } from './read-json-ld';
import type { MetaTags } from './read-meta-tags';
import { ldTypes } from './read-json-ld';

/** Why a page was or was not taken for a news story: for tests, the CLI and debugging. */
export type Detection =
  | { readonly likely: true; readonly reason: 'article-metadata' | 'prose-paragraphs' }
  | { readonly likely: false; readonly reason: 'not-english' | 'not-news-type' | 'how-to' | 'listing' | 'no-prose' };

/** schema.org types of a story, an article or a blog post (https://schema.org/Article and its subtypes). */
const ARTICLE_TYPES = /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|BlogPosting|LiveBlogPosting|Report|SatiricalArticle)$/;
/** Pages whose main content is something other than a story, even when they also say "Article". */
const NOT_STORY_TYPES = /^(?:HowTo|Recipe|Product|SearchResultsPage|CollectionPage|ItemList|FAQPage|QAPage|ProfilePage|SoftwareApplication)$/;
/** How many paragraphs the cheap look reads at most: the check must stay bounded on huge pages. */
const PARAGRAPH_BUDGET = 300;
const PROSE_CHARS = 80;

/**
 * Decides cheaply whether a page's main content can be an English news story, before any
 * extraction: metadata first (language, schema.org types, Open Graph), then a bounded look at
 * paragraphs. On a page that is not a story the content script stops here, so nothing in this
 * function walks the page's text; extraction later confirms a "likely" with the body it finds.
 */
export function detectArticle(doc: Document, ld: readonly LdNode[], tags: MetaTags): Detection {
  // Story Lens annotates English stories: its gazetteers, title words and speech verbs are English,
  // so on a French or Japanese page it would mark noise. The page's declared language decides;
  // without one, the script of its title does.
  if (!isEnglish(doc, tags)) return { likely: false, reason: 'not-english' };

  const types = ld.flatMap(ldTypes);
  // microdata only where JSON-LD and Open Graph are silent: the query scans the page
  if (types.length === 0 && !tags.has('og:type')) {
    for (const el of doc.querySelectorAll('[itemtype]')) {
      types.push(...(el.getAttribute('itemtype') ?? '').split(/\s+/).map((t) => t.replace(/^https?:\/\/schema\.org\//i, '')));
      if (types.length > 40) break;
    }
  }
  if (types.some((t) => NOT_STORY_TYPES.test(t)) && !types.some((t) => ARTICLE_TYPES.test(t) && t !== 'Article')) {
    return { likely: false, reason: 'not-news-type' };
  }
  // A how-to guide is an article but not a story: no people acting, no quotes, numbered steps.
  if (isHowTo(doc, tags)) return { likely: false, reason: 'how-to' };

  const ogType = tags.get('og:type')?.toLowerCase() ?? null;
  const articleMeta = types.some((t) => ARTICLE_TYPES.test(t)) || ogType === 'article' ||
    tags.has('article:published_time');
  if (articleMeta) return { likely: true, reason: 'article-metadata' };

  // Without article metadata: a front page lists many teasers, each its own <article>.
  if (doc.getElementsByTagName('article').length >= 5) return { likely: false, reason: 'listing' };
  return hasProseRun(doc) ? { likely: true, reason: 'prose-paragraphs' } : { likely: false, reason: 'no-prose' };
}

function isEnglish(doc: Document, tags: MetaTags): boolean {
  const declared = doc.documentElement.getAttribute('lang') ??
    tags.get('content-language') ??
    tags.get('og:locale');
  if (declared && declared.trim()) return /^en\b/i.test(declared.trim().replace('_', '-'));
  const title = `${doc.title} ${doc.querySelector('h1')?.textContent ?? ''}`;
  const latin = title.match(/[A-Za-z\u00C0-\u024F]/g)?.length ?? 0;
  const letters = title.match(/\p{L}/gu)?.length ?? 0;
  return letters === 0 || latin / letters > 0.5;
}

function isHowTo(doc: Document, tags: MetaTags): boolean {
  const title = tags.get('og:title') ?? doc.querySelector('h1')?.textContent ?? doc.title;
  if (!/^\s*how to\b/i.test(title)) return false;
  // Numbered steps, as how-to sites mark them up.
  return doc.getElementsByClassName('step').length >= 3 || doc.querySelectorAll('[itemprop="step"], [class*="step-"]').length >= 3;
}

/**
 * A run of at least four prose paragraphs (80 characters or more) under one parent: a story's
 * body. Product pages and front pages have short paragraphs, or one per card.
 */
function hasProseRun(doc: Document): boolean {
  const paragraphs = doc.getElementsByTagName('p');
  const perParent = new Map<Node, number>();
  const limit = Math.min(paragraphs.length, PARAGRAPH_BUDGET);
  for (let i = 0; i < limit; i++) {
    const p = paragraphs[i] as HTMLElement;
    if ((p.textContent?.length ?? 0) < PROSE_CHARS || !p.parentNode) continue;
    const count = (perParent.get(p.parentNode) ?? 0) + 1;
    if (count >= 4) return true;
    perParent.set(p.parentNode, count);
  }
  return false;
}
