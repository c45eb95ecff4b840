import type { LdNode } from './read-json-ld';
import { ldText, ldTypes } from './read-json-ld';
import type { MetaTags } from './read-meta-tags';

/** What the page says about its story, besides the text: from JSON-LD, meta tags and markup. */
export interface PageMetadata {
  /** titles the page gives, best first: JSON-LD headline, og:title, twitter:title, `<title>` */
  readonly titles: readonly string[];
  readonly byline: string | null;
  readonly published: string | null;
  readonly site: string | null;
}

const ARTICLE_TYPE = /Article|BlogPosting|Report/;
const DATE_META = ['article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish-date',
  'date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published', 'originalpublicationdate'];

export function readMetadata(doc: Document, ld: readonly LdNode[], tags: MetaTags, url: string | null): PageMetadata {
  const article = ld.find((node) => ldTypes(node).some((t) => ARTICLE_TYPE.test(t)));
  const titles = [ldText(article?.headline), tags.get('og:title'), tags.get('twitter:title'), doc.title.trim() || null]
    .filter((t): t is string => typeof t === 'string' && t.length > 0);
  return {
    titles,
    byline: readByline(doc, article, tags),
    published: readPublished(doc, article, tags),
    site: readSite(doc, ld, tags, url),
  };
}

/** Where a byline line goes on past the name: a separator, a date, a time stamp or a handle. */
const BYLINE_TAIL = /\s+[·|•]\s+|,?\s+(?:updated|published|posted)\b|,?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\s+@\w|,?\s+\d{1,2}[/.]\d{1,2}[/.]\d{2,4}/i;

function readByline(doc: Document, article: LdNode | undefined, tags: MetaTags): string | null {
  // metadata first; the markup query (a scan of the page) only where the metadata says nothing
  const candidates = [
    () => ldText(article?.author),
    () => tags.get('author') ?? tags.get('article:author') ?? tags.get('sailthru.author') ?? tags.get('parsely-author'),
    () => doc.querySelector('[rel="author"], [itemprop="author"], [class*="byline"], [class*="Byline"]')?.textContent,
  ];
  for (const candidate of candidates) {
    // "By CNN Staff · October 16, 2016": the name, without the date a byline line often carries
    const clean = candidate()?.replace(/\s+/g, ' ').trim().replace(/^by\s+/i, '').split(BYLINE_TAIL)[0]?.trim();
    // a profile URL is not a name (og article:author often holds one)
    if (clean && clean.length <= 120 && !/^https?:\/\//i.test(clean)) return clean;
  }
  return null;
}

function readPublished(doc: Document, article: LdNode | undefined, tags: MetaTags): string | null {
  const candidates: Array<() => string | null | undefined> = [() => ldText(article?.datePublished)];
  for (const key of DATE_META) candidates.push(() => tags.get(key.toLowerCase()));
  candidates.push(() => {
    const itemprop = doc.querySelector('[itemprop="datePublished"]');
    return itemprop?.getAttribute('content') ?? itemprop?.getAttribute('datetime');
  });
  candidates.push(() => doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime'));
  for (const candidate of candidates) {
    const value = candidate();
    const iso = value ? toIsoDate(value) : null;
    if (iso) return iso;
  }
  return null;
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

function readSite(doc: Document, ld: readonly LdNode[], tags: MetaTags, url: string | null): string | null {
  const publisher = ld.map((node) => ldText(node.publisher)).find((name) => name !== null) ?? null;
  const named = tags.get('og:site_name') ?? publisher ?? tags.get('application-name');
  if (named) return named;
  const address = url ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  if (!address) return null;
  try {
    const host = new URL(address).hostname.replace(/^www\./, '');
    return host || null;
  } catch {
    return null;
  }
}
