// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationKind } from '../core/annotation';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { fakeAnchors } from './fake-anchors';
import type { Mark } from './painter';
import { MARK_TAG, WrapPainter } from './wrap-painter';

const ALL_SHOWN = DEFAULT_SETTINGS.shown;

function setUp(html: string) {
  document.body.innerHTML = html;
  const root = document.body;
  const before = root.innerHTML;
  const { text, anchors, nodes } = fakeAnchors(root);
  const painter = new WrapPainter(document, DEFAULT_SETTINGS.colours, { ...ALL_SHOWN });
  const mark = (kind: AnnotationKind, words: string, from = 0): Mark => {
    const start = text.indexOf(words, from);
    if (start < 0) throw new Error(`no ${words}`);
    const annotation: Annotation = { kind, ref: `${kind}:${words}`, start, end: start + words.length };
    return { annotation, range: anchors.rangeFor(annotation)! };
  };
  return { root, before, text, nodes, painter, mark };
}

const wrappers = () => [...document.querySelectorAll(MARK_TAG)];

describe('WrapPainter', () => {
  it('wraps exactly the marked words, across inline tags, and counts them by kind', () => {
    const { painter, mark } = setUp('<p>Yesterday John <b>Ker</b>ry met officials in Lausanne, Switzerland.</p>');
    painter.add([mark('person', 'John Kerry'), mark('place', 'Lausanne'), mark('place', 'Switzerland')]);
    painter.flush();
    expect(painter.count('person')).toBe(1);
    expect(painter.count('place')).toBe(2);
    const person = painter.marks()[0]!;
    expect(painter.rangeOf(person)?.toString()).toBe('John Kerry');
    expect(wrappers().map((w) => w.textContent)).toEqual(['John ', 'Ker', 'ry', 'Lausanne', 'Switzerland']);
    expect(document.querySelector('p')!.textContent).toBe('Yesterday John Kerry met officials in Lausanne, Switzerland.');
  });

  it('clearing leaves the DOM byte-identical, with the page’s own text nodes', () => {
    const { painter, mark, before, nodes, root } = setUp('<h1>Talks in <i>London</i></h1><p>“We will,” said Ann Lee, “do it.”</p>');
    painter.add([mark('place', 'London'), mark('quote', 'We will,'), mark('quote', 'do it.'), mark('person', 'Ann Lee')]);
    painter.flush();
    expect(root.innerHTML).not.toBe(before);
    painter.clear();
    expect(root.innerHTML).toBe(before);
    expect(wrappers()).toHaveLength(0);
    for (const node of nodes) expect(node.isConnected).toBe(true);
    expect(root.childNodes[1]!.childNodes).toHaveLength(1); // the paragraph's one text node, merged back
  });

  it('hides one kind without touching the others, and shows it again', () => {
    const { painter, mark, root, before } = setUp('<p>“Ann Lee will go,” said Bob Ray in Paris.</p>');
    painter.add([mark('quote', 'Ann Lee will go,'), mark('person', 'Ann Lee'), mark('person', 'Bob Ray'), mark('place', 'Paris')]);
    painter.flush();
    painter.setShown('person', false);
    expect(painter.count('person')).toBe(0);
    expect(painter.count('quote')).toBe(1);
    const kindOf = (w: Element) => painter.marksAtNode(w)[0]!.annotation.kind;
    expect(wrappers().map(kindOf)).not.toContain('person');
    expect(wrappers().filter((w) => kindOf(w) === 'quote').map((w) => w.textContent).join('')).toBe('Ann Lee will go,');
    painter.setShown('person', true);
    expect(painter.count('person')).toBe(2);
    painter.clear();
    expect(root.innerHTML).toBe(before);
  });

  it('finds the marks at a node, innermost first', () => {
    const { painter, mark } = setUp('<p>“Ann Lee will go,” she said.</p>');
    painter.add([mark('quote', 'Ann Lee will go,'), mark('person', 'Ann Lee')]);
    painter.flush();
    const inner = wrappers().find((w) => w.textContent === 'Ann Lee')!;
    expect(painter.marksAtNode(inner.firstChild!).map((m) => m.annotation.kind)).toEqual(['person', 'quote']);
  });

  it('forgets a dropped mark and still restores the page', () => {
    const { painter, mark, root, before } = setUp('<p>Ann Lee met Bob Ray.</p>');
    painter.add([mark('person', 'Ann Lee'), mark('person', 'Bob Ray')]);
    painter.flush();
    painter.drop([painter.marks()[0]!]);
    expect(painter.count('person')).toBe(1);
    expect(wrappers().map((w) => w.textContent)).toEqual(['Bob Ray']);
    painter.clear();
    expect(root.innerHTML).toBe(before);
  });

  it('marks stay readable on dark pages: dark text on the highlight, styles page CSS cannot override', () => {
    const { painter, mark } = setUp('<p style="color:white;background:black">Ann Lee</p>');
    painter.add([mark('person', 'Ann Lee')]);
    painter.flush();
    const style = (wrappers()[0] as HTMLElement).style;
    expect(style.getPropertyValue('color')).not.toBe('');
    expect(style.getPropertyPriority('color')).toBe('important');
    expect(style.getPropertyValue('background-color')).not.toBe('');
  });
});

