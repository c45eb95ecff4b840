import data from '../../data/generated/lexicon.json';

/** The word lists of src/data/lexicon/ as sets, for the entity and quotation rules. */
export interface Lexicon {
  /** "Mr", "President", "Minister": offices and courtesy titles, compared without dots */
  readonly titles: ReadonlySet<string>;
  /** "Foreign", "Prime", "Deputy": words inside a title */
  readonly titleModifiers: ReadonlySet<string>;
  /** "spokesman", "correspondent": lower-case roles beside a name */
  readonly roleNouns: ReadonlySet<string>;
  readonly speechVerbs: ReadonlySet<string>;
  /** "Ministry", "Army", "Party": words that make a name an organization's */
  readonly orgCues: ReadonlySet<string>;
  /** "National", "Federal": first words of organization names, never of a person's */
  readonly orgPrefixes: ReadonlySet<string>;
  /** "Island", "Sea", "County": last words of place names */
  readonly placeSuffixes: ReadonlySet<string>;
  /** "Lake", "Mount", "North": first words of place names */
  readonly placePrefixes: ReadonlySet<string>;
  /** "town", "city": lower-case nouns of "the town of X" */
  readonly placeNouns: ReadonlySet<string>;
  /** months, weekdays, holidays, written in full */
  readonly calendar: ReadonlySet<string>;
  /** "Jan", "Sun", "Wed": abbreviations, a date's only where written with their dot ("Jan." but not "Jan Orlik") */
  readonly calendarAbbreviations: ReadonlySet<string>;
  /** lower-case function words and sentence openers */
  readonly commonWords: ReadonlySet<string>;
  readonly nonEntityAcronyms: ReadonlySet<string>;
  /** "de", "van", "bin", "al" */
  readonly nameParticles: ReadonlySet<string>;
  /** "Great Depression", "Cold War": events, never entities */
  readonly eventNames: ReadonlySet<string>;
  /** "Storm", "Hurricane": first words of storms' names, which are events */
  readonly stormWords: ReadonlySet<string>;
  /** "Summit", "Festival", "Prize": last words of the names of events and of their honours */
  readonly eventHeads: ReadonlySet<string>;
  /** "mother", "spokeswoman": roles that say their person is a woman */
  readonly femaleRoles: ReadonlySet<string>;
  /** "father", "spokesman": roles that say their person is a man */
  readonly maleRoles: ReadonlySet<string>;
  /** "boss", "gaffer": informal words for whoever runs a body */
  readonly leaderWords: ReadonlySet<string>;
  /** "manager", "chairman": the roles a story introduces that person by */
  readonly leaderRoles: ReadonlySet<string>;
  /** "F", "QB", "GK": team sports' positions written before a player's name */
  readonly positionAbbreviations: ReadonlySet<string>;
  /** "bob" → "robert", "pat" → "patrick" and "patricia": short forms of given names, lower case */
  readonly nicknames: ReadonlyMap<string, readonly string[]>;
}

const undotted = (word: string): string => word.replace(/\./g, '');

/** Lines "Robert|Bob|Rob" as each short form's given names, lower case. */
function nicknameMap(lines: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const line of lines) {
    const [given = '', ...shorts] = line.toLowerCase().split('|');
    for (const short of shorts) map.set(short, [...(map.get(short) ?? []), given]);
  }
  return map;
}

export const LEXICON: Lexicon = {
  titles: new Set(data.titles.map(undotted)),
  titleModifiers: new Set(data.titleModifiers),
  roleNouns: new Set(data.roleNouns),
  speechVerbs: new Set(data.speechVerbs),
  orgCues: new Set(data.orgCues.map(undotted)),
  orgPrefixes: new Set(data.orgPrefixes),
  placeSuffixes: new Set(data.placeCues[0]),
  placePrefixes: new Set(data.placeCues[1]?.map(undotted)),
  placeNouns: new Set(data.placeCues[2]),
  calendar: new Set(data.calendar.filter((word) => !word.endsWith('.'))),
  calendarAbbreviations: new Set(data.calendar.filter((word) => word.endsWith('.')).map(undotted)),
  commonWords: new Set(data.commonWords),
  nonEntityAcronyms: new Set(data.nonEntityAcronyms),
  nameParticles: new Set(data.nameParticles),
  eventNames: new Set(data.eventNames),
  stormWords: new Set(data.stormWords),
  eventHeads: new Set(data.eventHeads),
  femaleRoles: new Set(data.genderedRoles[0]),
  maleRoles: new Set(data.genderedRoles[1]),
  leaderWords: new Set(data.leaderRoles[0]),
  leaderRoles: new Set(data.leaderRoles[1]),
  positionAbbreviations: new Set(data.positionAbbreviations),
  nicknames: nicknameMap(data.nicknames),
};

/** Title lookups ignore dots: "Mr." and "Mr" are one title. */
export const isTitle = (word: string): boolean => LEXICON.titles.has(undotted(word));

/** A month, weekday or holiday ending at `end` in `text`: in full, or abbreviated with its dot or before a day ("Jan. 4", "Nov 25"). */
export function isCalendarWord(text: string, word: string, end: number): boolean {
  if (LEXICON.calendar.has(word)) return true;
  if (!LEXICON.calendarAbbreviations.has(word)) return false;
  return text.charCodeAt(end) === 46 || /^,? \d/.test(text.slice(end, end + 3));
}
