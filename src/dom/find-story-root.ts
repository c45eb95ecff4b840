import { findHeadline } from './find-headline';

/** Attributes where a story feed's `<article>` names its own address (`data-url`, schema.org `itemid`…). */
const ADDRESS_ATTRIBUTES = ['data-url', 'data-href', 'data-permalink', 'data-canonical', 'data-share-url', 'itemid'];

/** The region to read the story in, and whether the page itself named it among a feed's stories. */
export interface StoryRoot {
  readonly element: HTMLElement;
  /**
   * Picked by the page's address or title from several stories: then it is the page's story even
   * where it holds too little to read, and reading the whole body instead would find another one.
   */
  readonly named: boolean;
}

/**
 * Where the story sits when the page says so: the `<article>` that holds an `<h1>` (related cards and
 * teasers have smaller headings), else the `<article>` or `<main>` around the schema.org `articleBody`.
 * Otherwise, or where that region holds too little (see `readPage`), the body.
 *
 * Several articles with an `<h1>` of their own are a story feed: news sites append the next story
 * below the one the reader opened (infinite scroll). The page's story is the article that names the
 * page's address, else the one holding the `<h1>` the page's `titles` belong to, else
 * the first of them where they are siblings in one feed. Read as one, two stories would double the
 * word count and report the second story's people as the first's.
 */
export function findStoryRoot(doc: Document, titles: readonly string[], url: string | null): StoryRoot {
  const body = doc.body as HTMLElement;
  const stories: Element[] = [];
  for (const article of doc.getElementsByTagName('article')) {
    if (article.getElementsByTagName('h1').length === 0) continue;
    // document order: an article nested in one already taken is part of it
    const last = stories[stories.length - 1];
    if (!last || !last.contains(article)) stories.push(article);
  }
  if (stories.length === 1) return { element: stories[0] as HTMLElement, named: false };
  if (stories.length > 1) {
    const named = namedStory(doc, stories, titles, url);
    if (named) return { element: named as HTMLElement, named: true };
    if (oneFeed(stories)) return { element: stories[0] as HTMLElement, named: false };
  }
  const marked = doc.querySelector('[itemprop="articleBody"]');
  return { element: (marked?.closest('article, main, [role="main"]') ?? marked?.parentElement ?? body) as HTMLElement, named: false };
}

/** The story whose article names the page's address, else the one holding the headline its titles give. */
function namedStory(doc: Document, stories: readonly Element[], titles: readonly string[], url: string | null): Element | null {
  const path = pathOf(url, null);
  if (path) {
    const named = stories.find((story) => ADDRESS_ATTRIBUTES.some((name) => {
      const value = story.getAttribute(name);
      return value !== null && pathOf(value, url) === path;
    }));
    if (named) return named;
  }
  const headline = findHeadline(doc, titles, null);
  return headline ? stories.find((story) => story.contains(headline)) ?? null : null;
}

/**
 * Whether the articles are items of one feed: each, or a wrapper holding only it of them, a child of
 * the same element. Articles scattered over the page (a story and a sidebar's mislabelled cards) are not.
 */
function oneFeed(stories: readonly Element[]): boolean {
  let feed: Element | null | undefined;
  for (const story of stories) {
    let slot = story;
    while (slot.parentElement && !stories.some((other) => other !== story && slot.parentElement?.contains(other))) slot = slot.parentElement;
    if (feed === undefined) feed = slot.parentElement;
    else if (slot.parentElement !== feed) return false;
  }
  return feed !== null && feed !== undefined;
}

/** The path of an address (`/2025/06/ferry-fares`), relative ones read against `base`; null where it is none. */
function pathOf(address: string | null, base: string | null): string | null {
  if (!address) return null;
  try {
    const path = new URL(address, base ?? undefined).pathname.replace(/\/+$/, '');
    return path || null;
  } catch {
    return null;
  }
}
