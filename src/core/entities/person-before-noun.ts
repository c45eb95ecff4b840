/**
 * "a Dara Quell Lego figure", "the Ana Roe Vespa scooter": a person's full name, written attributively
 * between an article and a lower-case noun, with a brand's or a thing's name after it. Read as one run,
 * the words would make a longer name that takes the person's surname and canonical name; the person's
 * name is kept, the word after it left out.
 */
import type { Candidate } from './candidate';
import { givenNameGender } from './gazetteer';
import { LEXICON } from './lexicon';

/** An article just before the name. At module level, as the bundle builds a pattern written in a function again at every call. */
const ARTICLE_BEFORE = /(?:^|\s)(?:a|an|the)\s$/i;
/** A space, then a lower-case word. */
const NOUN_AFTER = /^ (\p{Ll}+)\b/u;

/** The candidates with each such name cut back to the person the story names elsewhere. */
export function cutPersonBeforeNoun(text: string, candidates: readonly Candidate[]): readonly Candidate[] {
  const forms = new Set<string>();
  for (const candidate of candidates) if (candidate.words.length >= 2) forms.add(candidate.text);
  let out: Candidate[] | undefined;
  candidates.forEach((candidate, at) => {
    const { words } = candidate;
    if (words.length < 3 || candidate.known !== null || givenNameGender(words[0] ?? '') === null) return;
    const last = words.at(-1) ?? '';
    if (LEXICON.orgCues.has(last) || LEXICON.placeSuffixes.has(last)) return;
    const person = words.slice(0, -1).join(' ');
    if (!forms.has(person) || !candidate.text.startsWith(person)) return;
    if (!ARTICLE_BEFORE.test(text.slice(Math.max(0, candidate.start - 5), candidate.start))) return;
    const noun = NOUN_AFTER.exec(text.slice(candidate.end, candidate.end + 30))?.[1];
    if (!noun || LEXICON.commonWords.has(noun) || LEXICON.speechVerbs.has(noun)) return;
    out ??= [...candidates];
    out[at] = { ...candidate, end: candidate.start + person.length, text: person, words: words.slice(0, -1) };
  });
  return out ?? candidates;
}
