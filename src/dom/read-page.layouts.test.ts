import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { blockText, bodyText } from '../core/text-model';
import type { DomReading } from './read-page';
import { readPage } from './read-page';

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/pages/${name}`, import.meta.url), 'utf8');

/**
 * The page as a browser holds it: jsdom does not parse declarative shadow roots, so each
 * `<template shadowrootmode>` becomes its parent's open shadow root, as Chromium's and Firefox's parsers do.
 */
function documentOf(html: string): Document {
  const { document } = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window;
  for (const template of document.querySelectorAll('template[shadowrootmode]')) {
    const host = template.parentElement as HTMLElement;
    host.attachShadow({ mode: 'open' }).append((template as HTMLTemplateElement).content);
    template.remove();
  }
  return document;
}

const read = (name: string) => readPage(documentOf(fixture(name)), 'https://news.example/story');
const kinds = (reading: DomReading, kind: string) =>
  reading.model.blocks.filter((b) => b.kind === kind).map((b) => blockText(reading.model, b));

describe('a blog post rendered inside a web component (open shadow root)', () => {
  const reading = read('shadow-blog.html');
  const body = bodyText(reading.model);

  it('finds the post, its headline and its metadata inside the shadow root', () => {
    expect(reading.article).toMatchObject({ detected: true, title: 'Night trains return to the valley line', byline: 'Ines Varga', site: 'Rail Notes' });
    expect(kinds(reading, 'paragraph')).toHaveLength(5);
    expect(body).toMatch(/^The sleeper service between Sorrel Junction/);
    expect(body).toContain('fills at least two thirds of its berths');
  });

  it('keeps the caption without its photo credit, and leaves out the post line, related posts, comments and footer', () => {
    expect(kinds(reading, 'caption')).toEqual(['The first sleeper waits at Sorrel Junction on Saturday evening.']);
    for (const chrome of ['By Ines Varga', 'Photo: Rail Notes', 'More from the blog', 'quarry freight that still', 'I took the old sleeper', 'written by volunteers', 'About this blog']) {
      expect(reading.model.text, chrome).not.toContain(chrome);
    }
  });

  it('maps the story back to the text inside the shadow root', () => {
    const start = reading.model.text.indexOf('Tomas Brandl');
    const range = reading.anchors.rangeFor({ start, end: start + 'Tomas Brandl'.length });
    expect(range?.toString()).toBe('Tomas Brandl');
    expect((range?.startContainer.getRootNode() as ShadowRoot).host?.nodeName).toBe('BLOG-POST');
  });
});

describe('a story cut into several containers with an ad and a sign-up box between them', () => {
  const reading = read('ads-between.html');
  const body = bodyText(reading.model);

  it('reads all six paragraphs in page order as one story', () => {
    const paragraphs = kinds(reading, 'paragraph');
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[0]).toMatch(/^Fares on the lake ferry will fall/);
    expect(paragraphs[2]).toMatch(/^A single crossing will cost/);
    expect(paragraphs[5]).toMatch(/^Residents of the island villages/);
  });

  it('keeps the gallery caption above the story without its counter or credit, and no ad, sign-up, share or sidebar text', () => {
    expect(kinds(reading, 'caption')).toEqual(['One of the three electric ferries on its trial run across the lake in May.']);
    for (const chrome of ['2 / 6', 'Harbour Authority', 'Advertisement', 'Marina Outfitters', 'morning briefing', 'Share on social media', 'cycle lanes', 'All rights reserved']) {
      expect(body, chrome).not.toContain(chrome);
    }
  });

  it('takes the byline, the day and the site name from the meta tag, the address and the title', () => {
    expect(reading.article).toMatchObject({
      title: 'Lake ferry fares to fall as electric boats enter service',
      byline: 'Olek Marsh and Priya Anand',
      published: '2025-06-02',
      site: 'The Shoreline Post',
    });
  });
});

describe('a live blog followed by related links and a long comment thread that read like paragraphs', () => {
  const reading = read('liveblog-comments.html');
  const body = bodyText(reading.model);

  it('reads every update of the live blog and its metadata', () => {
    expect(reading.article).toMatchObject({
      detected: true,
      title: 'Marathon day: closures and results as they happen',
      byline: 'Ruth Okafor',
      published: '2025-04-27T07:00:00+01:00',
      site: 'Riverside Evening News',
    });
    const paragraphs = kinds(reading, 'paragraph');
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^The women's race was won by Amara Diallo/);
    expect(paragraphs[3]).toMatch(/^Good morning\. Roads around the city centre/);
  });

  it('leaves out the related links and every comment, however much they read like prose', () => {
    for (const chrome of ['Read more', 'route was changed after runners', 'Volunteers needed', 'Join the discussion', 'bag drop', 'first marathon today', 'huge detour', 'regional group']) {
      expect(body, chrome).not.toContain(chrome);
    }
  });
});
