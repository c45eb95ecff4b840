import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { blockText, bodyText } from '../core/text-model';
import type { DomReading } from './read-page';
import { readPage } from './read-page';

const documentOf = (html: string) => new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
const kinds = (reading: DomReading, kind: string) =>
  reading.model.blocks.filter((b) => b.kind === kind).map((b) => blockText(reading.model, b));

/** Two invented stories, each a headline and four paragraphs with names of its own. */
const FERRY = {
  headline: 'Island ferry returns after winter repairs',
  highlights: ['The island ferry sails again after four months in the yard.', 'Fares stay the same; residents keep their discount.'],
  paragraphs: [
    'The ferry to the northern islands sailed again on Monday, after engineers spent the winter replacing the hull plates and the engines that had failed in November.',
    '“We are glad to have our boat back,” said Halvard Moen, who runs the shop on Skarvøy, the largest of the islands, and who had waited four months for deliveries.',
    'The harbour board said the crossing would run four times a day until June, and six times a day in summer, when visitors double the islands’ population.',
    'Tickets will cost the same as last year, the board added, and residents will keep their discount on the morning and evening crossings.',
  ],
};
const MINE = {
  headline: 'Copper mine to close in the spring, owners say',
  highlights: ['The valley’s copper mine closes in April after two centuries.', 'Three hundred jobs are at risk; the council promises retraining.'],
  paragraphs: [
    'The owners of the Brattfjell copper mine said on Tuesday that it would close in April, ending two centuries of mining in the valley and putting three hundred jobs at risk.',
    'Ingrid Solheim, the mine’s manager, told workers that the seam had grown too thin to pay for the pumps that keep the lower galleries dry, according to two people at the meeting.',
    'The regional council promised retraining for miners and said it would ask the government for help with the valley’s roads, which the mine’s trucks had kept open in winter.',
    'A museum of mining history, opened at the pit head in 1998, will stay open, the council said, and may take over some of the older buildings.',
    'Shops in the valley, which sell most of their goods to miners and their families, said they feared for the winter, when few visitors come.',
  ],
};
interface Story {
  readonly headline: string;
  readonly highlights: readonly string[];
  readonly paragraphs: readonly string[];
}
const storyHtml = (story: Story, attributes = '') =>
  `<article${attributes}><h1>${story.headline}</h1><p class="byline">By Staff Reporter</p>` +
  `<ul class="story-highlights">${story.highlights.map((h) => `<li>${h}</li>`).join('')}</ul><div class="story-body">${story.paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></article>`;
