/**
 * `a banner reading "Greedy Roe"`, `chants of "Crooked Quist"`: capitalised words that fill a
 * quotation by themselves are a slogan or a sign, capitalised as such; read alone, they look like a
 * person's name, and the person's surname inside them would take that person's later mentions.
 */
import type { Candidate } from './candidate';
import { MEDIUM } from './evidence';
import { gazetteerKey, givenNameGender } from './gazetteer';
import { isTitle, LEXICON } from './lexicon';

/** "J", "J.": an initial. At module level: the bundle builds a `\p{…}` pattern written inside a function again at every call. */
const INITIAL = /^\p{Lu}\.?$/u;

/** Whether the mention at `start`–`end` is the whole text of a quotation, its closing punctuation aside. */
function fillsQuotation(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  return (before === '"' || before === '“') && /^[,.!?]?["”]/.test(text.slice(end, end + 2));
}

/**
 * Whether the candidate may be a slogan: two words or more, the first no given name, title or initial,
 * no known name and nothing that says body or place.
 */
function sloganShaped(candidate: Candidate): boolean {
  const first = candidate.words[0] ?? '';
  if (candidate.words.length < 2 || candidate.known !== null || givenNameGender(first) !== null || isTitle(first) || INITIAL.test(first)) return false;
  if (candidate.words.some((word) => LEXICON.orgCues.has(word) || LEXICON.placeSuffixes.has(word))) return false;
  return Math.max(candidate.evidence.place, candidate.evidence.organization) < MEDIUM;
}

/** The candidates without the slogans: forms the story writes only as the whole of a quotation. */
export function withoutQuotedSlogans(text: string, candidates: readonly Candidate[]): readonly Candidate[] {
  const outside = new Set<string>();
  let quoted: Set<string> | undefined;
  for (const candidate of candidates) {
    if (candidate.words.length < 2) continue;
    const key = gazetteerKey(candidate.text);
    if (sloganShaped(candidate) && fillsQuotation(text, candidate.start, candidate.end)) (quoted ??= new Set()).add(key);
    else outside.add(key);
  }
  if (!quoted) return candidates;
  const slogans = quoted;
  return candidates.filter((candidate) => candidate.words.length < 2 || outside.has(gazetteerKey(candidate.text)) || !slogans.has(gazetteerKey(candidate.text)));
}
