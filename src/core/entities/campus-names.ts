/**
 * "the University of Tarvel, Elmstead" names a body where the town is; but a state university's
 * campus is named by a comma in the university's official name: "University of California, San
 * Diego", "University of Maryland, Baltimore County". A university of a state or province, a comma
 * and its campus's capitalised name, not an item of a list, are one body's name.
 */
import type { Candidate } from './candidate';
import { isStateOrProvince, lookupName } from './gazetteer';

/** After the campus: the clause or sentence goes on, or ends; not a list's "and" or "or". */
const CAMPUS_END = /^(?:$|[.;:)]|,(?! (?:and|or)\b)|\s\p{Ll})/u;
const LIST_AFTER = /^,? (?:and|or)\b/;

/** Joins each state university's name and its campus's in a sentence's candidates (in text order). */
export function joinCampusNames(text: string, candidates: Candidate[]): void {
  for (let at = 0; at + 1 < candidates.length; at += 1) {
    const body = candidates[at] as Candidate;
    const campus = candidates[at + 1] as Candidate;
    const { words } = body;
    if (words[0] !== 'University' || words[1] !== 'of' || !isStateOrProvince(words.slice(2).join(' '))) continue;
    if (campus.start !== body.end + 2 || text.slice(body.end, campus.start) !== ', ' || campus.words.length > 3) continue;
    const after = text.slice(campus.end, campus.end + 8);
    if (!CAMPUS_END.test(after) || LIST_AFTER.test(after)) continue;
    const name = text.slice(body.start, campus.end);
    const evidence = { ...body.evidence };
    candidates.splice(at, 2, { ...body, end: campus.end, text: name, words: [...words, ...campus.words], evidence, known: lookupName(name), acronym: campus.acronym });
  }
}
