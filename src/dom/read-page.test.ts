import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { blockText, bodyText } from '../core/text-model';
import { readPage } from './read-page';

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/pages/${name}`, import.meta.url), 'utf8');
const documentOf = (html: string) => new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
const read = (html: string) => readPage(documentOf(html), 'https://news.example/story');
const kinds = (reading: ReturnType<typeof read>, kind: string) =>
  reading.model.blocks.filter((b) => b.kind === kind).map((b) => blockText(reading.model, b));

describe('readPage on a story split over several containers', { timeout: 20_000 }, () => {
  const reading = read(fixture('split-story.html'));
  const body = bodyText(reading.model);

  it('finds the story and its metadata', () => {
    expect(reading.article).toMatchObject({
      detected: true,
      title: 'Harbour bridge reopens after two-year repair',
      byline: 'Mara Lindqvist',
      published: '2024-03-02T08:15:00+01:00',
      site: 'Coastline Courier',
    });
    expect(reading.article.wordCount).toBe(body.split(/\s+/).length);
  });

  it('reads headline, highlights, every body paragraph and the caption, in page order', () => {
    expect(kinds(reading, 'headline')).toEqual(['Harbour bridge reopens after two-year repair']);
    expect(kinds(reading, 'highlight')).toEqual([
      'The harbour bridge carries traffic again after a repair that ran a year late.',
      'Engineers replaced every cable and half of the deck plates.',
    ]);
    expect(kinds(reading, 'caption')).toEqual(['The first buses cross the reopened bridge on Saturday.']);
    const paragraphs = kinds(reading, 'paragraph');
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toMatch(/^The harbour bridge opened/);
    expect(paragraphs[4]).toMatch(/^Road signs pointing/);
  });

  it('leaves out furniture, hidden text, comments, form fields and editable areas', () => {
    for (const decoy of ['Trending', 'Mayor Ostrander', 'Share on social media', 'Advertisement', 'Gull Air', 'hidden',
      'inline style', 'newsletter', 'covers transport', 'Erik from the quay', 'Write your comment', 'editable note',
      'All rights reserved', 'Harbour weather', 'By Mara']) {
      expect(reading.model.text).not.toContain(decoy);
    }
    expect(body).not.toContain('Key points');
  });

  it('maps a quotation back to the live page exactly', () => {
    const quote = '“We found more corrosion than any survey had shown,”';
    const start = reading.model.text.indexOf(quote);
    const range = reading.anchors.rangeFor({ start, end: start + quote.length });
    expect(range?.toString()).toBe(quote);
    expect(range?.startContainer.parentElement?.nodeName).toBe('P');
  });
});

describe('readPage on pages that are not English news stories', () => {
  it('says a product page is not an article, without reading its text', () => {
    const reading = read(fixture('product-page.html'));
    expect(reading.article.detected).toBe(false);
    expect(reading.detection.reason).toBe('not-news-type');
    expect(reading.model.text).toBe('');
  });

  it('says a page in another language is not an article', () => {
    const html = fixture('split-story.html').replace('<html lang="en">', '<html lang="fr">');
    expect(read(html).detection).toEqual({ likely: false, reason: 'not-english' });
  });

  it('says a how-to guide with numbered steps is not a story', () => {
    const steps = Array.from({ length: 4 }, (_, i) => `<div class="step"><p>Step ${i + 1}: fill the jar with soil and moss, then water it lightly and close the lid for a week.</p></div>`).join('');
    const html = `<html lang="en"><head><meta property="og:type" content="article"><meta property="og:title" content="How to Build a Terrarium"></head><body><h1>How to Build a Terrarium</h1>${steps}</body></html>`;
    expect(read(html).detection.reason).toBe('how-to');
  });

  it('says a front page of teasers is a listing', () => {
    const teasers = Array.from({ length: 8 }, (_, i) => `<article><h3><a href="/s${i}">Story ${i}</a></h3><p>A teaser sentence long enough to look like a paragraph of prose, number ${i}.</p></article>`).join('');
    expect(read(`<html lang="en"><body>${teasers}</body></html>`).detection.reason).toBe('listing');
  });
});

describe('readPage on an older page without paragraph tags', () => {
  const reading = read(fixture('old-style-story.html'));

  it('splits paragraphs at double line breaks and finds the headline without metadata', () => {
    expect(reading.article.detected).toBe(true);
    expect(reading.article.title).toBe('Valley farmers count the cost of the late frost');
    const paragraphs = kinds(reading, 'paragraph');
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[1]).toMatch(/^"I have not seen a frost like it/);
    expect(reading.model.text).not.toContain('Farming');
  });
});

describe('readPage in open shadow roots', () => {
  it('reads a story rendered inside a web component', () => {
    const doc = documentOf('<html lang="en"><head><meta property="og:type" content="article"></head><body><story-view></story-view></body></html>');
    const host = doc.querySelector('story-view')!;
    const paragraph = 'The council voted on Tuesday to keep the old library open, after a campaign by readers that gathered eleven thousand signatures in a month.';
    host.attachShadow({ mode: 'open' }).innerHTML = `<article><h1>Library saved</h1>${`<p>${paragraph}</p>`.repeat(4)}</article>`;
    const reading = readPage(doc, null);
    expect(reading.article.detected).toBe(true);
    expect(kinds(reading, 'paragraph')).toEqual([paragraph, paragraph, paragraph, paragraph]);
    const start = reading.model.text.indexOf('eleven thousand');
    expect(reading.anchors.rangeFor({ start, end: start + 15 })?.toString()).toBe('eleven thousand');
  });
});

describe('readPage on deeply nested pages', { timeout: 60_000 }, () => {
  const paragraph = 'The harbour board said on Monday that the ferry to the islands would run again in May, after engineers finished repairs to the pier and the ticket office.';
  // jsdom itself takes seconds to build a tree thousands deep (it climbs to the root on every insertion):
  // 3,000 levels keep the test short and still make a reader quadratic in the depth take 100 times the steps.
  /** The story page, its paragraphs inside `wrap` (markup that opens and closes around them). */
  const page = (wrap = ['', '']) => documentOf(`<html lang="en"><head><title>Ferry returns</title><meta property="og:type" content="article"></head><body><article><h1>Ferry returns</h1>${wrap[0]}${`<p>${paragraph}</p>`.repeat(4)}${wrap[1]}</article></body></html>`);
  /**
   * Reads the page counting every step the reader takes along the tree's links (parents, children, siblings):
   * the work of reading, independent of the machine. A reader that climbs to the root from every element
   * (a visibility check, `closest`, a depth) or looks through every subtree takes steps that grow with the
   * square of the depth.
   */
  const readCounting = (doc: Document) => {
    const win = doc.defaultView as unknown as { Node: typeof Node; Element: typeof Element };
    let steps = 0;
    const restore: Array<() => void> = [];
    for (const [proto, names] of [[win.Node.prototype, ['parentNode', 'parentElement', 'firstChild', 'nextSibling']],
      [win.Element.prototype, ['firstElementChild', 'nextElementSibling']]] as const) {
      for (const name of names) {
        const own = Object.getOwnPropertyDescriptor(proto, name)!;
        Object.defineProperty(proto, name, { ...own, get(this: Node) { steps++; return own.get!.call(this); } });
        restore.push(() => Object.defineProperty(proto, name, own));
      }
    }
    try {
      return { reading: readPage(doc, 'https://news.example/ferry'), steps, elements: doc.getElementsByTagName('*').length };
    } finally {
      for (const undo of restore) undo();
    }
  };
  const flat = readPage(page(), 'https://news.example/ferry');

  it('reads a story wrapped in 3,000 nested inline elements as it reads the same story unwrapped, in steps linear in the page', () => {
    const doc = page(['<span>'.repeat(3_000), '</span>'.repeat(3_000)]);
    const { reading, steps, elements } = readCounting(doc);
    expect(reading.model.text).toBe(flat.model.text);
    expect(kinds(reading, 'paragraph')).toHaveLength(4);
    expect(steps).toBeLessThan(20 * elements);
  });

  it('reads a paragraph at every level of a 2,000-deep nesting, in steps linear in the page', () => {
    const doc = page();
    let level: Element = doc.querySelector('article')!;
    for (let i = 0; i < 2_000; i++) {
      level.appendChild(doc.createElement('p')).textContent = `${paragraph} (${i})`;
      level = level.appendChild(doc.createElement('div'));
    }
    const { reading, steps, elements } = readCounting(doc);
    expect(reading.article.detected).toBe(true);
    expect(kinds(reading, 'paragraph')).toHaveLength(2_004);
    expect(steps).toBeLessThan(20 * elements);
  });
});

describe('readPage on a page with a big block its style sheet hides', () => {
  it('reads the visible story, not the hidden block that holds more prose', () => {
    const story = 'The harbour board said on Monday that the ferry to the islands would run again in May, after engineers finished repairs to the pier.';
    const hidden = 'Oskarine Valdrup said the northern quay would close for good, and the council agreed, after a long debate that ran late into the night.';
    const doc = documentOf(`<html lang="en"><head><title>Ferry returns</title><meta property="og:type" content="article"><style>.archive{display:none}</style></head>
      <body><article><h1>Ferry returns</h1><div class="story-body">${`<p>${story}</p>`.repeat(4)}</div><div class="archive">${`<p>${hidden}</p>`.repeat(200)}</div></article></body></html>`);
    // jsdom computes no style: give it the browsers' checkVisibility, false inside the hidden block
    const proto = (doc.defaultView as unknown as { Element: typeof Element }).Element.prototype as Element & { checkVisibility?: () => boolean };
    proto.checkVisibility = function (this: Element) { return this.closest('.archive') === null; };
    const reading = readPage(doc, 'https://news.example/ferry');
    expect(reading.article.detected).toBe(true);
    expect(kinds(reading, 'paragraph')).toEqual([story, story, story, story]);
    expect(reading.model.text).not.toContain('Valdrup');
  });
});

describe('readPage on a story that opens with a dateline', () => {
  const page = (dateline: string) => `<html lang="en"><head><title>Museum attack</title></head><body><article>
    <h1>Gunmen attack a museum in the capital</h1>${dateline}
    <p><span class="dateline">TUNIS —</span> Gunmen opened fire on visitors at the country’s most renowned museum on Wednesday, killing at least nineteen people in the capital.</p>
    <p>It was the deadliest attack in the country in more than a decade, officials said on Wednesday evening after the siege.</p>
    <p>Security forces stormed the building after two hours and freed the hostages who had hidden in the galleries.</p>
    <p>The museum, near the national parliament, is one of the region's most visited sites and holds a famous mosaic collection.</p>
  </article></body></html>`;

  it('keeps the place line that opens the first sentence, and leaves out a dateline block of its own', () => {
    const reading = read(page('<div class="dateline">Updated 18 March 2015</div>'));
    expect(kinds(reading, 'paragraph')[0]).toMatch(/^TUNIS — Gunmen opened fire/);
    expect(reading.model.text).not.toContain('Updated 18 March');
  });
});
