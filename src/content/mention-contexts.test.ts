import { describe, expect, it } from 'vitest';
import type { Annotation } from '../core/annotation';
import { modelFromBlocks } from '../core/text-model';
import { pageMentionsParser } from '../shared/validate-message';
import { mentionContexts } from './mention-contexts';

const model = modelFromBlocks([
  { kind: 'headline', text: 'Harbour pilots strike in Rotterdam' },
  { kind: 'paragraph', text: 'Pilots at the Port of Rotterdam walked out on Monday, said Anna de Boer, who runs the port authority’s press office.' },
  { kind: 'paragraph', text: '“We will not guide ships in fog without pay,” said Joost Vermeer. Vermeer leads the union.' },
]);
const at = (word: string, from = 0): { start: number; end: number } => {
  const start = model.text.indexOf(word, from);
  return { start, end: start + word.length };
};
const mention = (kind: Annotation['kind'], ref: string, word: string, from = 0): Annotation => ({ kind, ref, ...at(word, from) });

describe('mentionContexts', () => {
  it('gives each mention its words and 32 characters either side, in page order', () => {
    const annotations = [mention('person', 'person-1', 'Anna de Boer'), mention('place', 'place-1', 'Rotterdam', 40)];
    const found = mentionContexts(annotations, model);
    expect(found.map((m) => m.exact)).toEqual(['Rotterdam', 'Anna de Boer']);
    const anna = found[1]!;
    expect(anna).toMatchObject({ ref: 'person-1', kind: 'person' });
    expect(anna.prefix).toBe('rdam walked out on Monday, said ');
    expect(anna.prefix.length).toBe(32);
    expect(anna.suffix).toBe(', who runs the port authority’s ');
    expect(model.text).toContain(anna.prefix + anna.exact + anna.suffix);
  });

  it('keeps the context inside the mention’s block: nothing of the headline before a paragraph’s first words', () => {
    const [pilots] = mentionContexts([mention('organization', 'org-1', 'Port of Rotterdam')], model);
    expect(pilots?.prefix).toBe('Pilots at the ');
    const [headline] = mentionContexts([mention('place', 'place-1', 'Rotterdam')], model);
    expect(headline?.suffix).toBe('');
    const quote = mentionContexts([{ kind: 'quote', ref: 'quote-1', ...at('We will not guide ships in fog without pay') }], model)[0]!;
    expect(quote.prefix).toBe('“');
    expect(quote.prefix + quote.exact + quote.suffix).not.toContain('\n');
  });

  it('never splits a surrogate pair at the edge of a context', () => {
    const emoji = modelFromBlocks([{ kind: 'paragraph', text: '😀'.repeat(20) + ' said Ada Lovelace ' + '😀'.repeat(20) }]);
    const start = emoji.text.indexOf('Ada');
    const [found] = mentionContexts([{ kind: 'person', ref: 'p', start, end: start + 12 }], emoji, 10);
    expect(found?.prefix).toBe('😀😀 said ');
    expect(found?.suffix).toBe(' 😀😀😀😀');
    expect(found?.suffix.length).toBe(9);
  });

  it('answers what the popup’s check accepts, and leaves out empty and out-of-model spans', () => {
    const annotations = [mention('person', 'person-2', 'Joost Vermeer'), { kind: 'person' as const, ref: 'x', start: 5, end: 5 }, { kind: 'person' as const, ref: 'y', start: 0, end: 99_999 }];
    const found = mentionContexts(annotations, model);
    expect(found).toHaveLength(1);
    expect(pageMentionsParser(found, '').ok).toBe(true);
  });
});
