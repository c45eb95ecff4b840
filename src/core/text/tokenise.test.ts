import { describe, expect, it } from 'vitest';
import { hasHyphen, tokenise } from './tokenise';

describe('hasHyphen', () => {
  it('finds a hyphen or a non-breaking hyphen inside a word', () => {
    expect(hasHyphen('al-Tarvi')).toBe(true);
    expect(hasHyphen('Brellin‑based')).toBe(true);
    expect(hasHyphen('Tarvi')).toBe(false);
    expect(hasHyphen('Roe’s')).toBe(false);
  });

  it('answers for the words the tokeniser reads', () => {
    const words = tokenise('Ana Quell-Roe met Brellin‑based staff').map((token) => token.text);
    expect(words.filter(hasHyphen)).toEqual(['Quell-Roe', 'Brellin‑based']);
  });
});
