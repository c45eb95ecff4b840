// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { AnnotationKind } from '../core/annotation';
import { highlightCss } from '../shared/highlight-style';
import { DEFAULT_SETTINGS } from '../shared/settings';
import type { HighlightEnv } from './highlight-api-painter';
import { HighlightApiPainter } from './highlight-api-painter';
import type { Mark } from './painter';

/** jsdom has no Highlight API: a registry and Highlight objects that behave like the browser's. */
class FakeHighlight extends Set<Range> {
  priority = 0;
}

function fakeEnv() {
  const registry = new Map<string, FakeHighlight>();
  const sheets: Array<{ css: string; removed: boolean }> = [];
  const timers = new Map<number, () => void>();
  let nextTimer = 1;
  const env: HighlightEnv = {
    registry: registry as unknown as HighlightEnv['registry'],
    createHighlight: (ranges) => new FakeHighlight(ranges) as unknown as Highlight,
    styleSheet(style) {
      const sheet = { css: highlightCss(style), removed: false };
      sheets.push(sheet);
      return { replace: (next) => (sheet.css = highlightCss(next)), remove: () => (sheet.removed = true) };
    },
    setTimeout(callback) {
      timers.set(nextTimer, callback);
      return nextTimer++;
    },
    clearTimeout: (id) => timers.delete(id),
  };
  const runTimers = () => {
    for (const [id, callback] of [...timers]) {
      timers.delete(id);
      callback();
    }
  };
  return { env, registry, sheets, runTimers };
}

function marksOn(html: string, words: Array<[AnnotationKind, string]>): Mark[] {
  document.body.innerHTML = html;
  const text = document.body.firstChild!.firstChild as Text;
  return words.map(([kind, word]) => {
    const start = text.data.indexOf(word);
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + word.length);
    return { annotation: { kind, ref: word, start, end: start + word.length }, range };
  });
}

/** Random in the page; fixed here so the assertions can name them. */
const NAMES = { person: 'abcperson', place: 'abcplace', organization: 'abcorganization', quote: 'abcquote', flash: 'abcflash' };

const PAGE = '<p>“Ann Lee will go,” said Bob Ray in Paris.</p>';
const WORDS: Array<[AnnotationKind, string]> = [['quote', 'Ann Lee will go,'], ['person', 'Ann Lee'], ['person', 'Bob Ray'], ['place', 'Paris']];

