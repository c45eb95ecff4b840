import type { LdNode } from './read-json-ld';
import { ldText, ldTypes } from './read-json-ld';
import type { MetaTags } from './read-meta-tags';
import { isInFurniture } from './is-page-chrome';
import { runSteps } from '../core/run-steps';

/** What the page says about its story, besides the text: from JSON-LD, meta tags and markup. */
export interface PageMetadata {
  /** titles the page gives, best first: JSON-LD headline, og:title, twitter:title, `<title>` */
  readonly titles: readonly string[];
  readonly byline: string | null;
  readonly published: string | null;
  readonly site: string | null;
}

const ARTICLE_TYPE = /Article|BlogPosting|Report/;
const DATE_META = ['article:published_time', 'article:published', 'og:published_time', 'datepublished', 'pubdate', 'publishdate',
  'publish-date', 'publication_date', 'article:publicationdate', 'date', 'dc.date.issued', 'dc.date', 'dcterms.created',
  'sailthru.date', 'parsely-pub-date', 'article.published', 'originalpublicationdate', 'pdate'];
/** Meta tags that name the author: Open Graph's, Dublin Core's, the news CMSs' own (`byl`, `sailthru.author`). */
const AUTHOR_META = ['author', 'article:author', 'og:article:author', 'byl', 'dc.creator', 'sailthru.author', 'parsely-author'];
/** Elements of the page that hold the byline, as sites and microformats mark them. */
const BYLINE_MARKUP = '[rel="author"], [itemprop="author"], [class*="byline"], [class*="Byline"], [class*="author-name"], [class*="authorName"]';
/** How many marked elements are tried for a byline or a date: the first usable one is almost always early. */
const MARKUP_TRIES = 12;

export function readMetadata(doc: Document, ld: readonly LdNode[], tags: MetaTags, url: string | null): PageMetadata {
  return runSteps(readMetadataSteps(doc, ld, tags, url));
}

/**
 * `readMetadata` in steps: where the metadata is silent, each markup query scans the whole page (a
 * few milliseconds on a page of 100,000 elements), and it pauses between them.
 */
export function* readMetadataSteps(doc: Document, ld: readonly LdNode[], tags: MetaTags, url: string | null): Generator<void, PageMetadata, void> {
  const article = ld.find((node) => ldTypes(node).some((t) => ARTICLE_TYPE.test(t)));
  const titles = [ldText(article?.headline), tags.get('og:title'), tags.get('twitter:title'), doc.title.trim() || null]
    .filter((t): t is string => typeof t === 'string' && t.length > 0);
  const byline = readByline(doc, article, tags);
  yield;
  const published = yield* readPublished(doc, article, tags, url);
  return { titles, byline, published, site: readSite(doc, ld, tags, titles, url) };
}

/** Where a byline line goes on past the name: a separator, a date, a time stamp or a handle. */
const BYLINE_TAIL = /\s+[·|•]\s+|,?\s+(?:updated|published|posted)\b|,?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\s+@\w|,?\s+\d{1,2}[/.]\d{1,2}[/.]\d{2,4}/i;

/** Two letters in a row, of the Latin, Greek, Cyrillic, Hebrew, Arabic or CJK scripts (no Unicode pattern: slow to compile on a fresh page). */
const TWO_LETTERS = /[A-Za-z\u00c0-\u024f\u0370-\u052f\u0590-\u06ff\u3040-\u9fff\uac00-\ud7af]{2}/;

/** "By CNN Staff · October 16, 2016": the name, without the date a byline line often carries; null where it is no name. */
function bylineName(raw: string | null | undefined): string | null {
  const clean = raw?.replace(/\s+/g, ' ').trim().replace(/^by:?\s+/i, '').split(BYLINE_TAIL)[0]?.trim();
  // a profile URL is not a name (og article:author often holds one), nor is a line without a letter
  // nor initials alone ("J J", a commenter's avatar)
  if (!clean || clean.length > 120 || /^https?:\/\/|^www\./i.test(clean) || !TWO_LETTERS.test(clean)) return null;
  return clean;
}

function readByline(doc: Document, article: LdNode | undefined, tags: MetaTags): string | null {
  // metadata first; the markup query (a scan of the page) only where the metadata says nothing
  const fromLd = bylineName(ldText(article?.author));
  if (fromLd) return fromLd;
  for (const key of AUTHOR_META) {
    const name = bylineName(tags.get(key));
    if (name) return name;
  }
  const marked = doc.querySelectorAll(BYLINE_MARKUP);
  for (let i = 0; i < marked.length && i < MARKUP_TRIES; i++) {
    const el = marked[i] as Element;
    if (isInFurniture(el)) continue; // a commenter's or a related story's byline
    // <link rel="author"> and <meta itemprop="author"> point somewhere or say it in an attribute
    const name = bylineName(el.nodeName === 'LINK' ? null : el.nodeName === 'META' ? el.getAttribute('content') : el.textContent);
    if (name) return name;
  }
  return null;
}

