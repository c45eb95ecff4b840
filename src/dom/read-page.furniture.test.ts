import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { blockText, bodyText } from '../core/text-model';
import { readPage } from './read-page';

// Small pages, one per rule about the furniture of 2023–2025 layouts (tests/fixtures/layouts has the
// whole pages): each test fails without its rule.

const read = (body: string) => {
  const html = `<!doctype html><html lang="en"><head><meta property="og:type" content="article"><title>Ferry fares rise</title></head><body>${body}</body></html>`;
  return readPage(new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document, 'https://news.example/story');
};
const captions = (reading: ReturnType<typeof read>) =>
  reading.model.blocks.filter((b) => b.kind === 'caption').map((b) => blockText(reading.model, b));

const STORY: readonly [string, string, string, string] = [
  'Ferry fares between the islands will rise by a fifth in April, the operator said on Monday, blaming fuel and crew costs.',
  '“We have held prices for three years, and we cannot hold them for a fourth,” said Morag Ellis, the operator’s chief executive.',
  'Islanders said the rise would hit families who travel to the mainland for hospital appointments, school and work.',
  'The council said it would ask the government for a subsidy, as it did when fares last rose sharply, in 2019.',
];
const paragraphs = (list: readonly string[]) => list.map((text) => `<p>${text}</p>`).join('');
const storyWith = (between: string, after = '') =>
  `<article><h1>Ferry fares rise</h1><div class="entry-content">${paragraphs(STORY.slice(0, 2))}${between}${paragraphs(STORY.slice(2))}${after}</div></article>`;

describe('furniture inside the story container', () => {
  it('leaves out a related-posts box whose name runs "related" into another word (Jetpack\'s jp-relatedposts)', () => {
    const reading = read(storyWith('', `<div id="jp-relatedposts" class="jp-relatedposts"><h3><em>Related</em></h3>
      <div class="jp-relatedposts-post"><h4><a href="/a">Harbour dues go up again</a></h4>
      <p class="jp-relatedposts-post-excerpt">The harbour board raised the dues it charges fishing boats for the second year running, citing repairs to the breakwater.</p></div></div>`));
    expect(bodyText(reading.model)).not.toContain('harbour board');
    expect(bodyText(reading.model)).toContain(STORY[3]);
  });

  it('leaves out a pull quote, which repeats a sentence of the story in large type', () => {
    const pull = '<figure class="wp-block-pullquote"><blockquote><p>“We cannot hold them for a fourth.”</p><cite>Morag Ellis</cite></blockquote></figure>';
    const body = bodyText(read(storyWith(pull)).model);
    expect(body).not.toContain('“We cannot hold them for a fourth.”');
    expect(body.split('\n')).toEqual(STORY);
  });

  it('keeps the text of an embedded post and leaves out its "— Name (@handle) date" line', () => {
    const tweet = `<figure class="wp-block-embed-twitter"><blockquote class="twitter-tweet"><p lang="en">Fares up 20% from April. The operator blames fuel and crew costs.</p>&mdash; Island Ferries Watch (@ferrywatch) <a href="https://twitter.com/x/status/1">March 4, 2024</a></blockquote></figure>`;
    const body = bodyText(read(storyWith(tweet)).model);
    expect(body).toContain('Fares up 20% from April. The operator blames fuel and crew costs.');
    expect(body).not.toContain('@ferrywatch');
  });

  it('keeps a caption held in a wrapper named after the photo\'s details, and leaves out the credit beside it', () => {
    const photo = `<div class="image"><img alt=""><div class="image__metadata"><div itemprop="caption" class="image__caption"><p>The ferry leaves Oban on Monday morning.</p></div><figcaption class="image__credit">Jane Roe/Agency</figcaption></div></div>`;
    const reading = read(storyWith(photo));
    expect(captions(reading)).toEqual(['The ferry leaves Oban on Monday morning.']);
    expect(reading.model.text).not.toContain('Jane Roe');
  });

  it('leaves out closing credit lines and the rule above them', () => {
    for (const credit of ['Agency writer Sam Hale in Oban contributed to this report.', 'The Times’s Ana Ruiz contributed reporting.',
      'Reporting by Sam Hale; Additional reporting by Ana Ruiz; Editing by Tom Wood', '___']) {
      const body = bodyText(read(storyWith('', `<p>${credit}</p>`)).model);
      expect(body.split('\n'), credit).toEqual(STORY);
    }
  });

  it('leaves out a date stamp line ("Latest update : 2024-03-04", "Updated: March 4, 2024 10:12 am GMT") and keeps a sentence opening with "Updated"', () => {
    const stamps = '<p class="modification">Latest update : 2024-03-04</p><p>Updated: March 4, 2024 10:12 am GMT</p><p>Date created : 2024-03-04</p>';
    const sentence = '<p>Updated timetables will be posted at every pier by March 20, the operator said.</p>';
    const body = bodyText(read(storyWith(stamps + sentence)).model);
    expect(body.split('\n')).toEqual([...STORY.slice(0, 2), 'Updated timetables will be posted at every pier by March 20, the operator said.', ...STORY.slice(2)]);
  });

  it('leaves out a "Recommended Stories" heading, a reading time and a bare count', () => {
    const bits = '<h2>Recommended Stories</h2><p>6 min read · Mar 4, 2024</p><p>1.2K</p>';
    expect(bodyText(read(storyWith(bits)).model).split('\n')).toEqual(STORY);
  });
});

