import type { Candidate } from './candidate';
import type { MentionGroup } from './group-mentions';
import { decideType, groupByForm, hasPersonEvidence, newGroup } from './group-mentions';
import { gazetteerKey, lookupName } from './gazetteer';
import { LEXICON } from './lexicon';
import { MEDIUM, STRONG } from './evidence';
import { COMPANY_FORMS } from './find-name-runs';
import { lendRepeatedSurname } from './repeated-surname';
import { joinSpellingVariants } from './spelling-variants';
import { linkNicknames } from './nickname-pairs';
import { linkCompanyForms } from './company-form-pairs';
import { isTeamName } from './teams';
import { keepSurnamesPeople } from './surname-of-person';
import { joinKnownShortForms, typeBodyFamilies } from './body-family';
import { surnameOfNamedBody } from './surname-of-named-body';
import { joinClubShortNames } from './club-short-names';
import { isCapitalised } from '../text/tokenise';
import { joinMarriedNames } from './married-names';

/** Head words of schools' names, whose words before them are the school's short name ("Ohio State"). */
const SCHOOL_WORDS: ReadonlySet<string> = new Set(['University', 'College']);
const PARTICLE_PREFIX = /^(?:al|el|bin|ibn|abu)[-‑]/i;
const SUFFIXES = new Set(['Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III']);

/**
 * A name's words for matching short forms: particles and "al-" prefixes aside, case folded. A
 * particle that ends the name is its surname ("Das" of "Ananta Roy Das"), as no particle closes a name.
 */
function matchWords(words: readonly string[]): string[] {
  const named = words.filter((word) => !SUFFIXES.has(word));
  return named
    .filter((word, at) => at === named.length - 1 || !LEXICON.nameParticles.has(word.toLowerCase()))
    .map((word) => word.replace(PARTICLE_PREFIX, '').toLowerCase());
}

/** "Smith", "Mr. Smith" and "Bin Laden" are short forms of "Jane Smith" and "Osama bin Laden". */
function isShortForm(short: readonly string[], full: readonly string[]): boolean {
  if (short.length === 0 || short.length >= full.length) return false;
  let at = 0;
  for (const word of full) if (word === short[at]) at += 1;
  if (at < short.length) return false;
  return short.length >= 2 || short[0] === full.at(-1);
}

