import type { Token } from '../text/tokenise';
import { isAllCaps } from '../text/tokenise';
import { isDemonym, lookupName } from './gazetteer';
import { isGivenName } from './office-holder';
import { LEXICON } from './lexicon';

/** "Q3", "H1", "FY2020", "FY21": a quarter, a half or a fiscal year, never a body. */
const FISCAL_PERIOD = /^(?:[QH][1-4]|FY\d{2}(?:\d{2})?)$/;

/** "S&P 500", "FTSE 100": an upper-case name, then the number of an index or a standard. */
const NUMBER_AFTER = /^ \d{2,4}(?![\d%-]|[.,:]\d|\p{L})/u;

/**
 * Capitalised words that are no name at all: a fiscal period ("headwind in Q3"), an upper-case
 * word whose number after it makes it an index's name ("S&P 500"), better left out than cut short,
 * or a model's name after its number ("737 Max").
 * `end` is where the word ends in `text`.
 */
export function isNoName(words: readonly string[], text: string, end: number): boolean {
  if (words.length !== 1) return false;
  const word = words[0] ?? '';
  const start = end - word.length;
  return FISCAL_PERIOD.test(word) || (isAllCaps(word) && NUMBER_AFTER.test(text.slice(end, end + 6))) || MODEL_NUMBER_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}

/** "the 737 Max", "a 911 Turbo": a model's number, then the word that names the model, no person. */
const MODEL_NUMBER_BEFORE = /(?:^|[^\d.,$£€])\d{3,4} $/;

/** "Questioning", "Asked": a verb's form opening a sentence, before its object's name. */
const OPENING_VERB = /^\p{Lu}\p{Ll}{3,}ing$/u;

/** "Commenter", "Blogger", "Curator": a noun for a doer, capitalised by opening the sentence. */
const OPENING_AGENT_NOUN = /^\p{Lu}\p{Ll}{3,}(?:er|or|ist)$/u;

/**
 * "Key Security Council powers", "Questioning Ana Roe, …": a word capitalised only by opening the
 * sentence, glued to a body's name the gazetteer knows, or a verb's "-ing" form glued to a name (no
 * town's, as "Reading" and "Woking" are); or a doer's noun before a given name and a surname
 * ("Commenter Ana Roe noted"), the role that introduces the person. `known`: whether the gazetteer knows all the words as one
 * name. How many words to drop from the front: one, or none.
 */
export function gluedOpener(words: readonly string[], initial: boolean, known: boolean): number {
  if (!initial || known || words.length < 2) return 0;
  const first = words[0] ?? '';
  if (isDemonym(first) || LEXICON.orgPrefixes.has(first) || LEXICON.placePrefixes.has(first) || LEXICON.titleModifiers.has(first)) return 0;
  if (OPENING_VERB.test(first) && lookupName(first) === null && !isGivenName(first) && !LEXICON.orgCues.has(words.at(-1) ?? '')) return 1;
  if (words.length === 3 && OPENING_AGENT_NOUN.test(first) && lookupName(first) === null && !isGivenName(first) && isGivenName(words[1] ?? '')) return 1;
  const rest = lookupName(words.slice(1).join(' '));
  return rest !== null && !rest.city && rest.type === 'organization' ? 1 : 0;
}

/** Endings of sentence adverbs: "Separately", "Ultimately", "Interestingly", "Notably". */
const ADVERB_ENDING = /\p{Ll}(?:ately|ally|ously|ively|ently|antly|edly|ingly|ably|ibly|arly)$/u;

/**
 * "Separately, the US is seeking": a sentence adverb and its comma opening a sentence, capitalised
 * by its place only. Not a name the gazetteer or the given-name lists know ("Italy,", "Beverly,").
 */
export function isOpeningAdverb(words: readonly string[], initial: boolean, known: boolean, text: string, end: number): boolean {
  const word = words[0] ?? '';
  return words.length === 1 && initial && !known && text[end] === ',' && ADVERB_ENDING.test(word) && !isGivenName(word);
}

/** Words after which a capitalised common word is a verb or an answer, not an acronym: "there IS an", "YES!". */
const SHOUTED_AFTER = /^(?:!|\s(?:a|an|the|not|no)\s)/;

/**
 * "The answer is YES!", "there IS an oxygen bar": an English function word in capitals, for stress.
 * Not an acronym the gazetteer knows ("WHO", "US"), unless what follows reads as a sentence's words
 * ("IS an", "YES!"); and not after "the" ("the US a boost").
 */
export function isShoutedWord(words: readonly string[], known: boolean, text: string, end: number): boolean {
  const word = words[0] ?? '';
  if (words.length !== 1 || word.length < 2 || !isAllCaps(word) || !LEXICON.commonWords.has(word.toLowerCase())) return false;
  if (/\bthe\s$/i.test(text.slice(Math.max(0, end - word.length - 4), end - word.length))) return false;
  return !known || SHOUTED_AFTER.test(text.slice(end, end + 5));
}

/** What a possessive names as a day or an event: "Valentine’s Day", "New Year’s Eve", "the World’s Fair". */
const EVENT_AFTER_POSSESSIVE: ReadonlySet<string> = new Set(['Day', 'Eve', 'Night', 'Fair']);
const POSSESSIVE_END = /\p{Lu}[\p{L}.]*['’]s?$/u;

/**
 * "Valentine’s Day", "the 1939 World’s Fair": a possessive and the day or event it names are one
 * event's name, and neither part a person's. `first`–`last`: the run's tokens.
 */
export function inEventName(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const lastToken = tokens[last];
  const next = tokens[last + 1];
  if (lastToken && next && POSSESSIVE_END.test(lastToken.text) && EVENT_AFTER_POSSESSIVE.has(next.text) && text.slice(lastToken.end, next.start) === ' ') return true;
  const prev = tokens[first - 1];
  const only = tokens[first];
  return first === last && only !== undefined && prev !== undefined && EVENT_AFTER_POSSESSIVE.has(only.text) && POSSESSIVE_END.test(prev.text) && text.slice(prev.end, only.start) === ' ';
}

/** Head words of fairs' names: "Century of Progress Exposition", "Harwick Trade Fair", "Expo". */
export const FAIR_HEADS: ReadonlySet<string> = new Set(['Exposition', 'Expo', 'Exhibition', 'Fair']);

/** "the Harwick Century of Progress Exposition": a fair's name of two words or more, an event and no entity. */
export const isFairName = (words: readonly string[]): boolean => words.length > 1 && FAIR_HEADS.has(words.at(-1) ?? '');
