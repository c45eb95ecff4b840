import { describe, expect, it } from 'vitest';
import { opensCall } from './is-code-string';

const opens = (before: string, reach = 200) => opensCall(before, before.length, Math.max(0, before.length - reach));

describe('a mark opening a call’s argument', () => {
  it('follows a call’s or an index’s bracket, or an operator', () => {
    expect(opens('constructor(')).toBe(true);
    expect(opens('items [')).toBe(true);
    expect(opens('f)(')).toBe(true);
    expect(opens('x = ')).toBe(true);
    expect(opens('key:')).toBe(true);
    expect(opens('функция(')).toBe(true);
  });

  it('does not follow prose', () => {
    expect(opens('she said ')).toBe(false);
    expect(opens('(')).toBe(false);
    expect(opens('he wrote, (')).toBe(false);
    expect(opens('call( ')).toBe(false);
    expect(opens('’(')).toBe(false);
  });

  it('answers as the end-anchored pattern it replaces does', () => {
    const pattern = /[\p{L}\p{N}_$)\]]\s*[([]$|[=:]\s*$/u;
    const alphabet = ['a', '7', '_', '$', ')', ']', '(', '[', '=', ':', ' ', '\u00a0', '\n', ',', '’', 'ж', '𝟙', '\ud835'];
    let seed = 5;
    const next = () => (seed = (seed * 16807) % 2147483647);
    for (let round = 0; round < 5000; round += 1) {
      let text = '';
      for (let length = next() % 8; length > 0; length -= 1) text += alphabet[next() % alphabet.length];
      for (const reach of [2, 4, 200]) {
        expect(opens(text, reach), JSON.stringify([text, reach])).toBe(pattern.test(text.slice(Math.max(0, text.length - reach))));
      }
    }
  });
});
