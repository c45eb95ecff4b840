// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { LazyPainter } from './lazy-painter';
import { WrapPainter } from './wrap-painter';

function painterOnPage() {
  document.body.innerHTML = '<p>Ann Lee met Bob Ray in Paris.</p>';
  let made = 0;
  const painter = new LazyPainter(
    () => {
      made++;
      return new WrapPainter(document, DEFAULT_SETTINGS.colours, DEFAULT_SETTINGS.shown);
    },
    DEFAULT_SETTINGS.shown,
    DEFAULT_SETTINGS.colours,
  );
  const text = document.querySelector('p')!.firstChild!;
  const range = (start: number, end: number) => {
    const r = document.createRange();
    r.setStart(text, start);
    r.setEnd(text, end);
    return r;
  };
  return { painter, made: () => made, range };
}

describe('LazyPainter', () => {
  it('makes no painter while there is nothing to draw, and leaves the page alone', () => {
    const { painter, made } = painterOnPage();
    const before = document.body.innerHTML;
    painter.setShown('place', false);
    painter.setColours({ ...DEFAULT_SETTINGS.colours, person: '#ff0000' });
    painter.clear();
    painter.add([]);
    painter.flush();
    expect(painter.count('person')).toBe(0);
    expect(painter.marks()).toEqual([]);
    expect(painter.isShown('place')).toBe(false);
    expect(painter.marksAtNode).toBeUndefined();
    expect(made()).toBe(0);
    expect(document.body.innerHTML).toBe(before);
  });

  it('draws with the switches and colours set before its first mark', () => {
    const { painter, made, range } = painterOnPage();
    painter.setShown('place', false);
    painter.setColours({ ...DEFAULT_SETTINGS.colours, person: '#ff0000' });
    painter.add([
      { annotation: { kind: 'person', ref: 'p1', start: 0, end: 7 }, range: range(0, 7) },
      { annotation: { kind: 'place', ref: 'l1', start: 24, end: 29 }, range: range(24, 29) },
    ]);
    painter.flush();
    expect(made()).toBe(1);
    expect(painter.renderer).toBe('wrap');
    expect(painter.count('person')).toBe(1);
    expect(painter.count('place')).toBe(0);
    const mark = [...document.querySelectorAll('*')].find((el) => el.textContent === 'Ann Lee' && el.tagName !== 'P') as HTMLElement;
    expect(mark.style.getPropertyValue('background-color')).toMatch(/#ff0000|rgb\(255, 0, 0\)/);
    expect(painter.marksAtNode).toBeTypeOf('function');
  });
});
