import { hasHyphen } from '../text/tokenise';
import type { Candidate } from './candidate';
import { MEDIUM, noEvidence } from './evidence';
import { LEXICON } from './lexicon';
import { isGivenName } from './office-holder';

/** "Brellin-Ana Roe": a name, a hyphen, and a given name opening a person's name of two words. */
const PAIR = /^(\p{Lu}[\p{L}\p{N}.&]*)[-‑](\p{Lu}\p{Ll}+)$/u;
/** An article before the pair: it qualifies a noun ("the Brellin-Ana Roe deal"), as no person's own name does ("Sui-Lin Roe said"). */
const ATTRIBUTIVE = /\b(?:the|The|a|A|an|An) $/;

/**
 * "the Brellin-Ana Roe deal", "a Tarvel-Tom Bell summit": two names joined by a hyphen, the second a
 * person's given name and surname, are two names: the first, and the person, where an article
 * says they qualify a noun. Rewrites the sentence's candidates in place. Not double given names
 * ("Jean-Luc Roe") nor a body's name that goes on past the surname.
 */
export function splitHyphenPairs(text: string, candidates: Candidate[]): void {
  for (let index = candidates.length - 1; index >= 0; index -= 1) {
    const candidate = candidates[index] as Candidate;
    const match = candidate.words.length === 2 && hasHyphen(candidate.words[0] ?? '') ? PAIR.exec(candidate.words[0] ?? '') : null;
    const [left, given] = [match?.[1] ?? '', match?.[2] ?? ''];
    const surname = candidate.words[1] ?? '';
    if (!match || !ATTRIBUTIVE.test(text.slice(Math.max(0, candidate.start - 5), candidate.start)) || isGivenName(left) || !isGivenName(given) || LEXICON.orgCues.has(surname) || LEXICON.placeSuffixes.has(surname)) continue;
    const personStart = candidate.start + left.length + 1;
    const person = noEvidence();
    person.person = MEDIUM;
    candidates.splice(
      index,
      1,
      { ...candidate, end: candidate.start + left.length, text: left, words: [left], evidence: noEvidence(), known: null, acronym: null },
      { ...candidate, start: personStart, text: candidate.text.slice(left.length + 1), words: [given, surname], initial: false, evidence: person, known: null },
    );
  }
}