/** Random trees of inline and block elements holding random text (with spaces and entities). */
const word = fc.constantFrom('Ann', 'Lee', ' ', 'said', '“', '”', 'Paris', ',', 'x', '&', '<', 'é', '\n  ');
const textNode = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => ({ text: words.join('') }));
type Tree = { text: string } | { tag: string; children: Tree[] };
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textNode,
    fc.record({ tag: fc.constantFrom('b', 'i', 'span', 'p', 'div', 'a'), children: fc.array(tie('node'), { minLength: 1, maxLength: 4 }) }),
  ),
})).node;

function build(node: Tree, parent: Node): void {
  if ('text' in node) {
    parent.appendChild(document.createTextNode(node.text));
    return;
  }
  const element = document.createElement(node.tag);
  for (const child of node.children) build(child, element);
  parent.appendChild(element);
}

describe('WrapPainter on random DOM trees', () => {
  it('every mark covers exactly its text, and clearing restores the tree byte for byte', () => {
    const kinds: AnnotationKind[] = ['person', 'place', 'organization', 'quote'];
    fc.assert(
      fc.property(
        fc.array(tree, { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...kinds)), {
          maxLength: 12,
        }),
        (trees, spans) => {
          document.body.innerHTML = '';
          for (const t of trees) build(t, document.body);
          const before = document.body.innerHTML;
          const { text, anchors, nodes } = fakeAnchors(document.body);
          const marks: Mark[] = [];
          for (const [a, b, kind] of spans) {
            const start = Math.floor(Math.min(a, b) * text.length);
            const end = Math.floor(Math.max(a, b) * text.length);
            // Like the analysis: marks begin and end on something other than white space.
            if (end <= start || /^\s|\s$/.test(text.slice(start, end))) continue;
            const annotation: Annotation = { kind, ref: `${kind}${start}`, start, end };
            const range = anchors.rangeFor(annotation);
            if (range) marks.push({ annotation, range });
          }
          const expected = marks.map((m) => text.slice(m.annotation.start, m.annotation.end));
          const painter = new WrapPainter(document, DEFAULT_SETTINGS.colours, { ...ALL_SHOWN });
          painter.add(marks);
          painter.flush();
          expect(document.body.textContent).toBe(text);
          marks.forEach((m, i) => {
            expect(painter.rangeOf(m)?.toString().trim()).toBe(expected[i]!.trim());
            // every wrapper of this mark holds only this mark's words
            const wrapped = wrappers()
              .filter((w) => painter.marksAtNode(w)[0] === m)
              .map((w) => w.textContent)
              .join('');
            expect(wrapped.replace(/\s+/g, '')).toBe(expected[i]!.replace(/\s+/g, ''));
          });
          painter.clear();
          expect(document.body.innerHTML).toBe(before);
          for (const node of nodes) expect(node.isConnected).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
