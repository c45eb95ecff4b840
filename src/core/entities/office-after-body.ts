import type { Token } from '../text/tokenise';
import { isTitle, LEXICON } from './lexicon';
import { isGivenName } from './office-holder';

// Module level: the bundle builds a `\p{…}` pattern written inside a function again at every call.
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/** "Administrator", "Leader": a title, or a role noun capitalised as one. */
const isOffice = (word: string): boolean => isTitle(word) || (CAPITALISED_WORD.test(word) && LEXICON.roleNouns.has(word.toLowerCase()));

/** A word of a title: an office, or a word that qualifies one ("Trade", "Chief", "Deputy"). */
const isTitleWord = (word: string): boolean => isOffice(word) || LEXICON.titleModifiers.has(word);

/** The longest office written before a name: "Deputy Chief Executive". */
const MAX_OFFICE_WORDS = 3;

/**
 * "Harwick Space Agency | Administrator Ana Roe", "Dorlan | Trade Representative Tom Bell", "Kelp
 * Team | Leader Dara Quell": where a run of capitalised words that names no person goes on into an
 * office (title words, one of them an office) and then a given name, the body's or place's name
 * ends before the office; the office and its holder are a name of their own. `first`..`last` are
 * the run so far, whose next word is at `last + 1`.
 */
export function officeAfterBody(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  // Most words after a name are no title word: answer them before reading the run.
  if (!isTitleWord(tokens[last + 1]?.text ?? '')) return false;
  for (let at = first; at <= last; at += 1) {
    const word = (tokens[at] as Token).text;
    if (isTitleWord(word) || isGivenName(word)) return false;
  }
  let office = false;
  let at = last + 1;
  for (; at <= last + MAX_OFFICE_WORDS && isTitleWord(tokens[at]?.text ?? ''); at += 1) {
    if (isOffice((tokens[at] as Token).text)) office = true;
    if (at > last + 1 && text.slice((tokens[at - 1] as Token).end, (tokens[at] as Token).start) !== ' ') return false;
  }
  return office && holderNamed(text, tokens, at);
}

/** A given name and a surname at `at`, after a space: "Ana Roe", not "Court" of "Crown Court". */
function holderNamed(text: string, tokens: readonly Token[], at: number): boolean {
  const [before, given, surname] = [tokens[at - 1], tokens[at], tokens[at + 1]];
  if (!before || !given || !surname || !/^\p{Lu}\p{Ll}/u.test(given.text) || !isGivenName(given.text)) return false;
  if (!/^\p{Lu}/u.test(surname.text) || LEXICON.orgCues.has(surname.text) || LEXICON.placeSuffixes.has(surname.text)) return false;
  return text.slice(before.end, given.start) === ' ' && text.slice(given.end, surname.start) === ' ';
}
