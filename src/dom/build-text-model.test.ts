import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildTextModel } from './build-text-model';
import type { DomBlock } from './dom-block';

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** What a reader sees of a range: invisible characters gone, white space runs as one space. */
const seen = (text: string) => text.replace(INVISIBLE, '').replace(/\s+/g, ' ');

const { document } = new JSDOM('<!doctype html><body></body>').window;

function page(html: string) {
  document.body.innerHTML = html;
  const blocks: DomBlock[] = [...document.querySelectorAll('[data-block]')].map((el) => ({
    kind: (el.getAttribute('data-block') || 'paragraph') as DomBlock['kind'],
    roots: [el],
  }));
  return { document, ...buildTextModel(blocks) };
}

describe('buildTextModel', () => {
  it('reads a name split by inline tags and invisible characters as one name', () => {
    const { model, anchors } = page('<p data-block>Secretary  John <b>Ker</b>\u00ADry\u200B said\n  so.</p>');
    expect(model.text).toBe('Secretary John Kerry said so.');
    const start = model.text.indexOf('John Kerry');
    const range = anchors.rangeFor({ start, end: start + 'John Kerry'.length });
    expect(range && seen(range.toString())).toBe('John Kerry');
  });

  it('leaves a credit written into a caption\'s text out of the caption, and nothing out of a paragraph', () => {
    const credits = ['(AP Photo/Jane Roe)', '(Photo by Jane Roe)', '(Photo courtesy of the Harbour Trust)', '[Jane Roe/Agency]',
      'Photograph: Jane Roe/Agency', 'Illustration: Harbour Trust', 'AGENCY/Jane Roe/File Photo'];
    for (const credit of credits) {
      const { model, anchors } = page(`<figcaption data-block="caption">The ferry leaves Oban on <b>Monday</b>. ${credit}</figcaption><p data-block>Fares rise. ${credit}</p>`);
      expect(model.text, credit).toBe(`The ferry leaves Oban on Monday.\n\nFares rise. ${credit}`);
      expect(anchors.rangeFor({ start: 0, end: model.blocks[0]!.end })?.toString(), credit).toBe('The ferry leaves Oban on Monday.');
    }
    // brackets that are the caption's own words, and a caption that says "photo" in passing, stay
    for (const caption of ['The ferry (left) leaves Oban.', 'A photo: the ferry leaves Oban.', 'Ferries at Oban [1990s].']) {
      expect(page(`<figcaption data-block="caption">${caption}</figcaption>`).model.text).toBe(caption);
    }
  });

  it('separates blocks, and a <br> reads as a space that no range covers', () => {
    const { model, anchors } = page('<h1 data-block="headline"> Title </h1><p data-block>one<br>two</p>');
    expect(model.text).toBe('Title\n\none two');
    expect(model.blocks.map((b) => b.kind)).toEqual(['headline', 'paragraph']);
    expect(anchors.rangeFor({ start: 7, end: 14 })?.toString()).toBe('onetwo');
  });

  it('maps DOM positions back to model offsets, also inside skipped characters', () => {
    const { document, model, anchors } = page('<p data-block>Hello   <i>wide</i> world</p>');
    const italic = document.querySelector('i')!.firstChild!;
    expect(anchors.offsetAt(italic, 0)).toBe(model.text.indexOf('wide'));
    const first = document.querySelector('p')!.firstChild!;
    expect(anchors.offsetAt(first, 7)).toBe(model.text.indexOf('wide'));
    expect(anchors.offsetAt(document.querySelector('p')!, 1)).toBe(model.text.indexOf('wide'));
    expect(anchors.offsetAt(document.body, 0)).toBe(0);
  });

  it('leaves out hidden descendants and scripts', () => {
    const { model } = page('<p data-block>Seen <span hidden>unseen</span><script>x()</script>text</p>');
    expect(model.text).toBe('Seen text');
  });

  it('walks into open shadow roots', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const host = document.getElementById('host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Shadow <b>text</b></p>';
    const { model, anchors } = buildTextModel([{ kind: 'paragraph', roots: [host] }]);
    expect(model.text).toBe('Shadow text');
    expect(anchors.rangeFor({ start: 7, end: 11 })?.toString()).toBe('text');
  });
});

/** Random inline markup: words, white space runs, invisible characters, nested inline tags. */
const piece = fc.oneof(
  fc.constantFrom('John', 'Kerry', 'a', 'Aleppo,', '“quote”', 'x-y', 'é'),
  fc.constantFrom(' ', '  ', '\n', '\t ', '\u00A0', ' \n '),
  fc.constantFrom('\u200B', '\u00AD', '\uFEFF', '\u2060', '\u200D'),
);
const inline: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    piece.map((text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')),
    fc.tuple(fc.constantFrom('b', 'i', 'span', 'a', 'em'), fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, kids]) => `<${tag}>${kids.join('')}</${tag}>`),
  ),
})).node;
const blockHtml = fc.array(inline, { minLength: 1, maxLength: 8 }).map((kids) => `<p data-block>${kids.join('')}</p>`);

describe('buildTextModel anchors (property)', () => {
  it('every span of the model maps to a range that reads exactly as the span', () => {
    fc.assert(
      fc.property(fc.array(blockHtml, { minLength: 1, maxLength: 4 }), fc.nat(), fc.nat(), (blocks, a, b) => {
        const { model, anchors } = page(blocks.join(''));
        for (const block of model.blocks) {
          const length = block.end - block.start;
          if (length === 0) continue;
          const start = block.start + (a % length);
          const end = start + 1 + (b % (block.end - start));
          const range = anchors.rangeFor({ start, end });
          expect(range).not.toBeNull();
          expect(seen(range!.toString())).toBe(model.text.slice(start, end));
          // and back: the range's start maps to the span's start
          expect(anchors.offsetAt(range!.startContainer, range!.startOffset)).toBe(start);
        }
        expect(model.text).not.toMatch(/ {2}|[\u200B\u00AD\uFEFF\u2060\u200D]/);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('a whole block maps to a range over the whole block', () => {
    fc.assert(
      fc.property(fc.array(blockHtml, { minLength: 1, maxLength: 4 }), (blocks) => {
        const { model, anchors } = page(blocks.join(''));
        for (const block of model.blocks) {
          expect(seen(anchors.rangeFor(block)!.toString())).toBe(model.text.slice(block.start, block.end));
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
