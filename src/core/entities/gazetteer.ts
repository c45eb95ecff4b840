import data from '../../data/generated/gazetteer.json';
import type { EntityType } from '../../shared/report';
import { bloomFilter } from '../text/bloom-filter';

/** What the gazetteer knows about a name: its type and the canonical entry it belongs to. */
export interface GazetteerEntry {
  readonly type: EntityType;
  /** the entry's first name in the data, shared by all its aliases ("United Kingdom" for "Britain") */
  readonly key: string;
  /** from a city filter rather than a named list: weaker evidence */
  readonly city: boolean;
}

export type Gender = 'male' | 'female' | 'either' | null;

const keys = new Map<string, string>();

/** Lower-cased, dots and "the " dropped: "U.S." and "US", "the Netherlands" and "Netherlands" meet. */
export function gazetteerKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size > 20_000) keys.clear();
    key = computeKey(name);
    keys.set(name, key);
  }
  return key;
}

const computeKey = (name: string): string =>
  name
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/^the\s+/, '')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Keys whose every form in the data is upper case ("UN", "WHO"): "Un" and "Who" are not them. */
const upperCaseOnly = new Map<string, boolean>();

const abbreviations = new Map<string, GazetteerEntry>();

// Tested for every name of the data as the index is built at load, and for every name looked up. At
// module level: the bundle builds a `\p{…}` pattern written inside a function again at every call.
/** "Ill.", "Calif.": one word and its dot. */
const DOTTED_WORD = /^\p{L}+\.$/u;
const HAS_LOWER = /\p{Ll}/u;

/** A state or region by its dotted abbreviation exactly as written ("Vt.", "Calif."), or null. */
export const lookupAbbreviation = (written: string): GazetteerEntry | null => abbreviations.get(written) ?? null;

function index(): Map<string, GazetteerEntry> {
  const entries = new Map<string, GazetteerEntry>();
  const add = (type: EntityType, names: readonly string[]): void => {
    const key = names[0];
    if (key === undefined) return;
    for (const name of names) {
      // "Ill.", "La.", "Miss.": one-word abbreviations are words too often once their dot is gone;
      // they are looked up as written, where a dateline names a state ("BURLINGTON, Vt. —").
      if (DOTTED_WORD.test(name)) {
        if (!abbreviations.has(name)) abbreviations.set(name, { type, key, city: false });
        continue;
      }
      const lookup = gazetteerKey(name);
      if (!entries.has(lookup)) entries.set(lookup, { type, key, city: false });
      const upper = /^[\p{Lu}\p{N}.&-]+$/u.test(name);
      if (!upper) upperCaseOnly.set(lookup, false);
      else if (!upperCaseOnly.has(lookup)) upperCaseOnly.set(lookup, true);
    }
  };
  for (const names of data.organizations) add('organization', names);
  for (const names of data.places) add('place', names);
  return entries;
}

const named = index();
const cities = bloomFilter(data.cities);
const maleNames = bloomFilter(data.maleNames);
const femaleNames = bloomFilter(data.femaleNames);
/** Common given names the name list lacks (src/data/gazetteer/given-names-extra-male.txt). */
const extraMaleNames = new Set(data.extraMaleNames);
const demonyms = new Set(data.demonyms);
const capitals = new Set(data.capitals.map(gazetteerKey));

/** Whether `name` is a country's capital ("Moscow", "Brussels"), which news uses for its government. */
export const isCapital = (name: string): boolean => capitals.has(gazetteerKey(name));

// Stories repeat their names: remember the answers (a bounded memo, cleared when full).
const memo = new Map<string, GazetteerEntry | null>();

/** The named entry for `name`, or a city from the city filter, or null. Case is the caller's test. */
export function lookupName(name: string): GazetteerEntry | null {
  const remembered = memo.get(name);
  if (remembered !== undefined) return remembered;
  if (memo.size > 20_000) memo.clear();
  const entry = findName(name);
  memo.set(name, entry);
  return entry;
}

function findName(name: string): GazetteerEntry | null {
  const key = gazetteerKey(name);
  const entry = named.get(key);
  if (entry && !(upperCaseOnly.get(key) === true && HAS_LOWER.test(name))) return entry;
  const city = name.toLowerCase().replace(/’/g, "'");
  // Cities of three letters or fewer ("Man", "Bo") are too often words.
  if (city.length > 3 && cities.has(city)) return { type: 'place', key: name, city: true };
  return null;
}

/** A state, region or country the gazetteer names, by name or dotted abbreviation ("Texas", "Ariz."), no city; or null. */
export function lookupRegion(written: string): GazetteerEntry | null {
  const known = lookupName(written) ?? lookupAbbreviation(written);
  return known?.type === 'place' && !known.city ? known : null;
}

const stateCodes = new Map<string, string>(data.stateCodes.map(([state, code]) => [code as string, state as string]));

/**
 * The state or province a two-letter postal code names ("TX", "ON"), or null. Only for a code after a
 * city and its comma ("Austin, TX"): alone, "IN", "OR" and "ME" are words.
 */
export function lookupStateCode(code: string): GazetteerEntry | null {
  const state = stateCodes.get(code);
  if (state === undefined) return null;
  return lookupName(state) ?? { type: 'place', key: state, city: false };
}

/** Whether some named entry starts with these words ("United States of" → yes). */
export function isNamePrefix(words: string): boolean {
  return prefixes.has(gazetteerKey(words));
}

// Keys are single-spaced (see gazetteerKey): a key's word prefixes end where its spaces are.
const prefixes = new Set<string>();
for (const key of named.keys()) {
  for (let space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) prefixes.add(key.slice(0, space));
}

/** "Syrian", "Russians", "British": words for peoples, never places. */
export const isDemonym = (word: string): boolean => demonyms.has(word);

const DOUBLE_NAME = /^(\p{Lu}\p{Ll}+)-\p{Lu}\p{Ll}+$/u;

/** Whether `word` is a given name in the name lists, and whose. */
export function givenNameGender(word: string): Gender {
  if (word.length < 2) return null;
  const male = maleNames.has(word) || extraMaleNames.has(word);
  const female = femaleNames.has(word);
  if (male && female) return 'either';
  if (male || female) return male ? 'male' : 'female';
  // "Jean-Baptiste", "Anne-Marie": a double given name is named by its first part.
  const double = word.includes('-') ? DOUBLE_NAME.exec(word)?.[1] : undefined;
  return double ? givenNameGender(double) : null;
}

const statesAndProvinces = new Set(data.stateCodes.map(([state]) => state as string));

/** Whether `name` is a US state or a Canadian province ("Michigan", "Ontario"), as written. */
export const isStateOrProvince = (name: string): boolean => statesAndProvinces.has(name);
