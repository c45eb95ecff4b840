import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { blockText, bodyText } from '../core/text-model';
import type { DomReading } from './read-page';
import { readPage } from './read-page';

const HEADLINE = 'Lighthouse keepers return to the outer skerries';
const ITEMS = [
  'Three lighthouses on the outer skerries will be staffed again from May.',
  'The coastal agency says automated lamps failed twice last winter.',
  'Keepers will work two-week shifts and live on the islands.',
];
const BODY = [
  'The coastal agency said on Wednesday that it would put keepers back in three lighthouses on the outer skerries, twenty years after the last of them left, because the automated lamps had failed twice in the winter storms.',
  '“A lamp that nobody can reach for a week is not a light you can trust,” said Ragna Eide, who directs the agency’s northern district, adding that fishing boats had twice sailed past a dark tower in January.',
  'The keepers will work in pairs on two-week shifts, living in the old stone houses beside the towers, which carpenters from the mainland have spent the autumn repairing.',
  'The fishermen’s association welcomed the decision, though its chairman, Odd Lunde, said the agency should also reopen the radio station on the largest island.',
];
const SECTION = [
  'The season began with a storm that closed the harbour for four days, and ended with the calmest October anyone on the islands could remember.',
  'Boats from the southern villages landed more cod than in any year since the quota was set, and the fish plant hired twelve new workers.',
];

const documentOf = (html: string) => new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
const paragraphs = (texts: readonly string[]) => texts.map((text) => `<p>${text}</p>`).join('');
/** A story page: the headline, then `inside` (the article's markup after it). */
const read = (inside: string): DomReading => readPage(documentOf(`<html lang="en"><head><title>${HEADLINE}</title>
  <meta property="og:type" content="article"><meta property="og:title" content="${HEADLINE}"></head>
  <body><nav><a href="/">Home</a></nav><article><h1>${HEADLINE}</h1>${inside}</article></body></html>`), 'https://news.example/lighthouses');
const kinds = (reading: DomReading, kind: string) =>
  reading.model.blocks.filter((b) => b.kind === kind).map((b) => blockText(reading.model, b));

/** Asserts the page's own highlights were read as its highlights, and none of them (nor their heading) as its body. */
function expectHighlights(reading: DomReading, heading: string): void {
  expect(kinds(reading, 'highlight')).toEqual(ITEMS);
  expect(kinds(reading, 'paragraph')).toEqual(BODY);
  expect(bodyText(reading.model)).not.toContain(heading);
  expect(reading.article.wordCount).toBe(BODY.join(' ').split(/\s+/).length);
}

describe('a highlights heading over paragraphs, not a list', () => {
  it('reads "Key points" paragraphs between the headline and the story as its highlights', () => {
    expectHighlights(read(`<h2>Key points</h2>${paragraphs(ITEMS)}<div class="story-body">${paragraphs(BODY)}</div>`), 'Key points');
  });

  it('reads "Story highlights:" paragraphs in the story container, ended by the story text, as its highlights', () => {
    expectHighlights(read(`<div class="story-body"><p><strong>Story highlights:</strong></p>${paragraphs(ITEMS)}<hr>${paragraphs(BODY)}</div>`), 'Story highlights');
  });

  it('reads an "In brief" box within the story, its heading wrapped, as the highlights, and the story around it as the body', () => {
    const box = `<aside class="box"><div class="box-head"><h3>In brief</h3></div>${paragraphs(ITEMS)}</aside>`;
    expectHighlights(read(`<div class="story-body">${paragraphs(BODY.slice(0, 2))}${box}${paragraphs(BODY.slice(2))}</div>`), 'In brief');
  });

  it('reads "Highlights" in a box above the story as the highlights', () => {
    expectHighlights(read(`<div class="intro"><h4>Highlights</h4>${paragraphs(ITEMS)}</div><div class="story-body">${paragraphs(BODY)}</div>`), 'Highlights');
  });
});

describe('a heading that only looks like one over highlights', () => {
  it('leaves the paragraphs under a subheading that merely contains the word in the body, even above the story text', () => {
    const short = ['The plant hired twelve new workers this autumn.', 'Cod landings were the highest since the quota was set.'];
    const reading = read(`<div class="story-body"><h2>Highlights of the fishing season</h2>${paragraphs(short)}<h2>The keepers return</h2>${paragraphs(BODY)}</div>`);
    expect(kinds(reading, 'highlight')).toEqual([]);
    expect(kinds(reading, 'paragraph')).toEqual(['Highlights of the fishing season', ...short, 'The keepers return', ...BODY]);
  });

  it('leaves a "Highlights" subheading within the story over its ordinary paragraphs in the body', () => {
    const short = ['The plant hired twelve new workers this autumn.', 'Cod landings were the highest since the quota was set.'];
    const reading = read(`<div class="story-body">${paragraphs(BODY)}<h3>Highlights</h3>${paragraphs(short)}${paragraphs(SECTION)}</div>`);
    expect(kinds(reading, 'highlight')).toEqual([]);
    expect(kinds(reading, 'paragraph')).toEqual([...BODY, 'Highlights', ...short, ...SECTION]);
  });

  it('leaves a "Key points" section of the story, after its text began and not set apart, in the body', () => {
    const reading = read(`<div class="story-body">${paragraphs(BODY)}<section><h3>Key points</h3>${paragraphs(SECTION)}</section></div>`);
    expect(kinds(reading, 'highlight')).toEqual([]);
    expect(kinds(reading, 'paragraph')).toEqual([...BODY, 'Key points', ...SECTION]);
  });

  it('leaves a run of paragraphs under "Key points" in the body where nothing ends it before the story', () => {
    const many = Array.from({ length: 10 }, (_, i) => `The agency will review the keepers’ shifts after the first ${i + 2} months at sea.`);
    const reading = read(`<div class="story-body"><h2>Key points</h2>${paragraphs(many)}</div>`);
    expect(kinds(reading, 'highlight')).toEqual([]);
    expect(kinds(reading, 'paragraph')).toEqual(['Key points', ...many]);
  });
});