describe('furniture named the ways 2023–2025 layouts name it', () => {
  it('leaves out a byline block named only by its component name, its classes being hashes', () => {
    const byline = `<div data-component="byline-block" class="sc-2b5e3b35-0"><time datetime="2024-03-04">4 March 2024</time>
      <div data-testid="byline-contributors" class="sc-9a1"><span class="sc-7f2">Jo Penhale</span><span>BBC News, Oban</span></div></div>`;
    const reading = read(`<article><h1>Ferry fares rise</h1>${byline}${paragraphs(STORY)}</article>`);
    expect(bodyText(reading.model).split('\n')).toEqual(STORY);
  });

  it('reads only the caption of a photo\'s figure, not the credit or label beside the image', () => {
    const photo = '<figure><div><img alt=""><span role="text">Harbour Trust</span><span>Image</span></div><figcaption>The ferry leaves Oban on Monday morning.</figcaption></figure>';
    const reading = read(storyWith(photo));
    expect(captions(reading)).toEqual(['The ferry leaves Oban on Monday morning.']);
    expect(bodyText(reading.model)).not.toContain('Harbour Trust');
  });

  it('leaves out the dek under the headline (subtitle, standfirst)', () => {
    for (const name of ['pw-subtitle-paragraph', 'standfirst', 'dek']) {
      const dek = `<h2 class="${name}">Islanders brace for a fifth more on every crossing from April.</h2>`;
      const reading = read(`<article><h1>Ferry fares rise</h1>${dek}${paragraphs(STORY)}</article>`);
      expect(bodyText(reading.model).split('\n'), name).toEqual(STORY);
    }
  });

  it('takes a "Key points" heading in a block of its own as the highlights\' title, not as story text', () => {
    // each part a block of its own, as BBC News sets its stories
    const points = '<div><h2>Key points</h2></div><div><ul><li>Fares rise by a fifth in April</li><li>The operator blames fuel and crew costs</li></ul></div>';
    const blocks = STORY.map((text) => `<div class="text-block"><p>${text}</p></div>`).join('');
    const reading = read(`<article><h1>Ferry fares rise</h1>${points}${blocks}</article>`);
    expect(reading.model.blocks.filter((b) => b.kind === 'highlight')).toHaveLength(2);
    expect(bodyText(reading.model).split('\n')).toEqual(STORY);
  });
});

describe('a live blog', () => {
  const post = (title: string, text: string) =>
    `<article class="live-post"><header class="live-post__header"><time>10:20</time></header><h2>${title}</h2><div class="live-post__body"><p>${text}</p></div></article>`;
  const page = `<article class="live-blog"><h1>Storm live: ferries cancelled</h1><div class="live-blog__posts">
    ${post('Ferries cancelled', STORY[0])}${post('Operator speaks', STORY[1])}${post('Islanders react', STORY[2])}${post('Council', STORY[3])}</div></article>`;

  it('reads every post, each an <article> of its own without a headline of its own, as the one story', () => {
    const reading = read(page);
    expect(reading.article.detected).toBe(true);
    expect(bodyText(reading.model).split('\n')).toEqual(['Ferries cancelled', STORY[0], 'Operator speaks', STORY[1], 'Islanders react', STORY[2], 'Council', STORY[3]]);
  });
});
