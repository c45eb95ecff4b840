import type { Candidate } from './candidate';
import { MEDIUM, STRONG, noEvidence } from './evidence';
import { lookupAbbreviation } from './gazetteer';

/**
 * "a rally in Tarbury, La., on Monday", "Elm Falls, Wyo.": a state's dotted abbreviation after a
 * town's name and a comma is the state, and the town before it is a place. Rewrites the sentence's
 * candidates in place: the abbreviation, dot included, becomes the state the gazetteer names.
 */
export function readStateAbbreviations(text: string, candidates: Candidate[]): void {
  for (let index = 1; index < candidates.length; index += 1) {
    const [town, candidate] = [candidates[index - 1] as Candidate, candidates[index] as Candidate];
    if (candidate.words.length !== 1 || text[candidate.end] !== '.' || text.slice(town.end, candidate.start) !== ', ') continue;
    const written = `${candidate.text}.`;
    const state = lookupAbbreviation(written);
    if (!state || state.type !== 'place') continue;
    const evidence = noEvidence();
    evidence.place = STRONG;
    candidates[index] = { ...candidate, end: candidate.end + 1, text: written, words: [written], evidence, known: state };
    town.evidence.place += MEDIUM;
  }
}
