// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { highlightCss, randomHighlightNames } from '../shared/highlight-style';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { cardTag } from './card-tag';
import { HoverCard } from './hover-card';
import { sweepOrphans } from './sweep-orphans';

const CONTENT = { kind: 'person', label: 'Person', title: 'Ada Moreno', detail: '2 mentions' } as const;

/** A CSS.highlights and adoptedStyleSheets for jsdom, which has neither. */
function pageWith(names: string[], sheets: Array<{ cssRules: Array<{ cssText: string }> }>) {
  const registry = new Map<string, unknown>(names.map((name) => [name, {}]));
  let adopted: unknown[] = sheets;
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  Object.defineProperty(document, 'adoptedStyleSheets', { get: () => adopted, set: (next: unknown[]) => (adopted = next), configurable: true });
  return { registry, adopted: () => adopted };
}

const sheetOf = (css: string) => ({ cssRules: css.split('\n').map((cssText) => ({ cssText })) });

/** The elements beside <head> and <body>, where the card's host goes. */
const hosts = () => [...document.documentElement.children].filter((element) => element !== document.head && element !== document.body);

/** A card host as an earlier Story Lens left it, under the tag it had chosen. */
function earlierCard(tag: string): HTMLElement {
  const host = document.createElement(tag);
  for (const [property, value] of [['position', 'fixed'], ['z-index', '2147483647'], ['pointer-events', 'none'], ['display', 'block']]) {
    host.style.setProperty(property!, value!, 'important');
  }
  host.attachShadow({ mode: 'closed' }).append('Ada Moreno');
  document.documentElement.append(host);
  return host;
}

afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('sweepOrphans', () => {
  it('removes an earlier instance’s highlights (found by its fallback sheet’s names), sheet and card, and nothing of the page’s', () => {
    const earlier = randomHighlightNames();
    const ours = sheetOf(highlightCss({ names: earlier, colours: DEFAULT_SETTINGS.colours }));
    const pages = sheetOf('body { margin: 0 }');
    // a page sheet of ::highlight rules of its own, not shaped like ours
    const pageHighlights = sheetOf('::highlight(searchhitsabc) { background-color: yellow }');
    const { registry, adopted } = pageWith([earlier.person, earlier.quote, 'search-results', 'searchhitsabc', 'sl-abcdef-person', 'sl-notours'], [pages, ours, pageHighlights]);
    document.body.innerHTML = '<p>text</p>';
    earlierCard('qwerty-asdfgh');
    sweepOrphans(document);
    expect([...registry.keys()]).toEqual(['search-results', 'searchhitsabc', 'sl-notours']);
    expect(adopted()).toEqual([pages, pageHighlights]);
    expect(hosts()).toEqual([]);
    expect(document.body.innerHTML).toBe('<p>text</p>');
  });

  it('finds an earlier instance’s card by what it is, whatever its random tag, or the tag before it was random; a page’s element of the same shape stays', () => {
    pageWith([], []);
    const earlier = earlierCard('zxcvbn-poiuyt');
    const legacy = earlierCard('story-lens-card');
    // the page's own elements under <html>: one of the same tag shape with text, one without our styles
    const withText = document.createElement('lookal-ikeabc');
    withText.textContent = 'Breaking';
    const plain = document.createElement('mnbvcx-lkjhgf');
    plain.attachShadow({ mode: 'closed' });
    document.documentElement.append(withText, plain);
    expect(hosts()).toEqual([earlier, legacy, withText, plain]);
    sweepOrphans(document);
    expect(hosts()).toEqual([withText, plain]);
  });

  it('removes the fallback card host a previous instance left showing (a page had taken our tag), and no element of the page’s', () => {
    pageWith([], []);
    customElements.define(
      cardTag(),
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' });
        }
      },
    );
    // the page's own fixed overlay, as close to ours as a page would build one
    const overlay = document.createElement('div');
    overlay.style.setProperty('position', 'fixed');
    overlay.style.setProperty('z-index', '2147483647');
    document.documentElement.append(overlay);
    const banner = document.createElement('div');
    banner.textContent = 'Subscribe';
    document.documentElement.append(banner);
    // the earlier instance's card, shown over a mention when the extension was reloaded
    new HoverCard(document, DEFAULT_SETTINGS.colours).show([CONTENT], new DOMRect(10, 10, 50, 20));
    expect(hosts()).toHaveLength(3);
    sweepOrphans(document);
    expect(hosts()).toEqual([overlay, banner]);
    // a new card still shows, and a second sweep leaves the page's elements alone
    const card = new HoverCard(document, DEFAULT_SETTINGS.colours);
    card.show([CONTENT], new DOMRect(10, 10, 50, 20));
    expect(card.shown).toBe(true);
    card.hide();
    sweepOrphans(document);
    expect(hosts()).toEqual([overlay, banner]);
  });
});