/** The same story with its paragraphs straight in the `<article>`, and its highlights as "key points". */
const flat = (story: Story) => `<article><h1>${story.headline}</h1><ul class="key-points">${story.highlights.map((h) => `<li>${h}</li>`).join('')}</ul>` +
  `${story.paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;
const page = (title: string, main: string) => documentOf(`<html lang="en"><head><title>${title} | Fjord Post</title>
  <meta property="og:type" content="article"><meta property="og:title" content="${title}"></head>
  <body><header><a href="/">Fjord Post</a></header><main>${main}</main><footer>All rights reserved</footer></body></html>`);
const wordsOf = (story: Story) => story.paragraphs.join(' ').split(/\s+/).length;

/**
 * Asserts the reading is all of `story` (its highlights, every paragraph, its word count, its headline where the page's
 * title names it: a headline no title matches is not read on any page) and nothing of `other`.
 */
function expectOnly(reading: DomReading, story: Story, other: Story, titled = true): void {
  expect(reading.article.detected).toBe(true);
  if (titled) {
    expect(reading.article.title).toBe(story.headline);
    expect(kinds(reading, 'headline')).toEqual([story.headline]);
  }
  expect(kinds(reading, 'highlight')).toEqual(story.highlights);
  expect(kinds(reading, 'paragraph')).toEqual(story.paragraphs);
  expect(reading.article.wordCount).toBe(wordsOf(story));
  expect(reading.model.text).not.toContain(other.headline);
  for (const paragraph of [...other.highlights, ...other.paragraphs]) expect(reading.model.text).not.toContain(paragraph.slice(0, 40));
}

describe('readPage on a story feed: the next story appended below the one opened (infinite scroll)', () => {
  it('reads the story the page is titled for, not the one appended after it', () => {
    expectOnly(readPage(page(FERRY.headline, storyHtml(FERRY) + storyHtml(MINE)), 'https://news.example/ferry'), FERRY, MINE);
  });

  it('reads the story the page is titled for where the feed put another story above it', () => {
    expectOnly(readPage(page(MINE.headline, storyHtml(FERRY) + storyHtml(MINE)), 'https://news.example/mine'), MINE, FERRY);
  });

  it('reads the story the page is titled for, with its own highlights, where each article holds its paragraphs directly', () => {
    expectOnly(readPage(page(MINE.headline, flat(FERRY) + flat(MINE)), 'https://news.example/mine'), MINE, FERRY);
  });

  it('reads the story whose article names the page address, where the title names neither', () => {
    const main = storyHtml(FERRY, ' data-url="/2025/ferry-returns"') + storyHtml(MINE, ' data-url="https://news.example/2025/mine-to-close"');
    expectOnly(readPage(page('Fjord Post', main), 'https://news.example/2025/mine-to-close'), MINE, FERRY, false);
  });

  it('reads the first story of the feed where nothing names the page story, each article in a wrapper of its own', () => {
    const main = `<div class="feed"><div class="feed-item">${storyHtml(FERRY)}</div><div class="feed-item">${storyHtml(MINE)}</div></div>`;
    expectOnly(readPage(page('Fjord Post', main), 'https://news.example/'), FERRY, MINE, false);
  });

  it('takes a page titled for a story too short to read for no story, rather than for the next story of the feed', () => {
    const brief = { ...FERRY, paragraphs: FERRY.paragraphs.slice(0, 1) };
    const reading = readPage(page(FERRY.headline, storyHtml(brief) + storyHtml(MINE)), 'https://news.example/ferry');
    expect(reading.article.detected).toBe(false);
    expect(reading.model.text).not.toContain(MINE.paragraphs[0]?.slice(0, 40));
  });

  it('never reads two stories of a feed as one, even where the first is too short and nothing names the page story', () => {
    const brief = { ...FERRY, paragraphs: FERRY.paragraphs.slice(0, 1) };
    for (const html of [storyHtml(brief) + storyHtml(MINE), flat(brief) + flat(MINE)]) {
      const reading = readPage(page('Fjord Post', html), 'https://news.example/');
      expect(kinds(reading, 'paragraph')).toEqual(MINE.paragraphs);
      expect(reading.model.text).not.toContain(FERRY.headline);
    }
  });

  it('reads a story split over several containers as one story, and not the next story split the same way', () => {
    // CNN's layout: the body cut into `zn-body__paragraph` blocks between an ad and a photo
    const cnnStyle = (story: Story) => `<article class="pg-rail-tall"><h1>${story.headline}</h1>` +
      `<div class="el__storyhighlights"><ul>${story.highlights.map((h) => `<li>${h}</li>`).join('')}</ul></div><section class="zn-body-text">` +
      `<div class="zn-body__paragraph">${story.paragraphs[0]}</div><div class="zn-body__paragraph">${story.paragraphs[1]}</div>` +
      '<div class="ad">Advertisement</div>' +
      `<div class="zn-body__paragraph">${story.paragraphs[2]}</div><div class="zn-body__paragraph">${story.paragraphs[3]}</div></section></article>`;
    const alone = readPage(page(FERRY.headline, cnnStyle(FERRY)), 'https://news.example/ferry');
    expect(bodyText(alone.model).split('\n')).toEqual(FERRY.paragraphs);
    expect(kinds(alone, 'highlight')).toEqual(FERRY.highlights);
    expectOnly(readPage(page(FERRY.headline, cnnStyle(FERRY) + cnnStyle(MINE)), 'https://news.example/ferry'), FERRY, MINE);
  });
});
