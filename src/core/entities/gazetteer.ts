import data from '../../data/generated/gazetteer.json';
import prebuilt from '../../data/generated/gazetteer-index.json';
import type { EntityType } from '../../shared/report';
import { bloomFilter } from '../text/bloom-filter';
import { gazetteerKey } from './gazetteer-key';
import type { GazetteerIndex } from './gazetteer-index';

export { gazetteerKey };

/** What the gazetteer knows about a name: its type and the canonical entry it belongs to. */
export interface GazetteerEntry {
  readonly type: EntityType;
  /** the entry's first name in the data, shared by all its aliases ("United Kingdom" for "Britain") */
  readonly key: string;
  /** from a city filter rather than a named list: weaker evidence */
  readonly city: boolean;
}

export type Gender = 'male' | 'female' | 'either' | null;

/** The named entries' index, built with the data (gazetteer-index.ts): loading the engine computes no key. */
const index = prebuilt as unknown as GazetteerIndex;

/** Keys whose every form in the data is upper case ("UN", "WHO"): "Un" and "Who" are not them. */
const upperCaseOnly = new Set(index.upperCaseOnly);

const abbreviations = new Map<string, GazetteerEntry>(index.abbreviations.map(([written, type, key]) => [written, { type, key, city: false }]));

// Tested for every name looked up. At module level: the bundle builds a `\p{…}` pattern written
// inside a function again at every call.
const HAS_LOWER = /\p{Ll}/u;

/** A state or region by its dotted abbreviation exactly as written ("Vt.", "Calif."), or null. */
export const lookupAbbreviation = (written: string): GazetteerEntry | null => abbreviations.get(written) ?? null;

const named = new Map<string, GazetteerEntry>();
for (const [type, entries] of [['organization', index.organizations], ['place', index.places]] as const) {
  for (const [key = '', ...lookups] of entries) for (const lookup of lookups) named.set(lookup, { type, key, city: false });
}
const cities = bloomFilter(data.cities);
const maleNames = bloomFilter(data.maleNames);
const femaleNames = bloomFilter(data.femaleNames);
/** Common given names the name list lacks (src/data/gazetteer/given-names-extra-male.txt). */
const extraMaleNames = new Set(data.extraMaleNames);
/** The usual sex of a given name both lists hold, or one that a list gives the other sex (src/data/gazetteer/given-names-usual-sex.txt): "Kim", "Claude". */
const usualSexes = new Map(data.usualSexes.map(([name, sex]) => [name as string, sex as 'male' | 'female']));
const demonyms = new Set(data.demonyms);
const capitals = new Set(index.capitals);

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
  if (entry && !(upperCaseOnly.has(key) && HAS_LOWER.test(name))) return entry;
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

const prefixes = new Set(index.prefixes);

/** "Syrian", "Russians", "British": words for peoples, never places. */
export const isDemonym = (word: string): boolean => demonyms.has(word);

const DOUBLE_NAME = /^(\p{Lu}\p{Ll}+)-\p{Lu}\p{Ll}+$/u;

/**
 * Whether `word` is a given name in the name lists, and whose: the sex that at least four in five of its
 * bearers are where births tell it ("Kim", "Terry", "Claude"), else the list's, or either where both
 * lists hold it ("Casey", "Jordan").
 */
export function givenNameGender(word: string): Gender {
  if (word.length < 2) return null;
  const male = maleNames.has(word) || extraMaleNames.has(word);
  const female = femaleNames.has(word);
  const usual = male || female ? usualSexes.get(word) : undefined;
  if (usual) return usual;
  if (male && female) return 'either';
  if (male || female) return male ? 'male' : 'female';
  // "Jean-Baptiste", "Anne-Marie": a double given name is named by its first part.
  const double = word.includes('-') ? DOUBLE_NAME.exec(word)?.[1] : undefined;
  return double ? givenNameGender(double) : null;
}

const statesAndProvinces = new Set(data.stateCodes.map(([state]) => state as string));

/** Whether `name` is a US state or a Canadian province ("Michigan", "Ontario"), as written. */
export const isStateOrProvince = (name: string): boolean => statesAndProvinces.has(name);
