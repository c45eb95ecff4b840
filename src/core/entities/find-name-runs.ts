import type { Token } from '../text/tokenise';
import { hasHyphen, isCapitalised } from '../text/tokenise';
import { isNamePrefix, givenNameGender, lookupName } from './gazetteer';
import { isCalendarWord, isTitle, LEXICON } from './lexicon';
import { holderAfterOffice } from './office-holder';
import { isInstrumentCode } from './instrument-code';
import { officeAfterBody } from './office-after-body';
import { itemOfList } from './list-item';
import { cityAfterAcronym } from './body-before-city';
import { officeStartsAt } from './office-in-body-name';
import { divisionAfterLeague, placeAfterOn } from './league-division';
import { FAIR_HEADS } from './not-a-name';
import { bodyOfPlaceAhead } from './body-of-place';

/** Capitalised words that read as one name: "Ana de la Vega", "Chilean Observatory for Human Rights". */
export interface NameRun {
  /** indexes into the sentence's tokens, inclusive */
  readonly first: number;
  readonly last: number;
  /** only the part before a hyphen is a name ("UK" of "UK-based"): kept only where it is known */
  readonly compound: boolean;
}

const POSSESSIVE = /['’]s$/u;
const PARTICLE_PREFIX = /^(?:al|el|ul|bin|ibn|abu|de|d|van|von)[-‑’']\p{Lu}/u;
// "UK-based", "Turkish-backed", "Amazon-owned": a name, then lower-case words after hyphens.
const COMPOUND = /^((?:\p{Ll}+[-‑])?\p{Lu}[\p{L}\p{N}.]*(?:[-‑]\p{Lu}[\p{L}\p{N}.]*)*)(?:[-‑]\p{Ll}+)+$/u;
// Word shapes tested between the words of every run. Kept here rather than written in the rules: the
// bundler writes a `\p{…}` pattern inside a function as `new RegExp(…)`, built again at every call.
/** "J", "E": one capital. */
const ONE_CAPITAL = /^\p{Lu}$/u;
/** "NATO", "BBC": capitals only. */
const CAPITALS = /^\p{Lu}{2,}$/u;
/** "Lt", "Cllr", "Gov": a capital and a few lower-case letters, as a title cut short. */
const SHORT_TITLE = /^\p{Lu}\p{Ll}{1,4}$/u;

/** Short syllables joined by a hyphen, the second in lower case: "Min-jun", "Seo-yeon", "Tai-man". */
const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,5}[-‑](\p{Ll}{1,6})$/u;
/** What follows a name's hyphen in English compounds ("UK-based", "Tory-held", "Covid-hit", "EU-wide"). */
const COMPOUND_TAILS: ReadonlySet<string> = new Set(['based', 'born', 'bound', 'run', 'held', 'hit', 'made', 'wide', 'era', 'style', 'like', 'free', 'proof', 'only', 'led', 'owned', 'backed', 'linked', 'type', 'size', 'class', 'level', 'area', 'zone', 'long', 'old', 'new']);

/** "Min-jun", "Tai-man", not "Tory-held": a hyphenated given name of the kind Korean and Cantonese names have. */
function isHyphenatedGivenName(word: string): boolean {
  const tail = hasHyphen(word) ? HYPHENATED_GIVEN_NAME.exec(word)?.[1] : undefined;
  // English participles and agent nouns ("-leaning", "-driven", "-lover"), longer than a syllable such as "ming" or "wen".
  return tail !== undefined && !/ed$/.test(tail) && !/^\p{Ll}{3,}(?:ing|en|er)$/u.test(tail) && !COMPOUND_TAILS.has(tail);
}

/** "Wrap-up", "Follow-up", "Run-in", "Sign-off": a verb and its particle, a noun capitalised only by opening a line or a sentence. */
const PHRASAL_NOUN = /^\p{Lu}\p{Ll}+[-‑](?:up|down|out|in|off|over|back|on|away)$/u;

/** The name part of a compound ("UK" of "UK-based", "al-Qaeda" of "al-Qaeda-linked"), or null. */
export const compoundName = (word: string): string | null =>
  hasHyphen(word) && !PHRASAL_NOUN.test(word) ? (COMPOUND.exec(word)?.[1] ?? null) : null;

// Offices that start a new name inside a run: "Palestinian Authority | President Mahmoud Abbas",
// "Whole Foods | CEO John Mackey". Titles that are also surnames or names ("King", "General") do not.
const BREAKING_TITLES = new Set(['President', 'Minister', 'Secretary', 'Senator', 'Sen', 'Rep', 'Gov', 'Governor', 'Mayor', 'Chancellor', 'CEO', 'Chairman', 'Chairwoman', 'Director', 'Ambassador', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prime', 'Spokesman', 'Spokeswoman', 'Commissioner', 'Professor', 'Prof', 'President-elect', 'Premier', 'Vice']);
const CONNECTORS = new Set(['of', 'for', 'on']);
/** Company forms written after the name, in lower case or not: "Tessell plc", "Brindle Ltd". */
export const COMPANY_FORMS: ReadonlySet<string> = new Set(['plc', 'PLC', 'Plc', 'Inc', 'Ltd', 'LLC', 'Co', 'AG', 'SA', 'NV', 'GmbH', 'AB', 'ASA']);
const NO_CASE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Arabic}\p{Script=Hebrew}]/u;

/** "I’ve", "I'm", "I’d", "I’ll": the pronoun "I" and a verb, capitalised as "I" always is. */
const FIRST_PERSON_CONTRACTION = /^I['’](?:ve|m|d|ll)$/;

export const isPossessive = (token: Token): boolean => POSSESSIVE.test(token.text);

/**
 * "Vice-president", "Deputy-governor": an office written with a hyphen, its second part a title in
 * lower case; no name before a compound's tail, as "UK" is of "UK-based".
 */
function isTitleCompound(word: string): boolean {
  const [head = '', tail = ''] = word.split(/[-‑]/);
  return (isTitle(head) || LEXICON.titleModifiers.has(head)) && isTitle(tail.charAt(0).toUpperCase() + tail.slice(1));
}

/** The name without a possessive "'s" ("Smith’s" → "Smith"). */
export const nameEnd = (token: Token): number => (isPossessive(token) ? token.end - 2 : token.end);

export function isNameWord(token: Token): boolean {
  const { text } = token;
  const code = text.charCodeAt(0);
  // Most words start with a lower-case ASCII letter and are not names: answer them at once.
  if (code >= 97 && code <= 122 && !hasHyphen(text) && !text.includes('’') && !text.includes("'")) return false;
  if (hasHyphen(text) && COMPOUND.test(text)) return false;
  if (text === 'I' || FIRST_PERSON_CONTRACTION.test(text)) return false;
  // Words in scripts without capitals (Japanese, Chinese, Korean) are never English names.
  if (NO_CASE_SCRIPT.test(text)) return false;
  return isCapitalised(text) || PARTICLE_PREFIX.test(text);
}

/** Words of a name are separated by spaces only, or by the dot of "Mr." or "J.". */
function joined(text: string, left: Token, right: Token): boolean {
  const gap = text.slice(left.end, right.start);
  if (/^ +$/.test(gap)) return true;
  // "Lune & Sons", "Procter & Gamble": an ampersand between capitalised words joins one name.
  if (gap === ' & ') return true;
  // "E! News": a lone capital and its exclamation mark open a name.
  if (gap === '! ' && ONE_CAPITAL.test(left.text) && isCapitalised(right.text)) return true;
  // "Westbury Magistrates' Court", "Farmers’ Union": a plural possessive before a body's head word.
  if ((gap === "' " || gap === '’ ') && left.text.endsWith('s') && LEXICON.orgCues.has(right.text)) return true;
  if (!/^\. +$/.test(gap)) return false;
  // "the One S. The company's app": a function word after a capital's dot opens the next sentence.
  if (LEXICON.commonWords.has(right.text.toLowerCase()) && givenNameGender(right.text) === null) return false;
  return ONE_CAPITAL.test(left.text) || isTitle(left.text) || /^(?:Jr|Sr|Mt|Ft|St)$/.test(left.text);
}

/**
 * "Dayton Police | Lt. Karen Roe", "Harbour Council | Cllr. Ana Roe": a title cut short with a dot
 * starts a person's name wherever it stands, an abbreviation being no one's surname nor a body's word.
 * Saint, Mount and Fort keep their run ("Mount St. Helens").
 */
const isAbbreviatedTitle = (text: string, token: Token): boolean => text[token.end] === '.' && !/^(?:St|Mt|Ft)$/.test(token.text) && SHORT_TITLE.test(token.text) && isTitle(token.text);

const isCue = (word: string): boolean => LEXICON.orgCues.has(word) || LEXICON.placeSuffixes.has(word);

/** Whether "of"/"for" after these words continues the name ("Department of", "Gulf of", "Secretary of"). */
function takesConnector(tokens: readonly Token[], first: number, last: number): boolean {
  const word = tokens[last]?.text ?? '';
  if (isCue(word) || isTitle(word)) return true;
  const words = tokens.slice(first, last + 1).map((token) => token.text).join(' ');
  return isNamePrefix(`${words} of`);
}

/**
 * The name runs of one sentence's tokens. Runs stop at punctuation, at lower-case words other than
 * name particles and connectors that continue a name, at possessives, and at dates, so that lists
 * ("the UK, the United States, France and Germany") give one run per item.
 */
export function findNameRuns(text: string, tokens: readonly Token[]): NameRun[] {
  const runs: NameRun[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index] as Token;
    if (compoundName(token.text) !== null && !isTitleCompound(token.text)) {
      runs.push({ first: index, last: index, compound: true });
      index += 1;
      continue;
    }
    // "#Harbourfest Denver show": a hashtag is a tag, not a name in the prose, and one word, whatever capitalised word follows it.
    if (!isNameWord(token) || text[token.start - 1] === '#' || isCalendarWord(text, token.text, token.end) || isInstrumentCode(text, token)) {
      index += 1;
      continue;
    }
    let last = index;
    for (;;) {
      const current = tokens[last] as Token;
      const next = tokens[last + 1];
      if (!next || !joined(text, current, next)) break;
      if (isInstrumentCode(text, next)) break;
      // "Queen’s University", "Children’s Hospital" go on after their possessive; "Canada’s | Office
      // of the Auditor General" does not: a name of its own owns the next one.
      if (isPossessive(current) && !ofPluralNoun(current, text, tokens, last) && (!isCue(next.text) || ownsNext(tokens, index, last))) break;
      // "Park Min-jun", "President Lee Seo-yeon", "Chan Tai-man": a hyphenated given name after a surname.
      if (isHyphenatedGivenName(next.text)) {
        last += 1;
        continue;
      }
      // "Mercer Island-based": the compound ends the run, its name part the name.
      if (compoundName(next.text) !== null) {
        runs.push({ first: index, last: last + 1, compound: true });
        index = last + 2;
        last = -1;
        break;
      }
      if (isNameWord(next)) {
        if (BREAKING_TITLES.has(next.text.replace(/\./g, '')) && !isTitle(current.text) && !LEXICON.titleModifiers.has(current.text)) break;
        if (officeStartsAt(text, tokens, last + 1) && !isTitle(current.text) && !LEXICON.titleModifiers.has(current.text)) break;
        // "Police" also qualifies a title ("Police Chief"), but a body's word before an abbreviated one ends the body's name.
        if (isAbbreviatedTitle(text, next) && !isTitle(current.text) && (!LEXICON.titleModifiers.has(current.text) || LEXICON.orgCues.has(current.text))) break;
        // "May" is a month, except after a given name ("Theresa May").
        if (isCalendarWord(text, next.text, next.end) && givenNameGender(current.text) === null) break;
        if (holderAfterOffice(tokens, index, last)) break;
        if (bodyBesideBody(tokens, index, last)) break;
        if (officeAfterBody(text, tokens, index, last)) break;
        if (cityAfterAcronym(tokens, index, last)) break;
        if (divisionAfterLeague(tokens, last)) break;
        last += 1;
        continue;
      }
      const after = tokens[last + 2];
      if (!after || !joined(text, next, after)) break;
      if (LEXICON.nameParticles.has(next.text) && !LEXICON.commonWords.has(current.text.toLowerCase())) {
        // "Ana de la Vega", "Jan van der Berg": one or two particles between name words.
        if (isNameWord(after)) {
          last += 2;
          continue;
        }
        const third = tokens[last + 3];
        if (LEXICON.nameParticles.has(after.text) && third && isNameWord(third) && joined(text, after, third)) {
          last += 3;
          continue;
        }
      }
      if (placeAfterOn(tokens, last)) break;
      // "Equality of Opportunity Project", but not "Inspector Paul Grimes of West Mercia Police".
      const personLike = tokens.slice(index, last + 1).some((token) => isTitle(token.text) || givenNameGender(token.text) !== null);
      const chained = !personLike && connectedAfterCue(tokens, index, last);
      const fair = next.text === 'of' && endsIn(text, tokens, last + 2, FAIR_HEADS);
      if (CONNECTORS.has(next.text) && (takesConnector(tokens, index, last) || chained || (!personLike && endsInCue(text, tokens, last + 2)) || fair || namedForMembers(text, tokens, index, last) || (!personLike && bodyOfPlaceAhead(text, tokens, index, last)))) {
        const skipThe = after.text === 'the' || after.text === 'a' ? 1 : 0;
        const target = tokens[last + 2 + skipThe];
        if (target && isNameWord(target) && !isCalendarWord(text, target.text, target.end) && (skipThe === 0 || joined(text, after, target))) {
          last += 2 + skipThe;
          continue;
        }
        break;
      }
      if (next.text === 'and' && isNameWord(after) && joinsAnd(text, tokens, index, last)) {
        last += 2;
        continue;
      }
      break;
    }
    if (last < 0) continue;
    last = officeListEnd(text, tokens, index, last);
    runs.push({ first: index, last, compound: false });
    index = last + 1;
  }
  return runs;
}

/** Plural nouns whose possessive opens bodies' names: "People’s", "Women’s", "Men’s", "Children’s". */
const PLURAL_OWNERS: ReadonlySet<string> = new Set(['People', 'Women', 'Men', 'Children']);

/**
 * "People’s Liberation Army", "Women’s Tennis Association": the possessive of a plural noun goes on
 * into the name where the words after it end in a body's head word.
 */
function ofPluralNoun(current: Token, text: string, tokens: readonly Token[], last: number): boolean {
  return PLURAL_OWNERS.has(current.text.slice(0, -2)) && endsInCue(text, tokens, last + 1);
}

/**
 * "Ministry of Trade, | Industry and Energy", "Department for Digital, | Culture, Media and Sport": a
 * body's head word and "of"/"for", then the list of what it is of, commas and "and" included. The
 * index of the list's last word where the run ends at its first comma, else `last`.
 */
function officeListEnd(text: string, tokens: readonly Token[], first: number, last: number): number {
  const connector = tokens[last - 1];
  if (!connector || (connector.text !== 'of' && connector.text !== 'for') || last - 2 < first || !LEXICON.orgCues.has((tokens[last - 2] as Token).text)) return last;
  // What a ministry is of are common nouns: not "Bank of England, | Barclays and Lloyds", a list of names.
  const named = (token: Token | undefined): boolean => !token || isKnownWhole(token.text);
  if (named(tokens[last])) return last;
  let at = last;
  for (let items = 0; items < 6; items += 1) {
    const next = tokens[at + 1];
    const after = tokens[at + 2];
    if (!next || text.slice((tokens[at] as Token).end, next.start) !== ', ') return last;
    if (next.text === 'and' && after && isNameWord(after) && !named(after) && joined(text, next, after)) return at + 2;
    if (!isNameWord(next) || named(next) || isCalendarWord(text, next.text, next.end)) return last;
    at += 1;
    // "Culture, Media and Sport": the last item comes after "and", with no comma before it.
    const and = tokens[at + 1];
    const final = tokens[at + 2];
    if (and?.text === 'and' && joined(text, tokens[at] as Token, and) && final && isNameWord(final) && !named(final) && joined(text, and, final)) return at + 2;
  }
  return last;
}

/** A name the gazetteer knows whole, no city ("Brellcorp", not "Springfield", a surname as often). */
function isKnownWhole(word: string): boolean {
  const known = lookupName(word);
  return known !== null && !known.city;
}

/**
 * "VOA | Pentagon correspondent": a body's acronym the gazetteer knows, then another body it knows,
 * are two names; not "BBC Radio Wales", where the words after the acronym are no body of their own.
 */
function bodyBesideBody(tokens: readonly Token[], first: number, last: number): boolean {
  if (last !== first) return false;
  const current = (tokens[last] as Token).text;
  const next = tokens[last + 1]?.text ?? '';
  if (!CAPITALS.test(current) || lookupName(current)?.type !== 'organization') return false;
  return lookupName(next)?.type === 'organization' && !isNamePrefix(`${current} ${next}`);
}

/**
 * "Nurses for Safe Streets", "Scientists for Clean Rivers": a body named after its members, one plural
 * role noun, then "for" and a cause of two capitalised words or more; not "Lawyers for Tom Hale" nor
 * "Lawyers for Acme Corp", whose "for" says whom they act for.
 */
function namedForMembers(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const word = (tokens[first] as Token).text;
  if (first !== last || tokens[last + 1]?.text !== 'for' || !/^\p{Lu}\p{Ll}+s$/u.test(word) || !LEXICON.roleNouns.has(word.slice(0, -1).toLowerCase())) return false;
  const cause: string[] = [];
  for (let index = last + 2; tokens[index] && isNameWord(tokens[index] as Token) && (index === last + 2 || joined(text, tokens[index - 1] as Token, tokens[index] as Token)); index += 1) {
    cause.push((tokens[index] as Token).text);
  }
  const head = cause.at(-1) ?? '';
  return cause.length >= 2 && cause.every((name) => givenNameGender(name) === null && !isTitle(name)) && !LEXICON.orgCues.has(head) && !COMPANY_FORMS.has(head);
}

/**
 * Whether the run's words up to their possessive are a place or body the gazetteer names ("Canada’s",
 * "New Zealand’s"); not a city of the city list, many of which are surnames too ("McDonald’s").
 */
function ownsNext(tokens: readonly Token[], first: number, last: number): boolean {
  const words = tokens.slice(first, last + 1).map((token) => token.text);
  words[words.length - 1] = (words.at(-1) as string).slice(0, -2);
  const owner = lookupName(words.join(' '));
  return owner !== null && !owner.city;
}

/**
 * "Office for the Coordination | of Humanitarian Affairs", "Organisation for the Prohibition | of
 * Chemical Weapons": a body's name that already went on after its head word goes on again.
 */
function connectedAfterCue(tokens: readonly Token[], first: number, last: number): boolean {
  for (let index = first + 1; index < last; index += 1) {
    if (CONNECTORS.has((tokens[index] as Token).text) && LEXICON.orgCues.has((tokens[index - 1] as Token).text)) return true;
  }
  return false;
}

/**
 * "Equality of Opportunity Project": the capitalised words from `from` on end in an organization's
 * head word. Not "Ana Roe of | Chile’s Deep Ice Laboratory", where a possessive ends them.
 */
function endsInCue(text: string, tokens: readonly Token[], from: number): boolean {
  return endsIn(text, tokens, from, LEXICON.orgCues);
}

/** Whether the capitalised words from `from` on, two or more, end in one of `heads` ("Century of | Progress Exposition"). */
function endsIn(text: string, tokens: readonly Token[], from: number, heads: ReadonlySet<string>): boolean {
  let end = from;
  if (!tokens[end] || !isNameWord(tokens[end] as Token)) return false;
  for (let next = tokens[end + 1]; next && isNameWord(next) && !isPossessive(tokens[end] as Token) && joined(text, tokens[end] as Token, next); next = tokens[end + 1]) end += 1;
  return end > from && heads.has(tokens[end]?.text ?? '');
}

/** Whether a given name and a surname, not a body's head word, stand at `at`: "Ana Ruiz", not "Ana Group". */
function startsPersonName(text: string, tokens: readonly Token[], at: number): boolean {
  const given = tokens[at];
  const surname = tokens[at + 1];
  if (!given || !surname || givenNameGender(given.text) === null || !isNameWord(surname) || !joined(text, given, surname)) return false;
  return !isCue(surname.text) && !COMPANY_FORMS.has(surname.text.replace(/\.$/, ''));
}

/** "Bosnia and Herzegovina", "Department of Health and Human Services": "and" inside a name. */
function joinsAnd(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens.slice(first, last + 1).map((token) => token.text);
  if (isNamePrefix(`${before.join(' ')} and`)) return true;
  // "Acme Corp and Lumen Productions": a company's form closes the name before the "and".
  const closing = (before.at(-1) ?? '').replace(/\.$/, '');
  if (COMPANY_FORMS.has(closing) || closing === 'Corp') return false;
  // "the World Bank and Asian Development Bank", "NDB and Harbor Bank": a body the gazetteer names, or
  // an acronym, is a name of its own before "and".
  if (before.length === 1 ? CAPITALS.test(closing) || isKnownWhole(closing) : lookupName(before.join(' ')) !== null) return false;
  // "Rowan Media and Ana Ruiz Productions", "the Interior Ministry and Omar Haddad": a given name
  // and a surname after "and" start a name of their own; not in "Tom and Ana Lee Foundation", whose
  // first name is a given name alone.
  const givenAlone = (before.length === 1 || (before.length === 2 && before[0] === 'The')) && givenNameGender(closing) !== null;
  if (startsPersonName(text, tokens, last + 2) && !givenAlone) return false;
  if (before.some((word) => CONNECTORS.has(word))) return true;
  if (itemOfList(text, tokens, first)) return false;
  // "Brellin and National Tollways Ltd": a body's own first word after "and" opens a name of its own.
  if (LEXICON.orgPrefixes.has(tokens[last + 2]?.text ?? '')) return false;
  // "World Travel and Tourism Council": the words after "and" end in an organization's head word.
  let end = last + 2;
  for (let next = tokens[end + 1]; next && isNameWord(next) && !isPossessive(tokens[end] as Token) && joined(text, tokens[end] as Token, next); next = tokens[end + 1]) end += 1;
  const head = tokens[end]?.text ?? '';
  // "Barnes and Noble Inc" is one company, "Brellin Robotics Ltd and Tyvo Systems Inc" two: a company's
  // form closes a name of its own where a name of two words or more stands before the "and".
  if (COMPANY_FORMS.has(head) && before.length > 1) return false;
  return LEXICON.orgCues.has(head);
}
