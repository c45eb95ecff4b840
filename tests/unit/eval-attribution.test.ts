import { describe, expect, it } from 'vitest';
import { findReported, isNamedSource, namePart, readDirectQuotes, sourceKind } from '../../scripts/eval/attribution.mjs';

// An invented article's annotation in brat standoff, as an attribution corpus writes it: a direct
// quotation broken by its attribution (two Content segments), an indirect one, one without a source.
const ANN = [
  'T1\tContent 40 58;80 96\t"We will rebuild," "and soon too."',
  'T2\tSource 61 74\tMayor Ana Ruiz',
  'T3\tCue 75 79\tsaid',
  'E1\tAttribution:T3 Source:T2 Cue:T3 Content:T1',
  'T4\tSource 100 106\tOfficials',
  'T5\tCue 107 110\tsay',
  'T6\tContent 111 140\tthe bridge will open in spring',
  'E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6',
  "T7\tContent 150 171\t''It was a mistake,''",
  'E3\tAttribution-no-source:T7 Content:T7',
].join('\n');

describe('reading direct quotations from brat standoff', () => {
  it('keeps the quotations that open with a mark, their first segment and their source, in text order', () => {
    expect(readDirectQuotes(ANN)).toEqual([
      { start: 40, content: '"We will rebuild,"', source: 'Mayor Ana Ruiz' },
      { start: 150, content: "''It was a mistake,''", source: null },
    ]);
  });
});

describe('judging a speaker against the corpus source', () => {
  it('tells names from pronouns and descriptions', () => {
    expect(sourceKind('Ana Ruiz, a spokeswoman for the mayor')).toBe('named');
    expect(sourceKind('Ms. Ruiz')).toBe('named');
    expect(sourceKind('Ruiz')).toBe('named');
    expect(sourceKind('former mayor Ana Ruiz')).toBe('named');
    expect(sourceKind('she')).toBe('pronoun');
    expect(sourceKind('the spokesman')).toBe('description');
    expect(sourceKind('The Republican candidate')).toBe('description');
    expect(sourceKind(null)).toBe('none');
  });

  it('reads the name part before an apposition or an "of"', () => {
    expect(namePart('Ana Ruiz, a spokeswoman for the mayor')).toBe('Ana Ruiz');
    expect(namePart('Senator Ana Ruiz of Nevada')).toBe('Senator Ana Ruiz');
  });

  it('takes a speaker whose name or alias stands in the name part, and nothing in the apposition', () => {
    const entities = [
      { name: 'Ana Ruiz', aliases: ['Ana Ruiz', 'Ruiz'] },
      { name: 'Harbor Authority', aliases: ['Harbor Authority'] },
    ];
    expect(isNamedSource('Ms. Ruiz', 'Ana Ruiz', entities)).toBe(true);
    expect(isNamedSource('Ana Ruiz, the head of the Harbor Authority', 'Harbor Authority', entities)).toBe(false);
    expect(isNamedSource('Ms. Ruiz', null, entities)).toBe(false);
  });

  it('finds our quotation by its opening words, also when the corpus runs on past the mark', () => {
    const reported = [{ text: 'Not this one.' }, { text: 'We will rebuild,' }];
    expect(findReported('"We will rebuild," the mayor said of the plan', reported)).toBe(reported[1]);
    expect(findReported('"Something else entirely"', reported)).toBeUndefined();
  });
});
