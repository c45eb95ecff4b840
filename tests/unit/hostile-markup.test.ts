// @vitest-environment jsdom
/**
 * Markup in page text stays text in everything Story Lens makes from it: the hover card (built in a
 * closed shadow root, read here through a spy on attachShadow), the toolbar button's tooltip and the
 * Markdown export. The payloads are what a hostile headline, byline, name or quotation could hold.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { badgeFor } from '../../src/background/badge';
import { formatMarkdown } from '../../src/cli/format-markdown';
import { cardContent } from '../../src/content/card-content';
import { cardTag } from '../../src/content/card-tag';
import { HoverCard } from '../../src/content/hover-card';
import type { StoryReport } from '../../src/shared/report';

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(2)</script>',
  '[click](javascript:alert(3))',
  "{{constructor.constructor('alert(4)')()}}",
  'evil \u202Edesrever\u202C text',
  '<svg onload=alert(6)>',
  '`code` *bold* _em_ &lt; | ~~gone~~',
  'line one\n# not a heading\n<iframe src=javascript:alert(7)>',
];

function hostileReport(payload: string): StoryReport {
  return {
    version: 1,
    url: `https://example.test/story?q=${encodeURIComponent(payload)}`,
    article: { detected: true, title: `Vote ${payload} delayed`, byline: `By ${payload} Anna Berg`, published: null, site: payload, wordCount: 300 },
    story: { id: null, title: null, confidence: 0, coverage: 0 },
    highlights: [{ text: `The council ${payload} postponed the vote.`, source: 'generated' }],
    entities: [{ id: 'person-1', type: 'person', name: `Judith ${payload} Blake`, aliases: [`Judith ${payload} Blake`, payload], mentions: 2 }],
    quotes: [{ text: `${payload} is not a plan`, speaker: `Judith ${payload} Blake` }],
  } as StoryReport;
}

/** Markdown with every backslash escape undone: the words a Markdown viewer shows. */
const shownWords = (markdown: string) => markdown.replace(/\\([\\`*_[\]<>&|~])/g, '$1');

afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.querySelectorAll(cardTag()).forEach((host) => host.remove());
});

describe.each(PAYLOADS)('payload %j', (payload) => {
  it('shows in the hover card as text, with no element made from it', () => {
    const roots: ShadowRoot[] = [];
    const attach = Element.prototype.attachShadow;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    });
    const report = hostileReport(payload);
    const person = cardContent({ kind: 'person', ref: 'person-1' } as never, report, []);
    const quote = cardContent({ kind: 'quote', ref: 'q1' } as never, report, ['q1']);
    expect(person).not.toBeNull();
    expect(quote).not.toBeNull();
    const card = new HoverCard(document, { person: '#f00', place: '#0f0', organization: '#00f', quote: '#ff0' });
    card.show([person!, quote!], new DOMRect(10, 10, 50, 20));
    const host = document.querySelector(cardTag())!;
    expect(host.shadowRoot).toBeNull(); // closed: the page cannot look in
    expect(roots).toHaveLength(1);
    const root = roots[0]!;
    expect(root.textContent).toContain(`Judith ${payload} Blake`);
    expect(root.querySelectorAll('img, script, svg, iframe, a, [onerror], [onload]')).toHaveLength(0);
    // only our own elements: divs and the colour swatch spans
    expect(new Set([...root.querySelectorAll('*')].map((element) => element.localName))).toEqual(new Set(['div', 'span']));
    expect(document.querySelectorAll('img, script, svg, iframe')).toHaveLength(0);
  });

  it('stays one line of text in the toolbar tooltip, with no direction controls', () => {
    const { title } = badgeFor(hostileReport(payload), () => '');
    expect(title).not.toBeNull();
    expect(title!).not.toMatch(/[\u202A-\u202E\u2066-\u2069\n\r]/);
    const visible = payload.replace(/[\u202A-\u202E\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ').trim();
    expect(title!.replace(/\s+/g, ' ')).toContain(visible.slice(0, 40));
  });

  it('is escaped in the Markdown export: no raw tag, link or line break from page text', () => {
    const markdown = formatMarkdown(hostileReport(payload));
    // every < [ ` * _ in the file is either ours or escaped
    const unescaped = markdown.replace(/\\[\\`*_[\]<>&|~]/g, '').replace(/^#+ |^- |\*\*Recognised story:\*\*/gm, '');
    expect(unescaped).not.toMatch(/[<>[\]`]/);
    // a payload with line breaks cannot start a heading or a block of its own
    expect(markdown.split('\n').filter((line) => line.startsWith('#'))).toEqual([expect.stringMatching(/^# Vote /), ...markdown.split('\n').filter((line) => line.startsWith('## '))]);
    // and the reader still reads the page's words
    expect(shownWords(markdown)).toContain(payload.replace(/[\r\n]+/g, ' '));
  });
});
