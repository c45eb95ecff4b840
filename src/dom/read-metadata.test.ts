import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readJsonLd } from './read-json-ld';
import { readMetadata, toIsoDate } from './read-metadata';
import { readMetaTags } from './read-meta-tags';

const metadataOf = (head: string, body = '', url: string | null = null) => {
  const { document } = new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).window;
  return readMetadata(document, readJsonLd(document), readMetaTags(document), url);
};

describe('readMetadata', () => {
  it('prefers JSON-LD, then meta tags, then markup', () => {
    const meta = metadataOf(
      '<title>Bridge reopens - Courier</title><meta property="og:site_name" content="Courier">' +
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge reopens","author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Li Wei"}],"datePublished":"2024-05-06T07:08:09+0200"}</script>',
    );
    expect(meta).toEqual({ titles: ['Bridge reopens', 'Bridge reopens - Courier'], byline: 'Ana Ruiz, Li Wei', published: '2024-05-06T07:08:09+02:00', site: 'Courier' });
  });

  it('reads a byline line from the page without its date, time stamp or handle', () => {
    expect(metadataOf('', '<div class="byline">\n by Steven Musil January 18, 2017 11:00 PM PST @stevenmusil</div>').byline).toBe('Steven Musil');
    expect(metadataOf('', '<p class="Byline">By CNN Staff · October 16, 2016</p>').byline).toBe('CNN Staff');
    expect(metadataOf('<meta name="author" content="https://example.com/staff/ana">').byline).toBeNull();
  });

  it('falls back to a <time> for the date and to the address for the site', () => {
    const meta = metadataOf('', '<article><time datetime="2023-02-01">1 Feb</time></article>', 'https://www.harbour-news.example/a/b');
    expect(meta.published).toBe('2023-02-01');
    expect(meta.site).toBe('harbour-news.example');
  });
});

describe('toIsoDate', () => {
  it('keeps ISO 8601 as written, in extended format, and converts other dates to UTC', () => {
    expect(toIsoDate('2016-10-16T17:22:37Z')).toBe('2016-10-16T17:22:37Z');
    expect(toIsoDate('2017-11-16T14:15+0000')).toBe('2017-11-16T14:15+00:00');
    expect(toIsoDate('2019-04-28 06:01:07')).toBe('2019-04-28T06:01:07');
    expect(toIsoDate('20150724')).toBe('2015-07-24');
    expect(toIsoDate('Sun, 16 Oct 2016 17:22:37 GMT')).toBe('2016-10-16T17:22:37.000Z');
    expect(toIsoDate('yesterday')).toBeNull();
  });
});
