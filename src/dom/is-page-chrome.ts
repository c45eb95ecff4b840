import { findDescendant } from './dom-block';
import { isCaptionClass } from './is-caption';
import { isHiddenCheaply } from './is-hidden';

/** Landmarks and tags that hold a site's furniture, never its story. */
const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'MENU', 'DIALOG', 'SELECT', 'TEXTAREA', 'BUTTON', 'INPUT']);
const CHROME_ROLES = new Set([
  'navigation', 'complementary', 'contentinfo', 'banner', 'search', 'menu', 'menubar', 'dialog', 'alertdialog',
  'tablist', 'toolbar', 'form', 'status', 'marquee', 'timer',
]);

/**
 * Class and id words of page furniture: ads, share bars, comments, related and popular lists,
 * bylines and author boxes, newsletters. Matched as words inside class names (`ad--inline`,
 * `metadata__byline`, `outbrain`), in the manner of Readability's `unlikelyCandidates`.
 */
/** Tested on lower-cased names: a pattern without the `i` flag compiles in half the time, on every fresh page. */
const wordsPattern = (words: readonly string[]) => new RegExp(`(?:^|[^a-z])(?:${words.join('|')})(?:$|[^a-z])`);
/** Furniture whatever else the names say (`article-share`, `taboola … below-article`). */
const ALWAYS_CHROME = wordsPattern([
  'ads?', 'advert\\w*', 'adslot', 'dfp', 'sponsor\\w*', 'promo\\w*', 'outbrain', 'taboola', 'trc', 'zergnet', 'paid',
  'share\\w*', 'sharing', 'social', 'sociable', 'comments?', 'disqus', 'replies', 'related\\w*', 'recirc\\w*',
  'recommend\\w*', 'newsletter', 'subscribe\\w*', 'signup', 'paywall', 'ai2html', 'g-ai\\w*',
  // a pull quote repeats a sentence of the story in large type (WordPress's `wp-block-pullquote`, `pull-quote`)
  'pull-?quote\\w*',
  'chart', 'infographic', 'bio', 'bios', 'sig-line', 'signature', 'author-?bio', 'about-?the-?author',
]);
/** Furniture unless the names also say story (`pg-rail-tall__main`, `article-header`). */
const CHROME_WORDS = wordsPattern([
  'vid', 'video\\w*', 'player', 'follow', 'tweet', 'print', 'comment-\\w+', 'discussion', 'respond',
  'more-?stories', 'more-?from\\w*', 'popular', 'most-?\\w+', 'trending', 'also',
  'nav\\w*', 'menu', 'breadcrumbs?', 'crumbs', 'masthead', 'topbar', 'header', 'footer', 'sidebar', 'rail', 'widget',
  'byline\\w*', 'author\\w*', 'credits?', 'contributor\\w*', 'dateline', 'timestamp', 'update-time', 'published',
  'metadata', 'meta', 'sign-up', 'login', 'modal', 'popup', 'overlay', 'cookie\\w*', 'gdpr',
  // the dek under the headline: neither a highlights block nor the story's text
  'subtitle', 'standfirst', 'dek',
  'tags?', 'topics', 'keywords', 'pagination', 'pager', 'skip', 'toolbar', 'tools', 'actions', 'utility', 'hidden',
]);
/** Words that keep a container despite a furniture word. */
const STORY_WORDS = /article|body|content|main|story|post-?text|entry|text|column|prose|caption/;

/**
 * Whether an element is page furniture or hidden, so that nothing inside it is story text.
 * `<body>`, `<main>` and `<article>` are never furniture themselves.
 */
