import type { PageReading } from '../core/analyse';
import type { ArticleInfo } from '../shared/report';
import { runSteps } from '../core/run-steps';
import { textModelSteps } from './build-text-model';
import type { DomBlock } from './dom-block';
import { insideOf } from './dom-block';
import { detectArticle } from './detect-article';
import type { Detection } from './detect-article';
import { findBodySteps } from './find-body';
import { findHeadline } from './find-headline';
import { findHighlightsSteps } from './find-highlights';
import { findStoryRoot } from './find-story-root';
import { paragraphSteps } from './find-paragraphs';
import type { Paragraph } from './find-paragraphs';
import { readJsonLd } from './read-json-ld';
import { readMetadataSteps } from './read-metadata';
import { readMetaTags } from './read-meta-tags';
import type { TextAnchors } from './text-anchors';
import { NO_ANCHORS } from './text-anchors';

export type { TextAnchors } from './text-anchors';

export interface DomReading extends PageReading {
  readonly anchors: TextAnchors;
  /** why the page was or was not taken for a story */
  readonly detection: Detection | { readonly likely: false; readonly reason: 'too-short' };
}

/** A story body shorter than this is a teaser, a video page or an error page, not a story. */
const MIN_BODY_WORDS = 80;

/**
 * Reads a document (the live page or jsdom) into the text model of its story: the cheap
 * detection first (a page that is not a story costs no more), then the body, the headline and
 * the highlights block located in the live DOM, then the model with its DOM anchors.
 */
export function readPage(doc: Document, url: string | null): DomReading {
  return runSteps(readPageSteps(doc, url));
}

/**
 * `readPage` in steps: the walk over the story's paragraphs and the building of its text model pause
 * every few tens of thousands of characters, so a content script on a very long story can yield to the
 * page between steps. A page that is not a story is answered in the first step.
 */
export function* readPageSteps(doc: Document, url: string | null): Generator<void, DomReading, void> {
  const detection = detectArticle(doc);
  if (!detection.likely || !doc.body) return notArticle(doc, url, detection);

  // The story's own container where the page marks it, else the whole body: reading only the
  // article region of a page costs a fraction of a walk over its navigation and sidebars.
  // Detection read only what its verdict needed; the story's metadata wants all of it.
  // (a story from here on: each look that may scan the whole page is a step of its own)
  yield;
  const ld = readJsonLd(doc);
  const tags = readMetaTags(doc);
  yield;
  const metadata = yield* readMetadataSteps(doc, ld, tags, url);
  yield;
  const { element: root, named } = findStoryRoot(doc, metadata.titles, url);
  yield;
  let found = yield* findBodySteps(yield* paragraphSteps(root, new Set()));
  if (root !== doc.body && !named && !hasWords(found.paragraphs, MIN_BODY_WORDS)) {
    found = yield* findBodySteps(yield* paragraphSteps(doc.body, new Set()));
  }
  yield;
  // Only the root's paragraphs were scored, so the body's climb through wrappers "with no other text"
  // can pass the root: above it lie the feed's other stories, whose headlines are not this one's.
  const container = found.container && found.container !== root && found.container.contains(root) ? root : found.container;
  const headline = findHeadline(doc, metadata.titles, container);
  yield;
  const highlights = yield* findHighlightsSteps(doc, headline, container);
  const outside: Node[] = [];
  // the items too: a heading's run of paragraph items has no element of its own around them
  if (highlights) outside.push(highlights.element, ...highlights.items);
  if (highlights?.heading) outside.push(highlights.heading);
  if (headline) outside.push(headline);
  const inside = insideOf(outside);
  const paragraphs = found.paragraphs.filter((p) => !inside(p.host));

  const blocks: DomBlock[] = [];
  if (headline) blocks.push({ kind: 'headline', roots: [headline] });
  for (const item of highlights?.items ?? []) blocks.push({ kind: 'highlight', roots: [item] });
  for (const p of paragraphs) blocks.push({ kind: p.kind, roots: p.roots });
  yield;
  const { model, anchors } = yield* textModelSteps(blocks);

  yield;
  let bodyWords = 0;
  let sinceStep = 0;
  for (const block of model.blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'caption') continue;
    bodyWords += countWords(model.text, block.start, block.end);
    sinceStep += block.end - block.start;
    if (sinceStep >= COUNT_STEP_CHARS) {
      sinceStep = 0;
      yield;
    }
  }
  if (bodyWords < MIN_BODY_WORDS) return notArticle(doc, url, { likely: false, reason: 'too-short' });

  const headlineText = model.blocks[0]?.kind === 'headline' ? model.text.slice(model.blocks[0].start, model.blocks[0].end) : null;
  const article: ArticleInfo = {
    detected: true,
    title: headlineText ?? withoutSiteName(metadata.titles[0] ?? null, metadata.site),
    byline: metadata.byline,
    published: metadata.published,
    site: metadata.site,
    wordCount: bodyWords,
  };
  return { url, article, model, anchors, detection };
}

function notArticle(doc: Document, url: string | null, detection: DomReading['detection']): DomReading {
  const article: ArticleInfo = {
    detected: false,
    title: doc.title.trim() || null,
    byline: null,
    published: null,
    site: null,
    wordCount: 0,
  };
  return { url, article, model: { text: '', blocks: [] }, anchors: NO_ANCHORS, detection };
}

/** Characters of the model whose words are counted between two pauses of `readPageSteps`. */
const COUNT_STEP_CHARS = 200_000;

/**
 * The words of `text[from, to)`, text whose white space is already single spaces between words (a
 * model block, a paragraph's trimmed text): one more than its spaces, counted by the engine's own
 * search rather than a loop over characters.
 */
function countWords(text: string, from: number, to = text.length): number {
  if (to <= from) return 0;
  let words = 1;
  for (let at = text.indexOf(' ', from); at >= 0 && at < to; at = text.indexOf(' ', at + 1)) words++;
  return words;
}

/** Whether the paragraphs hold at least `enough` words, counted only as far as needed. */
function hasWords(paragraphs: readonly Paragraph[], enough: number): boolean {
  let words = 0;
  for (const p of paragraphs) if ((words += countWords(p.text, 0)) >= enough) return true;
  return false;
}

/** "Talks resume in Geneva - Example News" → "Talks resume in Geneva": the part that is not the site's name. */
function withoutSiteName(title: string | null, site: string | null): string | null {
  if (!title) return null;
  const parts = title.split(/\s+[|\-–—:»·]\s+/);
  if (parts.length < 2) return title;
  const siteWords = (site ?? '').toLowerCase();
  const kept = parts.filter((part) => !siteWords || !siteWords.includes(part.toLowerCase().replace(/\.com$/, '')));
  return (kept.length > 0 ? kept : parts).reduce((a, b) => (b.length > a.length ? b : a));
}