/** How many of the sorted offsets lie before `offset`. */
function countBefore(sorted: readonly number[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function initials(words: readonly string[]): string {
  return words
    .filter(isCapitalised)
    .map((word) => word[0])
    .join('');
}

/**
 * The initials a body's name may be shortened to: all of them, without a company form at the end
 * ("PG&E" of "Pacific Gas & Electric Co."), and without a known place at the start ("PUC" of
 * "California Public Utilities Commission").
 */
function initialForms(words: readonly string[]): string[] {
  const forms = [initials(words)];
  if (words.length > 2 && COMPANY_FORMS.has(words.at(-1) ?? '')) forms.push(initials(words.slice(0, -1)));
  if (words.length > 2 && lookupName(words[0] ?? '')?.type === 'place') forms.push(initials(words.slice(1)));
  return forms;
}

function merge(into: MentionGroup, from: MentionGroup): void {
  into.mentions.push(...from.mentions);
  into.evidence.person += from.evidence.person;
  into.evidence.place += from.evidence.place;
  into.evidence.organization += from.evidence.organization;
  from.mentions = [];
}

// A group's fullest mention, remembered until the group gains or loses mentions.
const fullestSeen = new WeakMap<MentionGroup, { count: number; mention: Candidate }>();

function fullest(group: MentionGroup): Candidate {
  const seen = fullestSeen.get(group);
  if (seen && seen.count === group.mentions.length && group.mentions.includes(seen.mention)) return seen.mention;
  const mention = group.mentions.reduce((best, candidate) => (candidate.words.length > best.words.length ? candidate : best), group.mentions[0] as Candidate);
  fullestSeen.set(group, { count: group.mentions.length, mention });
  return mention;
}

/**
 * Ties the story's mentions into entities: one group per written form, typed by its evidence;
 * then the gazetteer's aliases ("UK", "Britain"), acronyms ("the Islamic State (ISIS)", "MSC" of
 * "Marine Stewardship Council"), short forms of people's names and of organizations' names join
 * the entity they stand for.
 */
export function resolveEntities(candidates: readonly Candidate[], lowerCaseWords: ReadonlySet<string>, marriedNames: ReadonlyArray<readonly [string, string]> = []): MentionGroup[] {
  const groups: MentionGroup[] = [];
  const byForm = new Map<string, MentionGroup>();
  const compounds: Candidate[] = [];
  for (const [key, mentions] of groupByForm(candidates.filter((candidate) => !candidate.compound))) {
    const group = newGroup(mentions);
    groups.push(group);
    byForm.set(key, group);
  }
  for (const candidate of candidates) if (candidate.compound) compounds.push(candidate);
  lendSurnameEvidence(groups);
  lendRepeatedSurname(groups);
  for (const group of groups) group.type = decideType(group, lowerCaseWords);

  // "UK-based": the name before the hyphen counts where the story or the gazetteer knows it.
  for (const compound of compounds) {
    const key = gazetteerKey(compound.text);
    const existing = byForm.get(key);
    if (existing) existing.mentions.push(compound);
    else if (compound.known || Math.max(compound.evidence.place, compound.evidence.organization) >= STRONG) {
      const group = newGroup([compound]);
      group.type = decideType(group, lowerCaseWords);
      groups.push(group);
      byForm.set(key, group);
    }
  }

  // Aliases from the gazetteer: "UK" and "Britain", "U.S." and "United States".
  const byEntry = new Map<string, MentionGroup>();
  for (const group of groups) {
    if (!group.known || group.known.city || group.type !== group.known.type) continue;
    const id = `${group.type}:${group.known.key}`;
    const first = byEntry.get(id);
    if (first) merge(first, group);
    else byEntry.set(id, group);
  }

  // Acronyms the story defines, then acronyms that spell an organization's initials.
  for (const group of groups) {
    for (const mention of [...group.mentions]) {
      if (!mention.acronym) continue;
      const acronymGroup = byForm.get(gazetteerKey(mention.acronym));
      if (acronymGroup && acronymGroup !== group && acronymGroup.mentions.length > 0) {
        group.type ??= acronymGroup.type ?? 'organization';
        merge(group, acronymGroup);
      }
    }
  }
  // Each body's initials, the first body in the story's order for each.
  const byInitials = new Map<string, MentionGroup>();
  for (const org of groups) {
    if (org.type !== 'organization' || org.mentions.length === 0 || fullest(org).words.length < 2) continue;
    for (const form of initialForms(fullest(org).words)) if (!byInitials.has(form)) byInitials.set(form, org);
  }
  for (const group of groups) {
    const mention = group.mentions[0];
    if (!mention || mention.words.length !== 1 || !/^[\p{Lu}&]{2,7}$/u.test(mention.text) || (group.known && !group.known.city)) continue;
    const expansion = byInitials.get(mention.text.replace(/&/g, ''));
    if (expansion && expansion !== group && expansion.mentions.length > 0) merge(expansion, group);
  }

  surnameOfNamedBody(groups);
  joinClubShortNames(groups);
  linkNicknames(groups);
  linkCompanyForms(groups);
  keepSurnamesPeople(groups);
  typeBodyFamilies(groups);
  joinKnownShortForms(groups);
  joinMarriedNames(groups, marriedNames);
  linkShortNames(groups);
  return groups.filter((group) => group.type !== null && group.mentions.length > 0);
}

/**
 * "Mr. Parata" and "Parata said" tell that "Hori Parata" is a person: a surname's evidence for a
 * person goes to the full names ending in it, before they are typed.
 */
function lendSurnameEvidence(groups: readonly MentionGroup[]): void {
  const byLastWord = new Map<string, MentionGroup[]>();
  for (const group of groups) {
    const words = matchWords(fullest(group).words);
    if (words.length < 2) continue;
    // "Chicago Comets": a team’s name is no person’s, whatever its plural stood beside in lists.
    if (isTeamName(fullest(group).words)) continue;
    const last = words.at(-1) as string;
    const list = byLastWord.get(last);
    if (list) list.push(group);
    else byLastWord.set(last, [group]);
  }
  for (const group of groups) {
    const words = matchWords(fullest(group).words);
    if (words.length !== 1 || group.evidence.person <= 0 || (group.known && !group.known.city)) continue;
    for (const full of byLastWord.get(words[0] as string) ?? []) full.evidence.person += group.evidence.person;
  }
}

/** The first entry of each group: a person indexed under two forms of their name is one owner. */
function onePerGroup<T extends { group: MentionGroup }>(entries: readonly T[]): T[] {
  const seen = new Set<MentionGroup>();
  return entries.filter((entry) => !seen.has(entry.group) && seen.add(entry.group) !== undefined);
}

/** People by surname and short forms; organizations and places by a shorter form of their name. */
function linkShortNames(groups: MentionGroup[]): void {
  // Full names indexed by each of their words, so that a short form meets only names sharing a word.
  const peopleByWord = new Map<string, Array<{ group: MentionGroup; words: string[]; first: number }>>();
  // Full names by the first three letters of their given name, for short forms of it ("Jay" of "Jayden").
  const peopleByGivenStart = new Map<string, Array<{ group: MentionGroup; words: string[]; first: number }>>();
  for (const group of groups) {
    if (group.mentions.length === 0 || group.type !== 'person') continue;
    const fullWords = matchWords(fullest(group).words);
    if (fullWords.length < 2) continue;
    const first = group.mentions.reduce((min, mention) => Math.min(min, mention.start), Infinity);
    // Each full form of the person's name, where the story names them two ways ("Ana Roe" and her married name "Ana Gale").
    const forms = new Map<string, string[]>([[fullWords.join(' '), fullWords]]);
    for (const mention of group.mentions) {
      const words = mention.words.length > 1 ? matchWords(mention.words) : [];
      if (words.length > 1 && !forms.has(words.join(' ')) && words.every((word) => !fullWords.includes(word) || word === words[0])) forms.set(words.join(' '), words);
    }
    for (const words of forms.values()) {
      const person = { group, words, first };
      const givenStart = (words[0] ?? '').slice(0, 3);
      const starting = peopleByGivenStart.get(givenStart);
      if (starting) starting.push(person);
      else peopleByGivenStart.set(givenStart, [person]);
      for (const word of new Set(words)) {
        const list = peopleByWord.get(word);
        if (list) list.push(person);
        else peopleByWord.set(word, [person]);
      }
    }
  }
  for (const group of groups) {
    if (group.mentions.length === 0) continue;
    const words = matchWords(fullest(group).words);
    const strongOther = group.known !== null && !group.known.city && !hasPersonEvidence(group);
    if (group.type !== 'person' && (strongOther || (group.type === 'organization' && group.evidence.organization >= 2))) continue;
    const sharing = (peopleByWord.get(words[0] ?? '') ?? []).filter((person) => person.group !== group && person.group.mentions.length > 0);
    let owners = onePerGroup(sharing.filter((person) => isShortForm(words, person.words)));
    // "Eloise" for "Eloise Parry": a given name alone, where one person of the story has it.
    // Not a word that is capitalised only by starting its sentence ("Will the plan pass?").
    // "Lin said" after "Lin Haoran": a word opening its sentence is a name where the story says it speaks.
    const named = group.type === 'person' || group.mentions.some((mention) => !mention.initial) || hasPersonEvidence(group);
    // A place only by a preposition before it ("in Callum's blood") is no place the gazetteer knows.
    const weakPlace = group.type === 'place' && group.known === null && group.evidence.place < MEDIUM;
    if (owners.length === 0 && words.length === 1 && named && (weakPlace || (group.type !== 'place' && group.type !== 'organization'))) {
      const byGivenName = onePerGroup(sharing.filter((person) => person.words[0] === words[0]));
      if (byGivenName.length === 1) owners = byGivenName;
      // "Jay" for "Jayden Crowe": a short form of one person's given name, where the story names no "Jay".
      else if (byGivenName.length === 0 && group.type === 'person' && (words[0]?.length ?? 0) >= 3) {
        const byShortName = (peopleByGivenStart.get((words[0] ?? '').slice(0, 3)) ?? []).filter((person) => person.group !== group && person.group.mentions.length > 0 && person.words[0] !== words[0] && person.words[0]?.startsWith(words[0] ?? ''));
        if (byShortName.length === 1) owners = byShortName;
      }
    }
    if (owners.length === 0) continue;
    // Where people share a surname, each bare mention is the one the story has named in full most
    // often so far, the nearest on a tie ("Parata" stays Hori Parata after his son is introduced;
    // "Hartley said" after "her mother, Angela Hartley" is the mother).
    // Each owner's full-name mentions, in text order, counted by binary search: linear overall.
    const fullStarts = owners.map((owner) =>
      owner.group.mentions
        .filter((full) => full.words.length > 1)
        .map((full) => full.start)
        .sort((a, b) => a - b),
    );
    for (const mention of group.mentions) {
      let best = owners[0] as (typeof owners)[number];
      let bestScore = -1;
      let bestLast = -1;
      owners.forEach((owner, index) => {
        const starts = fullStarts[index] as number[];
        const count = countBefore(starts, mention.start);
        const last = count > 0 ? (starts[count - 1] as number) : -1;
        if (count > bestScore || (count === bestScore && last > bestLast)) {
          best = owner;
          bestScore = count;
          bestLast = last;
        }
      });
      best.group.mentions.push(mention);
    }
    group.mentions = [];
  }
  linkShortOrganizations(groups);
  joinSpellingVariants(groups, (group) => matchWords(fullest(group).words));
}

/**
 * "Whole Foods" of "Whole Foods Market", "Tax Policy Center" of "Urban-Brookings Tax Policy Center",
 * "Harvard" of "Harvard University", "Defense Department" of "Department of Defense", "Ninety Mile"
 * of "Ninety Mile Beach".
 */
function linkShortOrganizations(groups: MentionGroup[]): void {
  const named = groups
    .filter((group) => (group.type === 'organization' || group.type === 'place') && group.mentions.length > 0)
    .map((group, order) => ({ group, order, original: fullest(group).words, words: fullest(group).words.map((word) => word.toLowerCase()) }));
  const byEdgeWord = new Map<string, typeof named>();
  for (const entry of named) {
    // Bodies are indexed by every word, for short forms from inside their name ("Red Cross").
    const indexed = entry.group.type === 'organization' ? entry.words : [entry.words[0] ?? '', entry.words.at(-1) ?? ''];
    for (const word of new Set(indexed)) {
      const list = byEdgeWord.get(word);
      if (list) list.push(entry);
      else byEdgeWord.set(word, [entry]);
    }
  }
  for (const group of groups) {
    if (group.mentions.length === 0) continue;
    // Two capitalised words with no more than a verb of saying for a person: maybe a short name of a body.
    const untyped = group.type === 'person' && group.evidence.person < MEDIUM;
    if (group.type === 'person' && !untyped) continue;
    const own = fullest(group).words;
    const words = own.map((word) => word.toLowerCase());
    // "the Kelvor, which …" after "Kelvor River": a word with little evidence of its own, no person's.
    const weak = own.length === 1 && group.known === null && group.type !== null && group.type !== 'person' && Math.max(group.evidence.place, group.evidence.organization) < MEDIUM;
    // "Acme said in a statement" after "Acme Corp": a word capitalised only by opening its sentences,
    // too weak to be typed alone, is still the body whose name it opens before head words only; so
    // are words with no evidence at all ("He left Harbor Tunes" after "Harbor Tunes Records").
    if (group.type === null && LEXICON.commonWords.has(words[0] ?? '')) continue;
    const candidates = [words[0], words.at(-1), words[1]]
      .flatMap((word) => byEdgeWord.get(word ?? '') ?? [])
      .sort((a, b) => a.order - b.order);
    const owner = candidates.find(({ group: other, words: longer, original }) => {
      if (other === group || other.mentions.length === 0) return false;
      if (group.type === null) return other.type === 'organization' && longer.length > words.length && words.every((word, at) => longer[at] === word) && original.slice(words.length).every((word) => LEXICON.orgCues.has(word));
      // An unknown place may be a body's short name ("in Brellin" of "Brellin Oil"), but not one whose
      // own words say it is a place ("Isles of Farne" of "Isles of Farne Boat Company").
      // "Ohio State" of "Ohio State University": a school's name before its one head word, place-shaped as it is.
      const placeOfSchool = group.known === null && group.type === 'place' && other.type === 'organization' && own.length >= 2 && longer.length === words.length + 1 && SCHOOL_WORDS.has(original.at(-1) ?? '') && words.every((word, at) => longer[at] === word);
      // Not a town with strong evidence of its own ("in Venna, Norway" after "Design Institute Venna").
      const placeOfBody = placeOfSchool || (group.known === null && group.type === 'place' && !isPlaceShaped(own) && group.evidence.place < STRONG);
      if (!untyped && !weak && other.type !== group.type && !placeOfBody) return false;
      // "Red Cross" inside "Kenya Red Cross Society" is that society, whatever else the gazetteer knows by it.
      if (words.length >= 2 && other.type === 'organization' && group.type === 'organization' && innerForm(words, longer, original)) return true;
      if (group.known && !group.known.city && other.known?.key !== group.known.key) return false;
      // "San Francisco" and "the San Francisco Bay Area": a city the gazetteer knows is a place of its own.
      if (group.known?.city && group.type === 'place' && other.type === 'place') return false;
      if (invertedCue(words, longer)) return true;
      if (longer.length <= words.length) return false;
      const head = longer.slice(0, words.length).join(' ') === words.join(' ');
      const tail = longer.slice(-words.length).join(' ') === words.join(' ');
      if (words.length >= 2) return head || tail;
      // "the Kelvor" of "Kelvor River": the rest of the place's name is its feature words.
      if (other.type === 'place') return weak && head && original.slice(1).every((word) => LEXICON.placeSuffixes.has(word));
      // One word stands for a longer name where the rest of it is head words ("Harvard University"),
      // where it opens a body's name of three words at most that ends in one, or a company's name
      // that ends in its form, and is itself a body's ("a Lumbry spokesperson" of "Lumbry Property
      // Group", "Tyvo" of "Tyvo Micro-Launch Systems Inc"), or where it ends a name of three words
      // or more ("Rovers" of "Port Vale Rovers").
      if (other.type !== 'organization') return false;
      const closing = original.at(-1) ?? '';
      const ownName = group.type === 'organization' && group.known === null && ((longer.length <= 3 && LEXICON.orgCues.has(closing)) || COMPANY_FORMS.has(closing));
      // "Comets" of "Chicago Comets": a team's nickname without its place.
      return (head && (ownName || original.slice(1).every((word) => LEXICON.orgCues.has(word)))) || (tail && (longer.length >= 3 || isTeamName(original)));
    });
    if (owner) merge(owner.group, group);
  }
}

/** "Kelvor River", "Isles of Farne": a name of two words or more whose feature word says it is a place's. */
function isPlaceShaped(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  return LEXICON.placeSuffixes.has(words.at(-1) ?? '') || (words[1] === 'of' && LEXICON.placeSuffixes.has(words[0] ?? ''));
}

/**
 * "Red Cross" of "Kenya Red Cross Society": the short form inside the name, where what the full name
 * adds is a known place and head words only.
 */
function innerForm(words: readonly string[], longer: readonly string[], original: readonly string[]): boolean {
  for (let at = 1; at + words.length < longer.length; at += 1) {
    if (longer.slice(at, at + words.length).join(' ') !== words.join(' ')) continue;
    const before = original.slice(0, at).join(' ');
    const after = original.slice(at + words.length);
    const place = lookupName(before);
    return place !== null && place.type === 'place' && after.every((word) => LEXICON.orgCues.has(word));
  }
  return false;
}

/** "Defense Department" and "Department of Defense": one name with its head word moved. */
function invertedCue(words: readonly string[], other: readonly string[]): boolean {
  if (words.length !== 2 || other.length !== 3 || other[1] !== 'of') return false;
  return words[0] === other[2] && words[1] === other[0];
}
