import type { Token } from '../text/tokenise';
import { isDemonym, isStateOrProvince, lookupName } from './gazetteer';
import { LEXICON } from './lexicon';
import { isGivenName } from './office-holder';

/** "Lakers", "Maple Leafs": a capitalised plural, no possessive. */
const CAPITALISED_PLURAL = /^\p{Lu}\p{Ll}+s$/u;

const isPluralName = (word: string): boolean => CAPITALISED_PLURAL.test(word) && !LEXICON.placeSuffixes.has(word) && !LEXICON.orgCues.has(word) && !isDemonym(word);

/**
 * "Los Angeles Lakers", "Toronto Maple Leafs": a place's name, then a capitalised plural, is a
 * team's. Not where the place's name is also a given name ("Austin Powers"). The caller checks that
 * the name does not go on after "of" or "and" ("Accra Hearts | of Oak").
 */
export function isTeamName(words: readonly string[]): boolean {
  if (words.length < 2 || !isPluralName(words.at(-1) ?? '') || isGivenName(words[0] ?? '')) return false;
  for (const size of [words.length - 1, words.length - 2]) {
    if (size < 1) continue;
    if (lookupName(words.slice(0, size).join(' '))?.type === 'place') return true;
  }
  return false;
}

/**
 * "a win over the Clippers", "the Beatles": "the" before one capitalised plural is a team's or a
 * band's name, a body's rather than a person's; the gazetteer's plural places ("the Alps") are
 * known places and outweigh this.
 */
export const pluralAfterThe = (prev: Token | undefined, words: readonly string[]): boolean => prev?.text === 'the' && words.length === 1 && isPluralName(words[0] ?? '');

/** ", who have won": a plural verb after "who" tells a team or a body's people, not one person. */
export const WHO_PLURAL = /^, who (?:have|are|were)\b/;

/** Capitalised directions that open the names of state universities' teams. */
const SCHOOL_DIRECTIONS: ReadonlySet<string> = new Set(['Eastern', 'Western', 'Northern', 'Southern', 'Central']);

/**
 * "Eastern Leland", "Northern Tarvel": a capitalised direction before a state's or province's name
 * the gazetteer does not know as one place. News writes the regions of a state in lower case
 * ("eastern Michigan"); capitalised, the two words are most often a state university and its team,
 * so the direction is no demonym to drop from the name.
 */
export function isDirectionalSchool(words: readonly string[]): boolean {
  return words.length === 2 && SCHOOL_DIRECTIONS.has(words[0] ?? '') && isStateOrProvince(words[1] ?? '') && lookupName(words.join(' ')) === null;
}

/** Last words of places' names that also end clubs' and schools' names: "Leland State", "Harwick Town". */
export const CLUB_SUFFIXES: ReadonlySet<string> = new Set(['State', 'City', 'Town']);
/** A team's players and staff beyond those `readCandidate` knows: "Harwick Town defender Ana Roe". */
const PLAYER_ROLES: ReadonlySet<string> = new Set(['defender', 'forward', 'keeper', 'skipper', 'boss', 'substitute', 'guard', 'center', 'receiver', 'linebacker', 'cornerback', 'safety', 'tailback', 'catcher', 'shortstop', 'outfielder', 'batter', 'bowler']);

/**
 * "Leland State quarterback Ana Roe", "Harwick City defender Tom Bell": a name ending in "State",
 * "City" or "Town" that the gazetteer does not know as a place, before a team's role, is a school's
 * or a club's team, its last word no place's head word. `next`: the word after the name;
 * `teamRole`: whether `readCandidate` already counts it a team's role.
 */
export const isStateSchoolTeam = (words: readonly string[], next: string, teamRole: boolean): boolean =>
  (teamRole || PLAYER_ROLES.has(next)) && words.length >= 2 && CLUB_SUFFIXES.has(words.at(-1) ?? '') && lookupName(words.join(' ')) === null;

/** Head words of clubs' names that, plural, name a club alone: "the Rangers", "the Rovers". */
export const CLUB_CUES: ReadonlySet<string> = new Set(['Rangers', 'Rovers', 'Wanderers']);

/**
 * "a game against the Rangers", "the Rovers manager": a club's head word after "the" is the club, not
 * a common noun capitalised, as "the Police" or "the Island" would be.
 */
export const clubByItsCue = (prev: Token | undefined, words: readonly string[]): boolean => prev?.text === 'the' && words.length === 1 && CLUB_CUES.has(words[0] ?? '');

/**
 * "scored for the Harriers, who improved to 4-2": one capitalised word after "the" is a team's, a
 * band's or a family's name, many people, whatever the "who" after it says; a person's name takes no
 * "the" before it.
 */
export const manyAfterThe = (prev: Token | undefined, words: readonly string[]): boolean => prev?.text === 'the' && words.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(words[0] ?? '');

/** "Northwestern", "Southeastern": a compass direction's adjective, written alone. */
const DIRECTION_ADJECTIVE = /^(?:North|South)(?:east|west)ern$/;

/**
 * "Tom Bell's game at Northwestern": a compound direction's adjective alone, not opening its sentence,
 * is a university's short name or its team's, never a place's (a region is "the Northwest").
 */
export const schoolByDirection = (words: readonly string[], initial: boolean): boolean => !initial && words.length === 1 && DIRECTION_ADJECTIVE.test(words[0] ?? '');
