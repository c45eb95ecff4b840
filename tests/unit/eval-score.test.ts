import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Label, Reported } from '../../scripts/eval/score.mjs';
import { normalise, rates, scorePage, totals } from '../../scripts/eval/score.mjs';

/** A small labelled page in the shape of ../shared/corpus/labels/*.json. */
const label: Label = {
  page: 'test',
  people: [
    { name: 'John Kerry', aliases: ['John Kerry', 'Kerry'] },
    { name: 'Sergey Lavrov', aliases: ['Sergey Lavrov'] },
  ],
  places: [
    { name: 'United Kingdom', aliases: ['UK', 'Britain'] },
    { name: 'Jordan', aliases: ['Jordan'] },
    { name: 'Moscow', aliases: ['MOSCOW', 'Moscow'] },
  ],
  organizations: [{ name: 'United Nations', aliases: ['UN'] }],
  quotes: [
    { text: 'broad agreement', speaker: 'John Kerry' },
    { text: 'It’s over,', speaker: 'Sergey Lavrov' },
    { text: 'nobody said this', speaker: null },
  ],
  optional: ['White House', 'Foreign Office'],
  optional_quotes: [{ text: 'springboard', speaker: null }],
};

const person = (name: string, aliases: string[] = [name]) => ({ type: 'person', name, aliases });
const place = (name: string, aliases: string[] = [name]) => ({ type: 'place', name, aliases });
const organization = (name: string, aliases: string[] = [name]) => ({ type: 'organization', name, aliases });
const score = (reported: Partial<Reported>) => scorePage(label, { entities: [], quotes: [], ...reported });

describe('normalise: the forms names and quotations are compared in', () => {
  it('applies Unicode NFKC, so full-width letters and ligatures read as plain ones', () => {
    expect(normalise('ＣＮＮ')).toBe(normalise('CNN'));
    expect(normalise('ﬁnland')).toBe(normalise('finland'));
  });

  it('makes curly quotes straight', () => {
    expect(normalise('It’s ‘over’')).toBe(normalise("It's 'over'"));
    expect(normalise('“we will”')).toBe(normalise('"we will"'));
  });

  it('drops outer punctuation, including the quotation marks and a trailing comma of a quotation', () => {
    expect(normalise('London.')).toBe('london');
    expect(normalise('[Eloise]')).toBe('eloise');
    expect(normalise('“desired outcome on ending conflict,”')).toBe('desired outcome on ending conflict');
    expect(normalise('U.S.')).toBe(normalise('U.S'));
  });

  it('drops a trailing possessive, straight or curly', () => {
    expect(normalise("Kerry's")).toBe('kerry');
    expect(normalise('Kerry’s')).toBe('kerry');
    expect(normalise('Kerry’s,')).toBe('kerry');
  });

  it('drops a leading title or "the", but never the whole name', () => {
    expect(normalise('Mr. Kerry')).toBe('kerry');
    expect(normalise('Foreign Minister Sergey Lavrov')).toBe('sergey lavrov');
    expect(normalise('President Barack Obama')).toBe('barack obama');
    expect(normalise('the UK')).toBe('uk');
    expect(normalise('The United States')).toBe('united states');
    expect(normalise('President')).toBe('president');
    expect(normalise('Theresa May')).toBe('theresa may');
  });

  it('folds case and collapses white space (a quotation over two paragraphs is joined with one space)', () => {
    expect(normalise('MOSCOW')).toBe('moscow');
    expect(normalise('battle.\n\nShe was')).toBe(normalise('battle. She was'));
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (text) => normalise(normalise(text)) === normalise(text)));
  });
});