function* readPublished(doc: Document, article: LdNode | undefined, tags: MetaTags, url: string | null): Generator<void, string | null, void> {
  const fromLd = toIsoDateOrNull(ldText(article?.datePublished));
  if (fromLd) return fromLd;
  for (const key of DATE_META) {
    const date = toIsoDateOrNull(tags.get(key));
    if (date) return date;
  }
  const itemprop = doc.querySelector('[itemprop="datePublished"]');
  const marked = toIsoDateOrNull(itemprop?.getAttribute('content') ?? itemprop?.getAttribute('datetime'));
  if (marked) return marked;
  yield;
  const time = toIsoDateOrNull(doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime'));
  if (time) return time;
  yield;
  // Many sites put the day in the story's address (/2015/03/18/); the canonical one is the story's own.
  for (const address of [doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), tags.get('og:url'), url]) {
    const day = address ? URL_DAY.exec(address) : null;
    if (day) return `${day[1]}-${day[2]}-${day[3]}`;
  }
  yield;
  // Last, a line the page marks as its date ("posted on April 21, 2015, at 11:29 a.m.")
  const dated = doc.querySelectorAll('[class*="date"], [class*="time"], [id*="date"]');
  for (let i = 0; i < dated.length && i < MARKUP_TRIES; i++) {
    const el = dated[i] as Element;
    const day = isInFurniture(el) ? null : writtenDay(el.textContent ?? '');
    if (day) return day;
  }
  return null;
}

const toIsoDateOrNull = (value: string | null | undefined) => (value ? toIsoDate(value) : null);

/** A day in a story's address: /2015/03/18/ (year, month, day). */
const URL_DAY = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])\//;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** "April 21, 2015" or "21 April 2015" in a line of text. */
const WRITTEN_DAY = /\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})|(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)\d{2}))\b/i;

/** The day a line of text names, as an ISO date (no time: the line's time has no zone). */
function writtenDay(text: string): string | null {
  if (text.length > 200) return null;
  const match = WRITTEN_DAY.exec(text);
  if (!match) return null;
  const month = MONTHS.indexOf((match[1] ?? match[5] ?? '').slice(0, 3).toLowerCase()) + 1;
  const day = Number(match[2] ?? match[4]);
  const year = match[3] ?? match[6];
  if (month < 1 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** ISO 8601 as written where it already is; otherwise what `Date` makes of it, in UTC. */
export function toIsoDate(raw: string): string | null {
  const text = raw.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (iso) {
    const [, date, time, zone] = iso;
    if (!time) return date as string;
    // extended format throughout: "+0000" becomes "+00:00"
    const offset = zone && zone !== 'Z' && !zone.includes(':') ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone ?? '';
    return `${date}T${time}${offset}`;
  }
  if (/^\d{8}$/.test(text)) return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6)}`;
  const time = Date.parse(text);
  if (Number.isNaN(time) || !/\d{4}/.test(text)) return null;
  return new Date(time).toISOString();
}

function readSite(doc: Document, ld: readonly LdNode[], tags: MetaTags, titles: readonly string[], url: string | null): string | null {
  const publisher = ld.map((node) => ldText(node.publisher)).find((name) => name !== null) ?? null;
  const named = tags.get('og:site_name') ?? publisher ?? tags.get('application-name') ?? titleSuffix(titles);
  if (named) return withoutTagline(named);
  const address = url ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  if (!address) return null;
  try {
    const host = new URL(address).hostname.replace(/^www\./, '');
    return host || null;
  } catch {
    return null;
  }
}

const TITLE_PARTS = /\s+[|\-–—·»]\s+/;

/**
 * The site's name where the page's title carries it after the headline ("Talks resume - The Daily
 * Courier"): the last part of the `<title>` when the part before it is the headline another title gives.
 */
function titleSuffix(titles: readonly string[]): string | null {
  const title = titles[titles.length - 1];
  if (!title || titles.length < 2) return null;
  const parts = title.split(TITLE_PARTS);
  const last = parts[parts.length - 1]?.trim();
  if (parts.length < 2 || !last || last.length > 60) return null;
  const head = parts.slice(0, -1).join(' ').toLowerCase();
  return titles.slice(0, -1).some((other) => other.toLowerCase().includes(head) || head.includes(other.toLowerCase())) ? last : null;
}

/** "Yahoo News - Latest News & Headlines" → "Yahoo News": a site's name without the tagline some pages append. */
function withoutTagline(name: string): string {
  const first = name.split(TITLE_PARTS)[0]?.trim();
  return first && first.length >= 2 ? first : name;
}
