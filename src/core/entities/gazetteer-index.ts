import type { EntityType } from '../../shared/report';
import { gazetteerKey } from './gazetteer-key';

/**
 * The gazetteer's named entries as the lookups read them, worked out from its name lists when the
 * data is built (scripts/build-data.mjs runs this module), so that loading the engine builds no keys.
 */
export interface GazetteerIndex {
  /**
   * Per entry of the bodies and then of the places, its first name (the entry's key) and the lookup
   * keys it adds: a key belongs to the first entry that has it. Entries that add none are left out.
   */
  readonly organizations: ReadonlyArray<readonly string[]>;
  readonly places: ReadonlyArray<readonly string[]>;
  /** keys whose every form in the data is upper case ("un", "who"): "Un" and "Who" are not them */
  readonly upperCaseOnly: readonly string[];
  /** [as written, type, the entry's first name]: one-word abbreviations with their dot ("Ill.", "Calif.") */
  readonly abbreviations: ReadonlyArray<readonly [string, EntityType, string]>;
  /** every named key's first words, one word or more but not all ("united states" of "united states of america") */
  readonly prefixes: readonly string[];
  /** the capitals' keys */
  readonly capitals: readonly string[];
}

/** What the index is built from: the gazetteer's name lists, each entry's names with its canonical one first. */
export interface GazetteerNames {
  readonly organizations: ReadonlyArray<readonly string[]>;
  readonly places: ReadonlyArray<readonly string[]>;
  readonly capitals: readonly string[];
}

/** "Ill.", "Calif.": one word and its dot. */
const DOTTED_WORD = /^\p{L}+\.$/u;
const UPPER_CASE = /^[\p{Lu}\p{N}.&-]+$/u;

export function indexGazetteer(data: GazetteerNames): GazetteerIndex {
  const named = new Set<string>();
  const entries: Record<EntityType, string[][]> = { person: [], place: [], organization: [] };
  const upperCaseOnly = new Map<string, boolean>();
  const abbreviations = new Map<string, readonly [string, EntityType, string]>();
  const add = (type: EntityType, names: readonly string[]): void => {
    const key = names[0];
    if (key === undefined) return;
    const entry = [key];
    for (const name of names) {
      // "Ill.", "La.", "Miss.": one-word abbreviations are words too often once their dot is gone;
      // they are looked up as written, where a dateline names a state ("BURLINGTON, Vt. —").
      if (DOTTED_WORD.test(name)) {
        if (!abbreviations.has(name)) abbreviations.set(name, [name, type, key]);
        continue;
      }
      const lookup = gazetteerKey(name);
      if (!named.has(lookup)) {
        named.add(lookup);
        entry.push(lookup);
      }
      if (!UPPER_CASE.test(name)) upperCaseOnly.set(lookup, false);
      else if (!upperCaseOnly.has(lookup)) upperCaseOnly.set(lookup, true);
    }
    if (entry.length > 1) entries[type].push(entry);
  };
  for (const names of data.organizations) add('organization', names);
  for (const names of data.places) add('place', names);
  // Keys are single-spaced (see gazetteerKey): a key's word prefixes end where its spaces are.
  const prefixes = new Set<string>();
  for (const key of named) {
    for (let space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) prefixes.add(key.slice(0, space));
  }
  return {
    organizations: entries.organization,
    places: entries.place,
    upperCaseOnly: [...upperCaseOnly].filter(([, upper]) => upper).map(([key]) => key),
    abbreviations: [...abbreviations.values()],
    prefixes: [...prefixes],
    capitals: data.capitals.map(gazetteerKey),
  };
}
