import type { Token } from '../text/tokenise';
import { isCapitalised } from '../text/tokenise';
import { lookupName } from './gazetteer';
import { isGivenName } from './office-holder';

/** "Roe", not "ROE" or "Q". At module level: the bundle builds a `\p{…}` pattern written inside a function again at every call. */
const CAPITAL_THEN_LOWER = /^\p{Lu}\p{Ll}/u;

/**
 * Offices that news names as bodies, a place's name before them: "the Tarvel State Attorney General
 * is investigating", "the Dorlan Ombudsman found". Their last words, with the word before where one
 * word would say too little ("General").
 */
const BODY_OFFICES: ReadonlySet<string> = new Set(['Attorney General', 'Inspector General', 'Auditor General', 'Solicitor General', 'Comptroller', 'Ombudsman', 'Public Prosecutor']);

/**
 * "the Tarvel State Attorney General (TSAG)": a place's name, then an office that stands for a body,
 * and no holder's name after it, is that office, an organization; not the place.
 */
export function isPlacesOffice(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const size = BODY_OFFICES.has(words.slice(-2).join(' ')) ? 2 : BODY_OFFICES.has(words.at(-1) ?? '') ? 1 : 0;
  if (size === 0 || words.length === size) return false;
  const place = lookupName(words.slice(0, -size).join(' ')) ?? lookupName(words.slice(0, -size - 1).join(' '));
  return place?.type === 'place';
}

/**
 * "Rob Roe, President Brellin North America, says": a title just after a person's full name and its
 * comma is that person's, and the name after the title is the body they head, not a second person.
 * `titleAt` is the title's token, `nameAt` the first word of what follows it.
 */
export function bodyAfterApposedTitle(text: string, tokens: readonly Token[], titleAt: number, nameAt: number): boolean {
  const [given, surname, title, name] = [tokens[titleAt - 2], tokens[titleAt - 1], tokens[titleAt], tokens[nameAt]];
  if (!given || !surname || !title || !name || text.slice(surname.end, title.start) !== ', ') return false;
  if (text.slice(given.end, surname.start) !== ' ' || !isGivenName(given.text) || !CAPITAL_THEN_LOWER.test(surname.text)) return false;
  return !isGivenName(name.text);
}

/**
 * "should the House vote", "passed the House": "House" alone after "the", capitalised inside its
 * sentence, is a legislature's chamber, not the title word of "House Speaker". The name is the one
 * word at `first`.
 */
export function isChamber(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const [the, house, next] = [tokens[first - 1], tokens[first] as Token, tokens[last + 1]];
  if (first !== last || house.text !== 'House' || the?.text !== 'the' || text.slice(the.end, house.start) !== ' ') return false;
  return !next || text.slice(house.end, next.start) !== ' ' || !isCapitalised(next.text);
}
