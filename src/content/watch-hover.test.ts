// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../core/annotation';
import type { CardContent } from './card-content';
import type { HoverCard } from './hover-card';
import type { Hit } from './live-page';
import { watchHover } from './watch-hover';

/** A card that records what it would show. */
class FakeCard {
  shown = false;
  titles: string[] = [];
  show(contents: readonly CardContent[]): void {
    this.shown = true;
    this.titles = contents.map((content) => content.title);
  }
  hide(): void {
    this.shown = false;
    this.titles = [];
  }
}

/** A highlight over `word` inside the element matching `selector`. */
function hitOn(selector: string, word: string, ref: string): Hit {
  const text = document.querySelector(selector)!.firstChild as Text;
  const at = text.data.indexOf(word);
  const range = document.createRange();
  range.setStart(text, at);
  range.setEnd(text, at + word.length);
  const annotation: Annotation = { kind: 'person', ref, start: 0, end: word.length };
  return { mark: { annotation, range }, range };
}

describe('the hover card and keyboard focus', () => {
  let controller: AbortController;
  let card: FakeCard;
  /** what the browser would answer for `:focus-visible`: true after keys, false after a click */
  let byKeyboard = true;
  const press = (key: string) => document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));

  beforeEach(() => {
    document.body.innerHTML = `
      <article><p>Talks with <a id="kerry" href="#k">Secretary of State John Kerry</a> began.
        <a id="plain" href="#p">Read more</a> <a id="lavrov" href="#l">Lavrov</a></p></article>
      <main id="region" tabindex="-1"><p id="long">${'Sergey Lavrov spoke at length. '.repeat(12)}</p></main>`;
    byKeyboard = true;
    const matches = Element.prototype.matches;
    vi.spyOn(Element.prototype, 'matches').mockImplementation(function (this: Element, selector: string) {
      return selector === ':focus-visible' ? byKeyboard && document.activeElement === this : matches.call(this, selector);
    });
    // jsdom lays nothing out
    Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
    Range.prototype.getBoundingClientRect = () => new DOMRect(10, 10, 40, 12);
    const hits = [hitOn('#kerry', 'John Kerry', 'kerry'), hitOn('#lavrov', 'Lavrov', 'lavrov'), hitOn('#long', 'Sergey Lavrov', 'lavrov')];
    card = new FakeCard();
    controller = new AbortController();
    watchHover(
      {
        doc: document,
        card: card as unknown as HoverCard,
        painted: () => true,
        // as the annotation index does: a position also answers the highlight that ends right there
        hitsAt: (node, offset) => hits.filter((hit) => hit.range.comparePoint(node, offset) === 0),
        contentOf: (hit) => ({ kind: 'person', label: 'Person', title: hit.mark.annotation.ref, detail: '1 mention' }),
      },
      controller.signal,
    );
  });
  afterEach(() => {
    controller.abort();
    vi.restoreAllMocks();
  });

  it('focusing a link that wraps a highlighted name shows that name’s card; Escape hides it', () => {
    document.getElementById('kerry')!.focus();
    expect(card).toMatchObject({ shown: true, titles: ['kerry'] });
    press('Escape');
    expect(card.shown).toBe(false);
    document.getElementById('lavrov')!.focus();
    expect(card.titles).toEqual(['lavrov']);
  });

  it('moving focus on to a link without a highlight, or out of the page, hides the card', () => {
    document.getElementById('kerry')!.focus();
    document.getElementById('plain')!.focus();
    expect(card.shown).toBe(false);
    document.getElementById('lavrov')!.focus();
    (document.activeElement as HTMLElement).blur();
    expect(card.shown).toBe(false);
  });

  it('the card stays while the page scrolls the focused link into view', () => {
    document.getElementById('kerry')!.focus();
    window.dispatchEvent(new Event('scroll'));
    expect(card).toMatchObject({ shown: true, titles: ['kerry'] });
  });

  it('focusing a whole region (a skip link’s target) shows no card for the first name in it', () => {
    document.getElementById('region')!.focus();
    expect(document.activeElement?.id).toBe('region');
    expect(card.shown).toBe(false);
  });

  it('focus from a click shows no card (the pointer’s card is for the mouse)', () => {
    byKeyboard = false;
    document.getElementById('kerry')!.focus();
    expect(card.shown).toBe(false);
  });

  it('a card shown for the pointer stays when focus moves to something without a highlight', () => {
    card.show([{ kind: 'person', label: 'Person', title: 'pointer', detail: '' }]);
    document.getElementById('plain')!.focus();
    expect(card.titles).toEqual(['pointer']);
  });
});
