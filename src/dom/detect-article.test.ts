import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { paragraphSteps } from './find-paragraphs';
import { readJsonLd } from './read-json-ld';
import { readMetaTags } from './read-meta-tags';
import { readPage } from './read-page';

// Spy on the body walk: a page that is not a story must be turned away before it.
vi.mock('./find-paragraphs', async (original) => {
  const actual = await original<typeof import('./find-paragraphs')>();
  return { ...actual, paragraphSteps: vi.fn(actual.paragraphSteps) };
});
// and on the metadata reads: a page in another language must be turned away before them
vi.mock('./read-meta-tags', async (original) => {
  const actual = await original<typeof import('./read-meta-tags')>();
  return { ...actual, readMetaTags: vi.fn(actual.readMetaTags) };
});
vi.mock('./read-json-ld', async (original) => {
  const actual = await original<typeof import('./read-json-ld')>();
  return { ...actual, readJsonLd: vi.fn(actual.readJsonLd) };
});

const documentOf = (html: string) => new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
const page = (head: string, body: string, lang = 'en') =>
  documentOf(`<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`);
const prose = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of a story, long enough to read as prose, with a comma, a full stop, and a quote.</p>`).join('');

describe('article detection', () => {
  it('turns a non-story page away without walking its body', () => {
    vi.mocked(paragraphSteps).mockClear();
    const reading = readPage(page('<meta property="og:type" content="website">', `<h1>Our product</h1>${'<div><p>Short.</p></div>'.repeat(50)}`), null);
    expect(reading.article.detected).toBe(false);
    expect(reading.detection.reason).toBe('no-prose');
    expect(paragraphSteps).not.toHaveBeenCalled();
  });

  it('reads the language from the page, or from the script of its title when it declares none', () => {
    expect(readPage(page('<meta property="og:type" content="article">', prose(6), 'de-AT'), null).detection.reason).toBe('not-english');
    const japanese = documentOf(`<html><head><title>トレンドマイクロ、公衆無線LANを安全に使うためのアプリ</title></head><body>${prose(6)}</body></html>`);
    expect(readPage(japanese, null).detection.reason).toBe('not-english');
    expect(readPage(page('', prose(6), 'en-GB'), null).article.detected).toBe(true);
  });

  it('takes schema.org article types, og:type and article:published_time as a story', () => {
    for (const head of [
      '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle"}]}</script>',
      '<meta property="og:type" content="article">',
      '<meta property="article:published_time" content="2024-01-01">',
    ]) {
      expect(readPage(page(head, prose(6)), null).detection).toEqual({ likely: true, reason: 'article-metadata' });
    }
  });

  it('walks the body of a page it takes for a story (the spy sees the walk)', () => {
    vi.mocked(paragraphSteps).mockClear();
    expect(readPage(page('<meta property="og:type" content="article">', prose(6)), null).article.detected).toBe(true);
    expect(paragraphSteps).toHaveBeenCalled();
  });

  it('reads "en" however the page writes it, and no other language as English', () => {
    for (const lang of ['en', 'EN', 'en-GB', 'en_US', 'en-us']) expect(readPage(page('', `<div>${prose(5)}</div>`, lang), null).detection.reason, lang).toBe('prose-paragraphs');
    for (const lang of ['eng', 'es', 'de-AT', 'enx']) expect(readPage(page('', `<div>${prose(5)}</div>`, lang), null).detection.reason, lang).toBe('not-english');
  });

  it('turns away a how-to guide with numbered steps, not a story whose headline starts "How tough"', () => {
    const steps = '<ol><li class="step">One</li><li class="step">Two</li><li class="step">Three</li></ol>';
    expect(readPage(page('<meta property="og:type" content="article">', `<h1>How to fold a paper crane</h1>${steps}${prose(5)}`), null).detection.reason).toBe('how-to');
    expect(readPage(page('<meta property="og:type" content="article">', `<h1>How tough rules changed the port</h1>${steps}${prose(5)}`), null).detection.reason).toBe('article-metadata');
  });

  it('without metadata, wants a run of prose paragraphs in one container', () => {
    expect(readPage(page('', `<div>${prose(5)}</div>`), null).detection.reason).toBe('prose-paragraphs');
    expect(readPage(page('', prose(3).split('</p>').map((p) => `<div>${p}</p></div>`).join('')), null).detection.reason).toBe('no-prose');
  });

  it('wants four prose paragraphs for a run: three are not one, short ones between them do not count', () => {
    expect(readPage(page('', `<div>${prose(3)}</div>`), null).detection.reason).toBe('no-prose');
    expect(readPage(page('', `<div>${prose(3)}</div><ul><li><p>Short.</p></li></ul>`), null).detection.reason).toBe('no-prose');
    expect(readPage(page('', `<div>${prose(4)}</div>`), null).detection.reason).toBe('prose-paragraphs');
    // short paragraphs elsewhere, each under its own parent, before and between the story's four
    const short = '<section><p>Short.</p></section>';
    const mixed = `${short.repeat(3)}<div>${prose(2)}<p>Also short.</p>${prose(2)}</div>${short}`;
    expect(readPage(page('', mixed), null).detection.reason).toBe('prose-paragraphs');
  });

  it('turns away a page whose Open Graph type is a product, a video or a profile, however long its prose', () => {
    for (const type of ['product', 'product.item', 'video.other', 'music.song', 'books.book', 'profile']) {
      expect(readPage(page(`<meta property="og:type" content="${type}">`, `<div>${prose(6)}</div>`), null).detection.reason, type).toBe('not-news-type');
    }
    // a story that says so in JSON-LD keeps its verdict whatever its og:type
    const story = '<meta property="og:type" content="video.other"><script type="application/ld+json">{"@type":"NewsArticle"}</script>';
    expect(readPage(page(story, `<div>${prose(6)}</div>`), null).detection.reason).toBe('article-metadata');
    expect(readPage(page('<meta property="og:type" content="website">', `<div>${prose(6)}</div>`), null).detection.reason).toBe('prose-paragraphs');
  });

  it('without metadata, turns away documentation, whose prose explains code, and not a story that merely says "code"', () => {
    const docs = `<article><h1>Caching responses</h1><div class="markdown">${prose(5)}<pre><code>client.cache.clear()</code></pre></div></article>`;
    expect(readPage(page('', docs), null).detection.reason).toBe('documentation');
    const inline = `<div>${prose(5)}<p>Call <code>get()</code>, then <code>set()</code>, then <code>clear()</code>.</p></div>`;
    expect(readPage(page('', inline), null).detection.reason).toBe('documentation');
    expect(readPage(page('', `<div>${prose(5)}<p>The code of conduct was rewritten.</p></div>`), null).detection.reason).toBe('prose-paragraphs');
    // a developer's blog post that says it is an article keeps its code
    expect(readPage(page('<meta property="og:type" content="article">', docs), null).detection.reason).toBe('article-metadata');
  });

  it('reads schema.org types from JSON-LD and microdata however the page writes the prefix and spaces', () => {
    const recipe = '<script type="Application/LD+JSON">{"@type":"HTTPS://Schema.org/Recipe"}</script>';
    expect(readPage(page(recipe, `<div>${prose(5)}</div>`), null).detection.reason).toBe('not-news-type');
    // several types in one itemtype, split on any white space (a tab, a no-break space), the first empty
    const marked = `<div itemscope itemtype=" http://schema.org/WebPage\t\u00a0HTTP://SCHEMA.ORG/Product"><div>${prose(5)}</div></div>`;
    expect(readPage(page('', marked), null).detection.reason).toBe('not-news-type');
    const story = `<div itemscope itemtype="https://schema.org/Product https://schema.org/NewsArticle"><div>${prose(5)}</div></div>`;
    expect(readPage(page('', story), null).detection.reason).toBe('article-metadata');
    // not a schema.org address: the type is not read as a story's
    expect(readPage(page('', `<div itemscope itemtype="https://example.org/Product">${prose(5)}</div>`), null).detection.reason).toBe('prose-paragraphs');
  });

  it('reads meta tags by their first non-empty value, keys in any case and spacing', () => {
    const head = '<meta property="og:type" content=""><meta property=" OG:Type " content=" Article ">';
    expect(readPage(page(head, `<div>${prose(5)}</div>`), null).detection.reason).toBe('article-metadata');
    expect(readPage(page('<meta name="og:type" content="website"><meta property="og:type" content="article">', prose(5)), null).detection.reason)
      .toBe('prose-paragraphs');
    // the language from the meta tags where the page has no lang attribute
    const french = documentOf(`<html><head><meta http-equiv="Content-Language" content="fr"></head><body>${prose(6)}</body></html>`);
    expect(readPage(french, null).detection.reason).toBe('not-english');
  });

  it('turns a page in another language away before reading its meta tags or JSON-LD', () => {
    vi.mocked(readMetaTags).mockClear();
    vi.mocked(readJsonLd).mockClear();
    expect(readPage(page('<meta property="og:type" content="article">', prose(6), 'ja'), null).detection.reason).toBe('not-english');
    expect(readMetaTags).not.toHaveBeenCalled();
    expect(readJsonLd).not.toHaveBeenCalled();
  });

  it('says a story page whose body is a teaser is not an article after all', () => {
    const reading = readPage(page('<meta property="og:type" content="article">', `<h1>Watch: the storm</h1>${prose(1)}`), null);
    expect(reading.detection.reason).toBe('too-short');
    expect(reading.article.detected).toBe(false);
  });
});

describe('detection on real pages that are not English news', () => {
  const corpus = new URL('../../../shared/corpus/pages/', import.meta.url);
  it.skipIf(!existsSafe(corpus))('corpus "other" pages are turned away before the body walk', () => {
    for (const name of ['ehow-1', 'lemonde-1', 'mathjax', 'mozilla-1', 'mozilla-2', 'yahoo-4']) {
      vi.mocked(paragraphSteps).mockClear();
      const reading = readPage(documentOf(readFileSync(new URL(`${name}/source.html`, corpus), 'utf8')), null);
      expect(reading.article.detected, name).toBe(false);
      expect(paragraphSteps, name).not.toHaveBeenCalled();
    }
  }, 60_000);
});

function existsSafe(url: URL): boolean {
  try {
    readFileSync(new URL('INDEX.json', url));
    return true;
  } catch {
    console.warn(`detection corpus test skipped: ${url.pathname} is absent (it ships with the team workspace).`);
    return false;
  }
}
