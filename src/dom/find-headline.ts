import { closestTag } from './dom-block';
import { isHiddenCheaply } from './is-hidden';

/** Text of ASCII letters, digits, punctuation and typographic quotes and dashes: its words are ASCII letter runs. */
const PLAIN = /^[\x00-\x7f\u2018\u2019\u201c\u201d\u2013\u2014]*$/;
const PLAIN_WORD = /[a-z0-9]+/g;
const WORD = /[\p{L}\p{N}]+/gu;

/** A heading's or title's words; the Unicode pattern (slow to compile on a fresh page) only for text that needs it. */
const words = (text: string) =>
  new Set(PLAIN.test(text) ? text.toLowerCase().match(PLAIN_WORD) ?? [] : text.toLowerCase().normalize('NFKC').match(WORD) ?? []);

/** Whether the heading sits in an `<article>` that is not the body's: a story feed's other story. */
function inOtherStory(heading: Element, body: Element): boolean {
  const story = closestTag(heading, 'ARTICLE');
  return story !== null && !story.contains(body);
}

/** Share of the headline's words found in the title the page's metadata gives. */
function overlap(heading: string, title: Set<string>): number {
  const own = words(heading);
  if (own.size === 0 || title.size === 0) return 0;
  let shared = 0;
  for (const word of own) if (title.has(word)) shared++;
  return shared / Math.max(own.size, Math.min(title.size, own.size * 2));
}

/**
 * The story's headline element: the `<h1>` (or headline-marked heading) whose words best match
 * the title the page's metadata gives (`og:title`, JSON-LD `headline`, `<title>`); where none
 * matches, the last `<h1>` before the body and not in another story's `<article>`. A site's logo in an `<h1>` matches no title.
 */
export function findHeadline(doc: Document, metaTitles: readonly string[], body: Element | null): Element | null {
  const title = words(metaTitles.join(' '));
  const visible = (el: Element) => !isHiddenCheaply(el) && (el.textContent ?? '').trim().length > 0;
  const pick = (candidates: Iterable<Element>) => {
    let best: Element | null = null;
    let bestScore = 0.5;
    for (const el of candidates) {
      if (!visible(el)) continue;
      const score = overlap(el.textContent ?? '', title);
      if (score > bestScore) {
        best = el;
        bestScore = score;
      }
    }
    return best;
  };
  // the <h1> first; headline-marked elements and <h2>s only where no <h1> is the story's
  const best = pick(doc.getElementsByTagName('h1')) ??
    pick([...doc.querySelectorAll('[itemprop="headline"]'),
      ...[...doc.getElementsByTagName('h2')].filter((h2) => /headline|title/i.test(h2.getAttribute('class') ?? ''))]);
  if (best || !body) return best;
  let before: Element | null = null;
  for (const el of doc.getElementsByTagName('h1')) {
    if (el.compareDocumentPosition(body) & 4 /* body follows */ && !el.querySelector('a') && !inOtherStory(el, body)) before = el;
  }
  return before;
}