describe('HighlightApiPainter', () => {
  it('paints each kind as one named highlight, with a rule per kind, and never touches the DOM', () => {
    const { env, registry, sheets } = fakeEnv();
    const marks = marksOn(PAGE, WORDS);
    const before = document.body.innerHTML;
    const painter = new HighlightApiPainter(env, DEFAULT_SETTINGS.colours, DEFAULT_SETTINGS.shown, NAMES);
    painter.add(marks);
    painter.flush();
    expect(document.body.innerHTML).toBe(before);
    expect(painter.count('person')).toBe(2);
    expect(painter.count('quote')).toBe(1);
    expect([...registry.keys()].sort()).toEqual(['abcperson', 'abcplace', 'abcquote']);
    expect([...registry.get('abcperson')!].map((r) => r.toString())).toEqual(['Ann Lee', 'Bob Ray']);
    // names inside a quotation are drawn over it
    expect(registry.get('abcperson')!.priority).toBeGreaterThan(registry.get('abcquote')!.priority);
    expect(sheets).toHaveLength(1);
    expect(sheets[0]!.css).toContain(`::highlight(abcperson) { background-color: ${DEFAULT_SETTINGS.colours.person}`);
    expect(sheets[0]!.css).toMatch(/::highlight\(abcquote\)[^}]*text-decoration-style: wavy/);
  });

  it('puts its highlights back when the page clears the registry, and counts what is shown', () => {
    const { env, registry, runTimers } = fakeEnv();
    const painter = new HighlightApiPainter(env, DEFAULT_SETTINGS.colours, DEFAULT_SETTINGS.shown, NAMES);
    painter.add(marksOn(PAGE, WORDS));
    painter.flush();
    registry.clear(); // a page script's CSS.highlights.clear()
    runTimers();
    expect([...registry.keys()].sort()).toEqual(['abcperson', 'abcplace', 'abcquote']);
    registry.delete('abcperson');
    expect(painter.count('person')).toBe(2);
    expect(registry.has('abcperson')).toBe(true);
    painter.setShown('place', false);
    runTimers();
    expect(registry.has('abcplace')).toBe(false);
    painter.clear();
    runTimers();
    expect(registry.size).toBe(0);
  });

  it('hides and shows a kind by its registry entry, keeping its ranges', () => {
    const { env, registry } = fakeEnv();
    const painter = new HighlightApiPainter(env, DEFAULT_SETTINGS.colours, DEFAULT_SETTINGS.shown, NAMES);
    painter.add(marksOn(PAGE, WORDS));
    painter.flush();
    painter.setShown('person', false);
    expect(registry.has('abcperson')).toBe(false);
    expect(painter.count('person')).toBe(0);
    expect(painter.count('place')).toBe(1);
    painter.setShown('person', true);
    expect(registry.get('abcperson')!.size).toBe(2);
  });

  it('starts with the kinds the settings hide hidden', () => {
    const { env, registry } = fakeEnv();
    const painter = new HighlightApiPainter(env, DEFAULT_SETTINGS.colours, { ...DEFAULT_SETTINGS.shown, quote: false }, NAMES);
    painter.add(marksOn(PAGE, WORDS));
    painter.flush();
    expect(registry.has('abcquote')).toBe(false);
    expect(painter.count('quote')).toBe(0);
  });

  it('recolours in place, flashes for a moment, and clears without a trace', () => {
    const { env, registry, sheets, runTimers } = fakeEnv();
    const painter = new HighlightApiPainter(env, DEFAULT_SETTINGS.colours, DEFAULT_SETTINGS.shown, NAMES);
    const marks = marksOn(PAGE, WORDS);
    painter.add(marks);
    painter.flush();
    painter.setColours({ ...DEFAULT_SETTINGS.colours, place: '#123456' });
    expect(sheets[0]!.css).toContain('::highlight(abcplace) { background-color: #123456');
    painter.flash(marks[3]!);
    expect([...registry.get('abcflash')!].map(String)).toEqual(['Paris']);
    runTimers();
    expect(registry.has('abcflash')).toBe(false);
    painter.drop([marks[2]!]);
    expect(painter.count('person')).toBe(1);
    painter.clear();
    expect(registry.size).toBe(0);
    expect(sheets[0]!.removed).toBe(true);
    expect(painter.marks()).toHaveLength(0);
  });

  it('draws what it was given at each flush in one change per kind, losing nothing drawn before', () => {
    const { env, registry } = fakeEnv();
    const changes: string[] = [];
    const set = registry.set.bind(registry);
    registry.set = (name, highlight) => (changes.push(name), set(name, highlight));
    const painter = new HighlightApiPainter(env, DEFAULT_SETTINGS.colours, DEFAULT_SETTINGS.shown, NAMES);
    const [quote, ann, bob, paris] = marksOn(PAGE, WORDS);
    painter.add([quote!, ann!]);
    expect(registry.size).toBe(0);
    painter.flush();
    expect(changes.sort()).toEqual(['abcperson', 'abcquote']);
    const drawnFirst = registry.get('abcperson');
    changes.length = 0;
    painter.add([bob!]);
    painter.add([paris!]);
    // the reader still sees the first names, unchanged, until the rest is drawn
    expect(registry.get('abcperson')).toBe(drawnFirst);
    expect(painter.count('person')).toBe(1);
    painter.flush();
    expect(changes.sort()).toEqual(['abcperson', 'abcplace']);
    expect([...registry.get('abcperson')!].map(String)).toEqual(['Ann Lee', 'Bob Ray']);
    expect(painter.count('person')).toBe(2);
    expect(painter.count('quote')).toBe(1);
    expect(painter.marks()).toHaveLength(4);
  });
});
