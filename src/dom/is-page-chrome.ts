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
const CHROME_WORDS = new RegExp(
  '(?:^|[^a-z])(?:' + [
    'ads?', 'advert\\w*', 'adslot', 'dfp', 'gpt', 'sponsor\\w*', 'promo\\w*', 'outbrain', 'taboola', 'zergnet', 'paid',
    'share\\w*', 'sharing', 'social', 'sociable', 'follow', 'tweet', 'print',
    'comments?', 'comment-\\w+', 'disqus', 'discussion', 'replies', 'respond',
    'related', 'recirc\\w*', 'recommend\\w*', 'more-?stories', 'read-?more', 'popular', 'most-?\\w+', 'trending', 'also',
    'nav\\w*', 'menu', 'breadcrumbs?', 'crumbs', 'masthead', 'topbar', 'header', 'footer', 'sidebar', 'rail', 'widget',
    'byline\\w*', 'author\\w*', 'credits?', 'source-credit', 'contributor\\w*', 'dateline', 'timestamp', 'update-time', 'published', 'metadata', 'meta',
    'newsletter', 'subscribe\\w*', 'signup', 'sign-up', 'paywall', 'login', 'modal', 'popup', 'overlay', 'cookie\\w*', 'gdpr',
    'tags?', 'topics', 'keywords', 'pagination', 'pager', 'skip', 'toolbar', 'tools', 'actions', 'utility', 'hidden',
  ].join('|') + ')(?:$|[^a-z])',
  'i',
);
/** Words that keep a container despite a furniture word (`pg-rail-tall__main`, `article-header`?). */
const STORY_WORDS = /article|body|content|main|story|post-?text|entry|text|column|prose/i;

/**
 * Whether an element is page furniture or hidden, so that nothing inside it is story text.
 * `<body>`, `<main>` and `<article>` are never furniture themselves.
 */
export function isPageChrome(el: Element): boolean {
  const tag = el.nodeName;
  if (CHROME_TAGS.has(tag)) return true;
  if (isHiddenCheaply(el)) return true;
  const role = el.getAttribute('role');
  if (role !== null && CHROME_ROLES.has(role)) return true;
  if (el.getAttribute('contenteditable') === 'true' || el.getAttribute('contenteditable') === '') return true;
  if (tag === 'BODY' || tag === 'MAIN' || tag === 'ARTICLE') return false;
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
  if (names.length < 2) return false;
  if (!CHROME_WORDS.test(names) || STORY_WORDS.test(names)) return false;
  // a layout wrapper named after its sidebar (`pg-rail-tall`) that holds the story itself
  return el.querySelector(STORY_INSIDE) === null;
}

const STORY_INSIDE = 'h1, article, main, [itemprop="articleBody"], [role="main"]';

/** A heading line that introduces furniture ("Related stories", "Advertisement"), not the story. */
export const CHROME_LINE = /^(?:advertisement|advertising|sponsored( content)?|paid content|share( this( article| story)?)?|tweet|email|print|comments?( \(\d+\))?|read more|related( stories| articles| content)?|more (from|on) .{0,40}|most (popular|read|viewed)|recommended( for you)?|trending( now)?|sign up.*|subscribe.*|follow us.*|click here.*|continue reading.*|image( \d+)? of \d+|photo:.*|getty images|ap photo.*)$/i;
