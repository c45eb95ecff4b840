// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Analysis } from '../core/analyse';
import type { Annotation, AnnotationKind } from '../core/annotation';
import type { DomReading } from '../dom/read-page';
import type { StoryReport } from '../shared/report';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { fakeAnchors } from './fake-anchors';
import { HighlightApiPainter } from './highlight-api-painter';
import { LivePage } from './live-page';
import type { Painter } from './painter';
import { WrapPainter } from './wrap-painter';

/** A stand-in for the analysis: finds a few known names and every “…” quotation. */
const NAMES: Array<[string, AnnotationKind]> = [['Ann Lee', 'person'], ['Bob Ray', 'person'], ['Tom Fox', 'person'], ['Paris', 'place']];

function fakeAnalyse(reading: DomReading): Analysis {
  const text = reading.model.text;
  const annotations: Annotation[] = [];
  for (const [name, kind] of NAMES) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) annotations.push({ kind, ref: name, start: at, end: at + name.length });
  }
  for (const match of text.matchAll(/“([^”]+)”/g)) annotations.push({ kind: 'quote', ref: `q${match.index}`, start: match.index + 1, end: match.index + 1 + match[1]!.length });
  annotations.sort((a, b) => a.start - b.start || b.end - a.end);
  const report = { entities: [], quotes: [], text } as unknown as StoryReport;
  return { report, entities: [], quotes: [], annotations };
}

function fakeRead(doc: Document): DomReading {
  const { text, anchors } = fakeAnchors(doc.querySelector('article') ?? doc.body);
  const detected = !doc.body.hasAttribute('data-not-article');
  return {
    url: 'https://example.org/story',
    article: { detected, title: null, byline: null, published: null, site: null, wordCount: text.split(/\s+/).length },
    model: { text, blocks: [{ kind: 'paragraph', start: 0, end: text.length }] },
    anchors,
    detection: { likely: false, reason: 'too-short' },
  };
}

class FakeHighlight extends Set<Range> {
  priority = 0;
}

function highlightPainter() {
  const registry = new Map<string, FakeHighlight>();
  const painter = new HighlightApiPainter(
    {
      registry: registry as never,
      createHighlight: (ranges) => new FakeHighlight(ranges) as never,
      styleSheet: () => ({ replace: () => undefined, remove: () => undefined }),
      setTimeout: () => 0,
      clearTimeout: () => undefined,
    },
    DEFAULT_SETTINGS.colours,
    DEFAULT_SETTINGS.shown,
    { person: 'tperson', place: 'tplace', organization: 'torganization', quote: 'tquote', flash: 'tflash' },
  );
  return { painter, registry };
}

function livePage(painter: Painter) {
  const sent: string[] = [];
  let analyses = 0;
  const page = new LivePage(
    {
      doc: document,
      read: fakeRead,
      analyse: (reading) => {
        analyses++;
        return { ok: true, value: fakeAnalyse(reading) };
      },
      painter,
      send: (type) => sent.push(type),
      quietly: (change) => change(),
    },
    DEFAULT_SETTINGS,
  );
  return { page, sent, analyses: () => analyses };
}

/** The words an annotation was made for, in the page as it was first read. */
const ORIGINAL = '“Ann Lee will go,” said Bob Ray in Paris.';
const fakeAnalyseText = (annotation: Annotation) => ORIGINAL.slice(annotation.start, annotation.end);

/** The text under every drawn mark, as the page now reads. */
const paintedTexts = (painter: Painter) => painter.marks().map((mark) => painter.rangeOf(mark)?.toString());

beforeEach(() => {
  document.body.innerHTML = '<p>“Ann Lee will go,” said Bob Ray in <b>Par</b>is.</p>';
  document.body.removeAttribute('data-not-article');
});