describe('scorePage: entities', () => {
  it('counts a reported entity right when its name or one of its aliases is a labelled form of its type', () => {
    const result = score({ entities: [person('Mr. Kerry', ['Kerry’s']), place('Britain'), organization('the UN')] });
    expect(result.entities.person).toMatchObject({ tp: 1, fp: 0, fn: 1, missed: ['Sergey Lavrov'] });
    expect(result.entities.place).toMatchObject({ tp: 1, fp: 0, fn: 2 });
    expect(result.entities.organization).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts a second entry for the same entity as wrong (Kerry split from John Kerry)', () => {
    const result = score({ entities: [person('John Kerry'), person('Kerry')] });
    expect(result.entities.person).toMatchObject({ tp: 1, fp: 1, fn: 1, wrong: ['Kerry (duplicate)'] });
  });

  it('counts an entity of the wrong type as wrong, and the labelled one as missed (Jordan as a person)', () => {
    const result = score({ entities: [person('Jordan')] });
    expect(result.entities.person).toMatchObject({ tp: 0, fp: 1, wrong: ['Jordan'] });
    expect(result.entities.place.missed).toContain('Jordan');
  });

  it('counts a merged list or a name with unlabelled words as wrong', () => {
    const result = score({ entities: [place('UK, Jordan and Moscow'), person('Kerry aides')] });
    expect(result.entities.place).toMatchObject({ tp: 0, fp: 1, fn: 3 });
    expect(result.entities.person).toMatchObject({ tp: 0, fp: 1, fn: 2 });
  });

  it('lets optional strings count neither way, whatever type they are reported as', () => {
    const result = score({ entities: [organization('White House'), place('the White House'), organization('Foreign Office')] });
    expect(result.entities.organization).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(result.entities.place).toMatchObject({ tp: 0, fp: 0, fn: 3 });
  });

  it('scores a system that reports nothing as finding nothing', () => {
    const result = score({});
    expect(result.entities.person).toMatchObject({ tp: 0, fp: 0, fn: 2 });
    expect(result.quotes).toMatchObject({ tp: 0, fp: 0, fn: 3, speakerRight: 0 });
  });
});

describe('scorePage: quotations', () => {
  it('matches quotations on normalised text and checks the speaker against the labelled name and aliases', () => {
    const result = score({
      quotes: [
        { text: '“broad agreement”', speaker: 'Kerry' },
        { text: "It's over", speaker: 'John Kerry' },
      ],
    });
    expect(result.quotes).toMatchObject({ tp: 2, fp: 0, fn: 1, speakerRight: 1 });
    expect(result.quotes.wrongSpeaker).toHaveLength(1);
  });

  it('counts a null speaker right only where the label has none, and never a system that names no speakers', () => {
    expect(score({ quotes: [{ text: 'nobody said this', speaker: null }] }).quotes.speakerRight).toBe(1);
    expect(score({ quotes: [{ text: 'broad agreement', speaker: null }] }).quotes.speakerRight).toBe(0);
    expect(score({ quotes: [{ text: 'nobody said this' }] }).quotes).toMatchObject({ tp: 1, speakerRight: 0 });
  });

  it('counts each labelled quotation once, a repeat or an unlabelled stretch as wrong, optional ones neither way', () => {
    const result = score({
      quotes: [
        { text: 'broad agreement', speaker: 'John Kerry' },
        { text: 'broad agreement', speaker: 'John Kerry' },
        { text: 'Syria talks', speaker: null },
        { text: 'springboard', speaker: null },
      ],
    });
    expect(result.quotes).toMatchObject({ tp: 1, fp: 2, fn: 2 });
  });
});

describe('totals: micro-averaged over pages', () => {
  it('sums counts over pages before dividing, so a page with more entities weighs more', () => {
    const full = score({ entities: [person('John Kerry'), person('Sergey Lavrov')] });
    const empty = scorePage({ ...label, page: 'other', people: [1, 2, 3, 4, 5, 6].map((n) => ({ name: `Person ${n}`, aliases: [] })) }, { entities: [], quotes: [] });
    const people = totals([full, empty]).entities.person;
    expect(people).toMatchObject({ tp: 2, fp: 0, fn: 6 });
    expect(people.recall).toBeCloseTo(0.25);
    expect(people.precision).toBe(1);
    expect(people.f1).toBeCloseTo(0.4);
  });

  it('gives speaker accuracy over found quotations only', () => {
    const result = totals([score({ quotes: [{ text: 'broad agreement', speaker: 'Kerry' }, { text: 'It’s over', speaker: null }] })]);
    expect(result.quotes.speakerAccuracy).toBe(0.5);
    expect(result.quotes.recall).toBeCloseTo(2 / 3);
  });

  it('reports no precision when nothing was reported, and F1 0 when something was to be found', () => {
    expect(rates({ tp: 0, fp: 0, fn: 3 })).toEqual({ precision: null, recall: 0, f1: 0 });
    expect(rates({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: null, recall: null, f1: null });
  });
});
