// @vitest-environment jsdom
/**
 * The card's tag is random per page load, so a page cannot define it before the card first shows; a
 * page that saw it can then define it as its own custom element and attach a shadow root in its
 * constructor, so that ours cannot be attached. The card must still show, closed, on a host the page
 * does not control, and nothing may throw.
 */
import { describe, expect, it, vi } from 'vitest';
import { cardTag } from '../../src/content/card-tag';
import { HoverCard } from '../../src/content/hover-card';

const COLOURS = { person: '#f00', place: '#0f0', organization: '#00f', quote: '#ff0' };
const CONTENT = { kind: 'person', label: 'Person', title: 'Martina Vogel', detail: '2 mentions' } as const;

describe('the hover card’s tag', () => {
  it('is a custom element name chosen at random, not the fixed one a page could look for or define in advance', async () => {
    expect(cardTag()).toMatch(/^[a-z]{6}-[a-z]{6}$/);
    expect(customElements.get(cardTag())).toBeUndefined();
    vi.resetModules();
    const again = (await import('../../src/content/card-tag')).cardTag();
    expect(again).toMatch(/^[a-z]{6}-[a-z]{6}$/);
    expect(again).not.toBe(cardTag());
  });
});

describe('the hover card’s tag on a page that never shows a card', () => {
  it('is not drawn at all: no random bytes spent, nothing for the page-change watcher to compare', async () => {
    vi.resetModules();
    const fresh = await import('../../src/content/hover-card');
    const tag = await import('../../src/content/card-tag');
    expect(tag.shownCardName()).toBeNull();
    const card = new fresh.HoverCard(document, COLOURS);
    card.show([CONTENT], new DOMRect(10, 10, 50, 10));
    expect(tag.shownCardName()).toMatch(/^[A-Z]{6}-[A-Z]{6}$/);
    card.hide();
  });
});

describe('a page that claims the hover card’s tag', () => {
  it('still gets a working, closed card', () => {
    const stolen: ShadowRoot[] = [];
    customElements.define(
      cardTag(),
      class extends HTMLElement {
        constructor() {
          super();
          stolen.push(this.attachShadow({ mode: 'open' }));
        }
      },
    );
    const roots: ShadowRoot[] = [];
    const attach = Element.prototype.attachShadow;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      const root = attach.call(this, init);
      if (init.mode === 'closed') roots.push(root);
      return root;
    });
    const card = new HoverCard(document, COLOURS);
    expect(() => card.show([CONTENT], new DOMRect(10, 10, 50, 20))).not.toThrow();
    expect(card.shown).toBe(true);
    expect(roots).toHaveLength(1);
    expect(roots[0]!.textContent).toContain('Martina Vogel');
    const host = roots[0]!.host as HTMLElement;
    expect(host.isConnected).toBe(true);
    expect(host.shadowRoot).toBeNull();
    // the page's own shadow roots never received the card
    expect(stolen.every((root) => root.textContent === '')).toBe(true);
    card.hide();
    expect(host.isConnected).toBe(false);
    vi.restoreAllMocks();
  });
});