describe.each([
  ['highlight-api', () => highlightPainter().painter],
  ['wrap', () => new WrapPainter(document, DEFAULT_SETTINGS.colours, DEFAULT_SETTINGS.shown)],
])('LivePage with the %s renderer', (renderer, makePainter) => {
  it('paints the story, counts by kind and reports it once', async () => {
    const painter = makePainter();
    const { page, sent } = livePage(painter);
    const state = await page.annotate();
    const names = renderer === 'highlight-api' ? { highlights: { person: 'tperson', place: 'tplace', organization: 'torganization', quote: 'tquote' } } : {};
    const shown = { person: true, place: true, organization: true, quote: true };
    expect(state).toEqual({ state: 'annotated', painted: { person: 2, place: 1, organization: 0, quote: 1 }, renderer, shown, ...names, readings: 1 });
    expect(paintedTexts(painter).sort()).toEqual(['Ann Lee', 'Ann Lee will go,', 'Bob Ray', 'Paris']);
    expect(sent).toEqual(['report:put']);
  });

  it('never leaves a highlight on rewritten words: drops it, and paints the new name it finds', async () => {
    const painter = makePainter();
    const { page } = livePage(painter);
    await page.annotate();
    const paragraph = document.querySelector('p')!;
    // A page script rewrites the text around the second name.
    const edited: Node[] = [];
    for (const node of [...paragraph.querySelectorAll('*'), paragraph].flatMap((el) => [...el.childNodes])) {
      if (node.nodeType === 3 && (node as Text).data.includes('Bob')) {
        (node as Text).data = (node as Text).data.replace('Bob Ray', 'Tom Fox');
        edited.push(node);
      }
    }
    // at once, before any new reading: nothing painted on words it was not made for
    page.recheck(edited);
    for (const mark of painter.marks()) {
      expect(painter.rangeOf(mark)?.toString()).toBe(fakeAnalyseText(mark.annotation));
    }
    await page.refresh();
    const texts = paintedTexts(painter);
    expect(texts).not.toContain('Bob Ray');
    expect(texts).toContain('Tom Fox');
    for (const mark of painter.marks()) expect(NAMES.map(([n]) => n).concat('Ann Lee will go,')).toContain(painter.rangeOf(mark)?.toString());
  });

  it('annotates a paragraph added later', async () => {
    const painter = makePainter();
    const { page, sent } = livePage(painter);
    await page.annotate();
    document.body.insertAdjacentHTML('beforeend', '<p>Later, Tom Fox flew to Paris.</p>');
    await page.refresh();
    expect(page.state().painted).toEqual({ person: 3, place: 2, organization: 0, quote: 1 });
    expect(sent).toEqual(['report:put', 'report:put']);
  });

  it('says "annotated" only once every mark is on the page, however slowly the page paints', async () => {
    document.body.innerHTML = `<p>${'Ann Lee met Bob Ray in Paris. '.repeat(200)}</p>`;
    const painter = makePainter();
    const seen: string[] = [];
    let page: LivePage | null = null;
    const add = painter.add.bind(painter);
    // a machine so busy that every batch of marks outlasts the paint slice
    painter.add = (marks) => {
      seen.push(page!.state().state);
      const until = performance.now() + 12;
      while (performance.now() < until);
      add(marks);
    };
    page = livePage(painter).page;
    const state = await page.annotate();
    expect(seen.length).toBeGreaterThan(1);
    expect(seen).not.toContain('annotated');
    expect(state.painted).toEqual({ person: 400, place: 200, organization: 0, quote: 0 });
  });

  it('does not analyse again when the story text has not changed', async () => {
    const painter = makePainter();
    const { page, analyses, sent } = livePage(painter);
    await page.annotate();
    document.body.append(document.createElement('div'));
    await page.refresh();
    expect(analyses()).toBe(1);
    expect(sent).toEqual(['report:put']);
    expect(page.state().painted.person).toBe(2);
  });

  it('leaves a page that is not an article alone, unless asked', async () => {
    document.body.setAttribute('data-not-article', '');
    const painter = makePainter();
    const { page, sent } = livePage(painter);
    expect((await page.annotate()).state).toBe('not-article');
    expect(painter.marks()).toHaveLength(0);
    expect(sent).toEqual([]);
    expect((await page.annotate(true)).painted.person).toBe(2);
  });

  it('clearing removes everything, tells the background and stops following the page', async () => {
    const before = document.body.innerHTML;
    const painter = makePainter();
    const { page, sent } = livePage(painter);
    await page.annotate();
    expect(page.clear()).toMatchObject({
      state: 'idle',
      painted: { person: 0, place: 0, organization: 0, quote: 0 },
      renderer: 'none',
      shown: { person: true, place: true, organization: true, quote: true },
    });
    expect(document.body.innerHTML).toBe(before);
    expect(sent).toEqual(['report:put', 'report:clear']);
    document.body.insertAdjacentHTML('beforeend', '<p>Tom Fox</p>');
    await page.refresh();
    expect(painter.marks()).toHaveLength(0);
  });

  it('toggles one kind and all kinds, and "show me" walks through the mentions', async () => {
    const painter = makePainter();
    const { page } = livePage(painter);
    await page.annotate();
    expect((await page.toggle('person')).painted).toEqual({ person: 0, place: 1, organization: 0, quote: 1 });
    // flipping all while some kinds show hides everything (the keyboard command), flipping again shows all
    expect((await page.toggle()).painted).toEqual({ person: 0, place: 0, organization: 0, quote: 0 });
    expect((await page.toggle()).painted).toEqual({ person: 2, place: 1, organization: 0, quote: 1 });
    expect((await page.toggle(undefined, false)).painted).toEqual({ person: 0, place: 0, organization: 0, quote: 0 });
    await page.toggle(undefined, true);
    document.body.insertAdjacentHTML('beforeend', '<p>Ann Lee again.</p>');
    await page.refresh();
    expect(page.showNext('Ann Lee')).toEqual({ index: 1, total: 2 });
    expect(page.showNext('Ann Lee')).toEqual({ index: 2, total: 2 });
    expect(page.showNext('Ann Lee')).toEqual({ index: 1, total: 2 });
    expect(page.showNext('Nobody')).toBeNull();
  });

  it('follows changes around the story once painted, and anywhere before', async () => {
    document.body.innerHTML = '<main><article><p>“Ann Lee will go,” said Bob Ray in Paris.</p></article></main><aside><p>ticker</p></aside>';
    const painter = makePainter();
    const { page } = livePage(painter);
    const aside = document.querySelector('aside')!;
    expect(page.concerns(aside)).toBe(true);
    await page.annotate();
    expect(page.concerns(aside.firstChild!)).toBe(false);
    expect(page.concerns(document.querySelector('article p')!.firstChild!)).toBe(true);
    expect(page.concerns(document.body)).toBe(true);
  });

  it('hit-tests a position to the name and the quotation around it, innermost first', async () => {
    const painter = makePainter();
    const { page } = livePage(painter);
    await page.annotate();
    const found = [...document.querySelectorAll('p *'), document.querySelector('p')!]
      .flatMap((el) => [...el.childNodes])
      .find((node) => node.nodeType === 3 && (node as Text).data.startsWith('“Ann') || (node as Text).data === 'Ann Lee')!;
    const offset = (found as Text).data.indexOf('Lee');
    const hits = page.hitsAt(found, offset);
    expect(hits.map((hit) => hit.mark.annotation.kind)).toEqual(['person', 'quote']);
    expect(hits[0]!.range.toString()).toBe('Ann Lee');
  });

  it('a page that keeps changing while a slow analysis runs gets that analysis painted, then one fresh look', async () => {
    const painter = makePainter();
    const gates: Array<() => void> = [];
    let analyses = 0;
    const page = new LivePage(
      {
        doc: document,
        read: fakeRead,
        analyse: async (reading) => {
          analyses++;
          await new Promise<void>((resolve) => gates.push(resolve));
          return { ok: true, value: fakeAnalyse(reading) };
        },
        painter,
        send: () => undefined,
        quietly: (change) => change(),
      },
      DEFAULT_SETTINGS,
    );
    const first = page.annotate();
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The page changes five times while the story is analysed (a ticker, an ad): no restart each time.
    const paragraph = document.querySelector('p')!;
    const refreshes: Array<Promise<void>> = [];
    for (let i = 0; i < 5; i++) {
      paragraph.append(` Tom Fox ${i}.`);
      refreshes.push(page.refresh());
    }
    expect(analyses).toBe(1);
    gates.shift()!();
    // One more look, at the page as it now stands.
    for (let i = 0; i < 100 && gates.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(analyses).toBe(2);
    gates.shift()!();
    await Promise.all([first, ...refreshes]);
    expect(analyses).toBe(2);
    expect(page.state().state).toBe('annotated');
    expect(paintedTexts(painter).filter((text) => text === 'Tom Fox')).toHaveLength(5);
  });

  it('cleared while a slow analysis runs and a page change waits: stays as it was, nothing painted or reported', async () => {
    const painter = makePainter();
    const before = document.body.innerHTML;
    const gates: Array<() => void> = [];
    const sent: string[] = [];
    const page = new LivePage(
      {
        doc: document,
        read: fakeRead,
        analyse: async (reading) => {
          await new Promise<void>((resolve) => gates.push(resolve));
          return { ok: true, value: fakeAnalyse(reading) };
        },
        painter,
        send: (type) => sent.push(type),
        quietly: (change) => change(),
      },
      DEFAULT_SETTINGS,
    );
    const first = page.annotate();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const later = page.refresh();
    page.clear();
    gates.shift()!();
    await Promise.all([first, later]);
    expect(gates).toHaveLength(0);
    expect(page.state().state).toBe('idle');
    expect(painter.marks()).toHaveLength(0);
    expect(document.body.innerHTML).toBe(before);
    expect(sent).toEqual([]);
  });
});

