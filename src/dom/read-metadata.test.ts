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

  it('finds the author in the meta tags news sites use, and a byline in the page past links, initials and comments', () => {
    expect(metadataOf('<meta name="byl" content="By Ana Ruiz">').byline).toBe('Ana Ruiz');
    expect(metadataOf('<meta property="og:article:author" content="Harbour Courier">').byline).toBe('Harbour Courier');
    expect(metadataOf('<meta name="author" content="https://social.example/+AnaRuiz">', '<span class="pb-byline">By <a href="/people/ana">Ana Ruiz</a></span>').byline).toBe('Ana Ruiz');
    expect(metadataOf('<link rel="author" href="https://social.example/+AnaRuiz">', '<div class="author-name">Li Wei</div>').byline).toBe('Li Wei');
    const comments = '<section class="comments"><div class="byline"><span class="avatar">J J</span></div><div class="byline">Pat Doe</div></section>';
    expect(metadataOf('', `${comments}<div class="story"><div class="author-name">Li Wei</div></div>`).byline).toBe('Li Wei');
    expect(metadataOf('', '<div class="byline"><span class="avatar">J J</span></div>').byline).toBeNull();
  });

  it('reads the published day from meta tags news sites use, the story address, or a dated line', () => {
    expect(metadataOf('<meta name="article:publicationdate" content="Fri Mar 13 21:30:09 EST 2015">').published).toBe('2015-03-14T02:30:09.000Z');
    expect(metadataOf('<meta name="pdate" content="20190221">').published).toBe('2019-02-21');
    expect(metadataOf('<link rel="canonical" href="https://news.example/world/bridge-reopens/2015/03/18/abc_story.html">').published).toBe('2015-03-18');
    expect(metadataOf('', '<span class="post_datetime">posted on April 21, 2015, at 11:29 a.m.</span>').published).toBe('2015-04-21');
    expect(metadataOf('', '<span class="dateline">Updated 3 May 2021</span>').published).toBe('2021-05-03');
    expect(metadataOf('', '<span class="timestamp">March 18 at 3:57 PM</span>', 'https://news.example/a/b').published).toBeNull();
  });

  it('takes the site name from the title after the headline where no metadata names it, without a tagline', () => {
    expect(metadataOf('<title>Bridge reopens - The Harbour Courier</title><meta property="og:title" content="Bridge reopens">').site).toBe('The Harbour Courier');
    expect(metadataOf('<meta name="application-name" content="Courier News - Latest News &amp; Headlines">').site).toBe('Courier News');
    expect(metadataOf('<title>Bridge reopens - yes - no</title>', '', 'https://www.courier.example/x').site).toBe('courier.example');
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