export function isPageChrome(el: Element): boolean {
  const tag = el.nodeName;
  if (CHROME_TAGS.has(tag)) return true;
  if (!el.hasAttributes()) return false;
  if (isHiddenCheaply(el)) return true;
  const role = el.getAttribute('role');
  if (role !== null && CHROME_ROLES.has(role)) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable === 'true' || editable === '' || editable === 'plaintext-only') return true;
  if (tag === 'BODY' || tag === 'MAIN' || tag === 'ARTICLE') return false;
  // component names React sites give where their classes are hashes (`data-component="byline-block"`)
  const raw = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('data-component') ?? ''} ${el.getAttribute('data-testid') ?? ''}`;
  if (raw.length < 4) return false;
  const names = wordsOf(raw);
  // a post embedded by the story (Twitter's embed code: `<blockquote class="twitter-tweet">`) is text
  // the story quotes, though its name says "tweet" as share buttons' names do
  if (EMBEDDED_POST.test(names)) return false;
  const always = ALWAYS_CHROME.test(names);
  // "<p><span class="dateline">CAIRO —</span> Gunmen opened fire…": a place line inside the story's first
  // sentence is story text; a dateline block of its own (a date under the byline) stays furniture.
  if (!always && INLINE_TAGS.has(tag) && el.parentElement?.nodeName === 'P' && DATELINE.test(names)) return false;
  if (!always && (!CHROME_WORDS.test(names) || STORY_WORDS.test(names))) return false;
  // a layout wrapper named after its sidebar (`pg-rail-tall`) that holds the story itself, or a
  // photo's wrapper named after its details (`image__metadata`) that holds the caption
  return findDescendant(el, !always && PHOTO_DETAILS.test(names) ? holdsStoryOrCaption : holdsStory) === null;
}

const STORY_INSIDE = new Set(['H1', 'ARTICLE', 'MAIN']);
const INLINE_TAGS = new Set(['SPAN', 'B', 'STRONG', 'EM', 'I']);
const DATELINE = /(?:^|[^a-z])dateline(?:$|[^a-z])/;
/** Furniture words a photo's wrapper may carry around its caption and credit (`image__metadata`). */
const PHOTO_DETAILS = wordsPattern(['meta', 'metadata', 'credits?', 'attribution']);
const EMBEDDED_POST = /(?:^|\s)twitter-tweet(?:$|\s)/;
const holdsStory = (inner: Element) => STORY_INSIDE.has(inner.nodeName);
const holdsStoryOrCaption = (inner: Element) => STORY_INSIDE.has(inner.nodeName) || isCaptionClass(inner);

const CAMEL = /([a-z])([A-Z])/g;
/** Class and id names as lower-case words: camelCase names are words too (`cnnVidFooter`, `articleBodyText`). */
const wordsOf = (names: string) => names.replace(CAMEL, '$1 $2').toLowerCase();

/** Furniture about other things than the story: comments, other stories, ads. */
const ELSEWHERE = wordsPattern([
  'ads?', 'advert\\w*', 'sponsor\\w*', 'promo\\w*', 'outbrain', 'taboola', 'comments?', 'disqus', 'replies', 'related\\w*',
  'recirc\\w*', 'recommend\\w*', 'more-?stories', 'popular', 'most-?\\w+', 'trending',
]);

/**
 * Whether an element sits inside furniture about something else than the story: a comment thread, a
 * related or promoted list, an ad. A byline or date found there is a commenter's or another story's.
 * For the few elements found by a query, not for a walk.
 */
export function isInFurniture(el: Element): boolean {
  for (let node = el.parentElement; node && node.nodeName !== 'BODY'; node = node.parentElement) {
    const names = `${node.getAttribute('class') ?? ''} ${node.id}`;
    if (names.length > 1 && ELSEWHERE.test(wordsOf(names))) return true;
  }
  return false;
}

/**
 * A heading line that introduces furniture ("Related stories", "Advertisement"), not the story: tested
 * on the line's first 200 characters, lower-cased (a pattern without the `i` flag compiles in half the
 * time on a fresh page). Only the alternatives ending in `.*` can match a longer line, and they match
 * its first 200 characters as well.
 */
const CHROME_LINE = /^(?:advertisement|advertising|sponsored( content)?|paid content|share( this( article| story)?)?|tweet|email|print|comments?( \(\d+\))?|read more|related( stories| articles| content)?|more (from|on) .{0,40}|most (popular|read|viewed)|recommended( for you| stories| articles| reading)?|trending( now)?|sign up.*|subscribe.*|follow us.*|click here.*|continue reading.*|image( \d+)? of \d+|\d{1,3} ?(?:\/|of) ?\d{1,3}|\d{1,2}[:.]\d{2}(?: ?[ap]\.? ?m\.?)?(?: [a-z]{2,4})?|photo:.*|getty images|ap photo.*|\d{1,3} min(?:ute)?s? read.*|\d+(?:[.,]\d+)?[km]?|[—–-] ?[^()]{1,80}\(@\w{1,15}\).{0,60})$/;
/**
 * A story's closing credit, not its text: "… contributed to this report" (AP), "… contributed
 * reporting" (CNN), "Reporting by …; Editing by …" (Reuters), and a rule of underscores above one.
 */
const CREDIT_LINE = /^(?:.{0,200} contributed (?:reporting|to this (?:report|story|article))\.?|(?:(?:additional )?(?:reporting|writing) by [^;]{1,150}; ?)+editing by .{1,150}|[_*=~—-]{3,})$/;
/** One word of a date or time: "2024-03-04", "4th", "march", "mon", "10:12", "am", "gmt", "ago". */
const STAMP_WORD = String.raw`(?:\d{1,4}(?:[-/.:]\d{1,4}){0,2}(?:st|nd|rd|th)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?|[ap]\.?m\.?|[a-z]{1,3}t|utc|at|on|ago|hours?|hrs?|mins?|minutes?|days?)`;
/**
 * A date stamp of its own ("Latest update : 2024-03-04", "Updated: March 4, 2024 10:12 am GMT",
 * "Date created : 2024-03-04"): a label and nothing but the words of a date, so that a sentence
 * opening with "Updated" stays story text.
 */
const DATE_STAMP_LINE = new RegExp(
  String.raw`^(?:(?:last |latest )?(?:updated?|modified)|(?:first |originally )?published|posted|(?:date )?created)(?: on| at)?\s*:?\s*(?:${STAMP_WORD}(?:[ ,|]+|$)){1,10}$`,
);
export const isChromeLine = (text: string): boolean => {
  const line = (text.length > 200 ? text.slice(0, 200) : text).toLowerCase();
  return CHROME_LINE.test(line) || CREDIT_LINE.test(line) || DATE_STAMP_LINE.test(line);
};
