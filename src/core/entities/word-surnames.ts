/**
 * Surnames that are also words for a people or a trade ("Ana English", "Ms. Farmer", "Tom Porter"): read
 * alone, such a word is a demonym or a role noun and no name, so the block reader drops it. A title
 * before it, or a given name, says it is a surname; where the story named the person in full, the word
 * standing alone beside a verb of saying is that person.
 */
import type { Token } from '../text/tokenise';
import { isCapitalised, tokenise } from '../text/tokenise';
import type { Candidate } from './candidate';
import { noEvidence } from './evidence';
import { givenNameGender, isDemonym, lookupName } from './gazetteer';
import type { MentionGroup } from './group-mentions';
import { isTitle, LEXICON } from './lexicon';

/** "Farmer": one capital, then lower case. At module level: the bundle builds a `\p{…}` pattern written inside a function again at every call. */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/** "Farmer", "English": a capitalised demonym or role noun that is no title nor part of one ("Chief", "Executive"). */
export function isWordSurname(word: string): boolean {
  if (!CAPITALISED_WORD.test(word) || isTitle(word) || LEXICON.titleModifiers.has(word)) return false;
  return isDemonym(word) || LEXICON.roleNouns.has(word.toLowerCase());
}

/** "Ms. Farmer", "Sen. English": one such word left after a title, which names no one by itself. */
export const surnameAfterTitle = (words: readonly string[], titled: boolean): boolean => titled && words.length === 1 && isWordSurname(words[0] ?? '');

/** "Ana English", not "a Virginia Democrat" nor "North African": a given name that is no place nor a place's first word, then such a word. */
export function givenNameThenWord(words: readonly string[]): boolean {
  const given = words[0] ?? '';
  if (words.length !== 2 || givenNameGender(given) === null || LEXICON.placePrefixes.has(given) || !isWordSurname(words[1] ?? '')) return false;
  return lookupName(given)?.type !== 'place';
}

/**
 * Adds to each person whose full name ends in such a word its mentions alone where a verb of saying
 * stands beside it ("English said", "said English"): not "the Farmer said", whose article makes it a noun.
 */
export function addSpeakingWordSurnames(text: string, groups: readonly MentionGroup[]): void {
  let taken: Set<number> | undefined;
  for (const group of groups) {
    if (group.type !== 'person') continue;
    const surname = group.mentions.find((mention) => mention.words.length > 1)?.words.at(-1);
    if (!surname || !isWordSurname(surname)) continue;
    taken ??= new Set(groups.flatMap((other) => other.mentions.map((mention) => mention.start)));
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + surname.length)) {
      const end = at + surname.length;
      if (taken.has(at) || !besideSpeech(text, at, end, tokenise(text, Math.max(0, at - 40), Math.min(text.length, end + 40)))) continue;
      group.mentions.push({ start: at, end, text: surname, words: [surname], initial: false, compound: false, evidence: noEvidence(), known: null, acronym: null } satisfies Candidate);
      taken.add(at);
    }
  }
}

/** The word at `start`–`end` is a clause's subject or object alone, with a verb of saying after or before it. */
function besideSpeech(text: string, start: number, end: number, tokens: readonly Token[]): boolean {
  const index = tokens.findIndex((token) => token.start === start);
  if (index < 0 || tokens[index]?.end !== end) return false;
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  const spaced = (left: Token | undefined, right: Token | undefined): boolean => left !== undefined && right !== undefined && text.slice(left.end, right.start) === ' ';
  // "Lee English", "English Channel": another capitalised word beside it makes it part of another name.
  if ((spaced(before, tokens[index]) && isCapitalised(before?.text ?? '')) || (spaced(tokens[index], after) && isCapitalised(after?.text ?? ''))) return false;
  const speechBefore = spaced(before, tokens[index]) && LEXICON.speechVerbs.has(before?.text ?? '');
  // "a Farmer said", "the Farmer says": a lower-case word before it other than a verb of saying.
  if (spaced(before, tokens[index]) && !speechBefore) return false;
  return speechBefore || (spaced(tokens[index], after) && LEXICON.speechVerbs.has(after?.text ?? ''));
}
