/**
 * "the Kelpworks of Tarvel workshop", "the Goodwill of Elmstead store": a body named for the place it
 * serves, "X of <place>", with no head word, written between an article and a lower-case noun it
 * qualifies. Read word by word, the name would stop before its "of" and leave its first word a place.
 */
import type { Token } from '../text/tokenise';
import { MEDIUM } from './evidence';
import { givenNameGender, lookupName } from './gazetteer';
import { isTitle, LEXICON } from './lexicon';

/** A lower-case noun of three letters or more. */
const NOUN = /^[a-z]{3,}$/;

/** Whether the word may open such a body's name: no title, given name or place word ("Duke", "Ana", "Gulf", "Port"). */
const bodyWord = (word: string): boolean =>
  !isTitle(word) && givenNameGender(word) === null && !LEXICON.placeSuffixes.has(word) && !LEXICON.placePrefixes.has(word) && !LEXICON.placeNouns.has(word.toLowerCase());

/** How many words after `from` name a place the gazetteer knows (one to three), 0 where none does. */
function placeWords(tokens: readonly Token[], from: number): number {
  for (let size = 3; size >= 1; size -= 1) {
    const words = tokens.slice(from, from + size);
    if (words.length < size || words.some((token, at) => at > 0 && token.start !== (words[at - 1] as Token).end + 1)) continue;
    if (lookupName(words.map((token) => token.text).join(' '))?.type === 'place') return size;
  }
  return 0;
}

/**
 * Whether the run `first`..`last` goes on over "of" and a known place: "the" before it, one or two
 * body words, and a lower-case noun after the place.
 */
export function bodyOfPlaceAhead(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  if (tokens[first - 1]?.text !== 'the' || tokens[last + 1]?.text !== 'of' || last - first > 1) return false;
  if (!tokens.slice(first, last + 1).every((token) => bodyWord(token.text))) return false;
  const size = placeWords(tokens, last + 2);
  const noun = tokens[last + 2 + size];
  const place = tokens[last + 1 + size] as Token;
  if (size === 0 || !noun || text.slice(place.end, noun.start) !== ' ' || !NOUN.test(noun.text)) return false;
  return !LEXICON.commonWords.has(noun.text) && !LEXICON.speechVerbs.has(noun.text);
}

/** Evidence of a body for a name "X of <known place>" whose first words are no title, given name or place word. */
export function bodyOfPlace(words: readonly string[]): number {
  const of = words.indexOf('of');
  if (of < 1 || of > 2 || !words.slice(0, of).every(bodyWord) || lookupName(words.join(' ')) !== null) return 0;
  return lookupName(words.slice(of + 1).join(' '))?.type === 'place' ? MEDIUM : 0;
}
