import { describe, expect, it } from 'vitest';
import { isSpaceAt, wordBefore } from './word-before';

const role = (text: string, reach = 30) => wordBefore(text, text.length, reach, 'letters', ',');
const title = (text: string, reach = 8) => wordBefore(text, text.length, reach, 'title', '.');

describe('the word before an offset', () => {
  it('reads the role before a name, past a comma and white space', () => {
    expect(role('the coroner, ')).toBe('coroner');
    expect(role('Her mother ')).toBe('mother');
    expect(role('Her mother,\u00a0')).toBe('mother');
  });

  it('stops at an apostrophe and a hyphen, which are not letters', () => {
    expect(role('Eloise’s mother ')).toBe('mother');
    expect(role('O’Neill ')).toBe('Neill');
    expect(role('mum-of-two ')).toBe('two');
  });

  it('reads letters of any script, outside the basic plane too', () => {
    expect(role('la señora ')).toBe('señora');
    expect(role('министр ')).toBe('министр');
    expect(role('王 ')).toBe('王');
    expect(role('𠀋𠀌 ')).toBe('𠀋𠀌');
  });

  it('finds nothing without white space before the offset, or with other marks between', () => {
    expect(role('mother')).toBeUndefined();
    expect(role('mother; ')).toBeUndefined();
    expect(role('mother,, ')).toBeUndefined();
    expect(role('2017 ')).toBeUndefined();
    expect(role('   ')).toBeUndefined();
  });

  it('cuts the word where the reach ends', () => {
    expect(role('grandmother ', 5)).toBe('ther');
    expect(role('ab ', 1)).toBeUndefined();
    // half of a letter outside the basic plane is no letter
    expect(role('𠀋 ', 2)).toBeUndefined();
  });

  it('reads a title of ASCII letters and hyphens, past its full stop', () => {
    expect(title('said Sen. ')).toBe('Sen');
    expect(title('Attorney-General ', 40)).toBe('Attorney-General');
    expect(title('Secretary ')).toBe('cretary');
    expect(title('Señor ')).toBe('or');
  });

  it('answers as the end-anchored patterns it replaces do', () => {
    const rolePattern = /(\p{L}+),?\s+$/u;
    const titlePattern = /([A-Za-z-]+)\.?\s+$/;
    const alphabet = ['a', 'Z', 'é', 'ж', '𠀋', ',', '.', ' ', '\n', '\u00a0', '\u3000', '’', '-', '1', '\ud840'];
    let seed = 11;
    const next = () => (seed = (seed * 16807) % 2147483647);
    for (let round = 0; round < 5000; round += 1) {
      let text = '';
      for (let length = next() % 12; length > 0; length -= 1) text += alphabet[next() % alphabet.length];
      for (const reach of [3, 8, 30]) {
        const slice = text.slice(Math.max(0, text.length - reach));
        expect(role(text, reach), JSON.stringify([text, reach])).toBe(rolePattern.exec(slice)?.[1]);
        expect(title(text, reach), JSON.stringify([text, reach])).toBe(titlePattern.exec(slice)?.[1]);
      }
    }
  });

  it('takes white space as JavaScript does', () => {
    for (let code = 0; code < 0x10000; code += 1) {
      const char = String.fromCharCode(code);
      expect(isSpaceAt(char, 0), code.toString(16)).toBe(/\s/.test(char));
    }
  });
});
