import { describe, expect, it } from 'vitest';
import { indexGazetteer } from './gazetteer-index';

describe('the gazetteer index built with the data', () => {
  const index = indexGazetteer({
    organizations: [['Tarvel Rowing Union', 'TRU', 'T.R.U.'], ['Brellin Guild']],
    places: [['Republic of Tarvel', 'Tarvel', 'the Tarvel'], ['Orrinshire', 'Orr.'], ['Brellin Guild']],
    capitals: ['Port Orrin'],
  });

  it('keys each name as lookups do, the first entry of a key keeping it', () => {
    expect(index.organizations).toEqual([['Tarvel Rowing Union', 'tarvel rowing union', 'tru'], ['Brellin Guild', 'brellin guild']]);
    expect(index.places).toEqual([['Republic of Tarvel', 'republic of tarvel', 'tarvel'], ['Orrinshire', 'orrinshire']]);
  });

  it('keeps one-word abbreviations as written, and the keys only upper-case forms have', () => {
    expect(index.abbreviations).toEqual([['Orr.', 'place', 'Orrinshire']]);
    expect(index.upperCaseOnly).toEqual(['tru']);
  });

  it('lists the keys’ first words and the capitals’ keys', () => {
    expect([...index.prefixes].sort()).toEqual(['brellin', 'republic', 'republic of', 'tarvel', 'tarvel rowing']);
    expect(index.capitals).toEqual(['port orrin']);
  });
});
