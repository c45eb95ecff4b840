import { describe, expect, it } from 'vitest';
import { findEntities } from '../entities/find-entities';
import { modelFromBlocks } from '../text-model';
import { findQuotes } from './find-quotes';

function quotesOf(...paragraphs: string[]): Array<{ text: string; speaker: string | null; spans: number }> {
  const model = modelFromBlocks(paragraphs.map((text) => ({ kind: 'paragraph' as const, text })));
  return findQuotes(model, findEntities(model)).map(({ text, speaker, spans }) => ({ text, speaker, spans: spans.length }));
}

describe('findQuotes', () => {
  it('reads straight and curly marks, with the punctuation inside them', () => {
    expect(quotesOf('“We are ready,” Maria Okafor said. "So are we," Paulo Ricci said.')).toEqual([
      { text: 'We are ready,', speaker: 'Maria Okafor', spans: 1 },
      { text: 'So are we,', speaker: 'Paulo Ricci', spans: 1 },
    ]);
  });

  it('gives a quotation broken by its attribution two parts and one speaker', () => {
    expect(quotesOf('Maria Okafor spoke first. “We will,” she said, “do it.”').map((q) => [q.text, q.speaker])).toEqual([
      ['We will,', 'Maria Okafor'],
      ['do it.', 'Maria Okafor'],
    ]);
  });

  it('joins a quotation running over paragraphs into one with several spans', () => {
    const quotes = quotesOf('Paulo Ricci said: “The first part goes on.', '“And the second part ends here.”');
    expect(quotes).toEqual([{ text: 'The first part goes on. And the second part ends here.', speaker: 'Paulo Ricci', spans: 2 }]);
  });

  it('keeps nested marks inside the outer quotation', () => {
    expect(quotesOf('“He called it ‘a farce’ today,” Paulo Ricci said.')).toEqual([
      { text: 'He called it ‘a farce’ today,', speaker: 'Paulo Ricci', spans: 1 },
    ]);
  });

  it('reads two apostrophes as a double mark, as archives write one', () => {
    expect(quotesOf("''We are ready,'' Maria Okafor said. ''It took a year.''", "Paulo Ricci said it's late. ''Not for us.''")).toEqual([
      { text: 'We are ready,', speaker: 'Maria Okafor', spans: 1 },
      { text: 'It took a year.', speaker: 'Maria Okafor', spans: 1 },
      { text: 'Not for us.', speaker: 'Paulo Ricci', spans: 1 },
    ]);
  });

  it('does not take apostrophes for marks', () => {
    expect(quotesOf("The students' union didn't mind Assad's plan in the '90s, or the ’80s.")).toEqual([]);
  });

  it('reads single marks as quotations where they are the text’s marks', () => {
    expect(quotesOf("Leader admits laws are his 'biggest frustration'")).toEqual([{ text: 'biggest frustration', speaker: null, spans: 1 }]);
  });

  it('skips titles of works', () => {
    expect(quotesOf('She starred in the film “The Long Winter Road” last year.')).toEqual([]);
  });

  it('skips a title in apposition that keeps its comma inside the marks, and quotes the words after it', () => {
    expect(quotesOf('The jury, she later wrote in her memoir, “Living Wet,” had “no idea what to do with us.”').map((quote) => quote.text)).toEqual(['no idea what to do with us.']);
  });

  it('finds speakers in each attribution form', () => {
    const speaker = (...paragraphs: string[]): string | null => quotesOf(...paragraphs)[0]?.speaker ?? null;
    expect(speaker('“It is over,” said Maria Okafor.')).toBe('Maria Okafor');
    expect(speaker('Maria Okafor, the envoy, said the deal was “nearly done.”')).toBe('Maria Okafor');
    expect(speaker('The plan is “a disaster,” according to Paulo Ricci.')).toBe('Paulo Ricci');
    expect(speaker('Paulo Ricci told reporters the vote was “a farce.”')).toBe('Paulo Ricci');
    expect(speaker('Paulo Ricci: “We go on.”')).toBe('Paulo Ricci');
    expect(speaker('“We lost,” the Northern Fisheries Council said.')).toBe('Northern Fisheries Council');
    expect(speaker('“We lost,” a spokesman said.')).toBeNull();
    expect(speaker('Nobody claimed the “victory” they wanted.')).toBeNull();
  });

  it('resolves "he" and "she" to the right person', () => {
    const quotes = quotesOf('Maria Okafor met Paulo Ricci. “It went well,” he said. “I agree,” she said.');
    expect(quotes.map((q) => q.speaker)).toEqual(['Paulo Ricci', 'Maria Okafor']);
  });

  it('takes the speaker from the next sentence', () => {
    expect(quotesOf('“We will not stop.” That was how Maria Okafor put it.')[0]?.speaker).toBe('Maria Okafor');
  });

  it('keeps a quotation in a title-case headline and gives it the body’s speaker', () => {
    const model = modelFromBlocks([
      { kind: 'headline', text: 'Mayor Says Budget Is "A Moral Failure" As Council Votes' },
      { kind: 'paragraph', text: 'The budget is "a moral failure," Mayor Lena Ortiz said on Monday.' },
    ]);
    expect(findQuotes(model, findEntities(model)).map(({ text, speaker }) => [text, speaker])).toEqual([
      ['A Moral Failure', 'Lena Ortiz'],
      ['a moral failure,', 'Lena Ortiz'],
    ]);
  });

  it('gives a subheading of quoted words to the speaker the body quotes saying them, not to the paragraph before', () => {
    const quotes = quotesOf(
      '“We will not reopen the pier until it is safe,” said Colin Marsh, the harbour master.',
      '‘We depend on the ferry for everything’',
      'Nadia Foss, who runs a shop on the island, said: “We depend on the ferry for everything. The first orders arrive next week.”',
    );
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['We will not reopen the pier until it is safe,', 'Colin Marsh'],
      ['We depend on the ferry for everything', 'Nadia Foss'],
      ['We depend on the ferry for everything. The first orders arrive next week.', 'Nadia Foss'],
    ]);
  });

  it('gives "the company said" to the company named before', () => {
    expect(quotesOf('Brindle Foods Inc. cut prices. “We listen to shoppers,” the company said.')[0]?.speaker).toBe('Brindle Foods Inc');
  });

  it('takes no string inside template or code syntax for a quotation', () => {
    expect(quotesOf("Vote delayed in {{constructor.constructor('alert(4)')()}} row.")).toEqual([]);
    expect(quotesOf('The page showed {% trans "Welcome back" %} and ${label("Sign in")} twice.')).toEqual([]);
    expect(quotesOf('The log read print("hello") before it crashed.')).toEqual([]);
    expect(quotesOf('Maria Okafor said the vote was (in her words) "a farce."')).toEqual([{ text: 'a farce.', speaker: 'Maria Okafor', spans: 1 }]);
  });

  it('survives unbalanced marks', () => {
    expect(() => quotesOf('“Open and never closed', '” closed ’ ‘ " "', '')).not.toThrow();
  });
});
