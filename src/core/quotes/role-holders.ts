/**
 * The person a description stands for: an office after "the" ("the Prime Minister"), an age ("the
 * 45-year-old"), a role in the lede ("a magistrate ruled"), and the subject a participle hangs on.
 */
import type { Entity } from '../entities/entity';
import { isTitle, LEXICON } from '../entities/lexicon';
import type { Token } from '../text/tokenise';
import { tokenise } from '../text/tokenise';
import { PRONOUNS, SOMEONE, resolvePronoun } from './resolve-pronoun';
import type { Found, Mention, SpeakerContext } from './speaker-context';
import { verbsIn } from './speech-verbs';
import { firstMentionAt, mentionsIn, personByRole, sentenceAt, titledAs } from './story-lookups';
import { LETTERS_THEN_COMMA, SUBJECT_REACH } from './subject-lead';

/** A title or a word inside one, hyphenated ones too ("Attorney-General", "Director-General"). */
const isOfficeWord = (word: string): boolean => word.split('-').every((part) => isTitle(part) || LEXICON.titleModifiers.has(part));

/** A title, hyphenated ones too ("Attorney-General"), not a word that only qualifies one ("Prime", "Police"). */
export const isOfficeTitle = (word: string): boolean => isOfficeWord(word) && word.split('-').some((part) => isTitle(part));

/** A capitalised office word ("Minister", "Prime"), not an acronym ("CEO", which qualifies a body's chief). */
const OFFICE_WORD = /^[A-Z][a-z]/;

/**
 * "the Prime Minister said", "the President said": an office, capitalised right after "the", is one
 * particular holder: whoever the story named with that title ("Prime Minister Dawit Alemu"), else
 * someone the story does not name, never the nearest person. `undefined` where `words[last]` ends no
 * such office ("the Facebook CEO", "the coroner").
 */
export function officeHolder(context: SpeakerContext, words: readonly Token[], last: number): Found {
  let first = last;
  while (first > 0 && first > last - 3 && OFFICE_WORD.test(words[first]?.text ?? '') && isOfficeWord((words[first] as Token).text)) first -= 1;
  if (first === last || !/^the$/i.test(words[first]?.text ?? '')) return undefined;
  const office = words.slice(first + 1, last + 1).map((word) => word.text).join(' ');
  const before = firstMentionAt(context, (words[first] as Token).start);
  for (let index = before - 1; index >= 0; index -= 1) {
    const mention = context.mentions[index] as Mention;
    if (mention.entity.type === 'person' && context.text.slice(Math.max(0, mention.start - office.length - 1), mention.start) === `${office} `) return mention.entity;
  }
  return null;
}

/**
 * "the United boss said": an informal word for whoever runs a body stands for the person the story
 * introduced by a formal role before `words[last]`: the one qualified by the same words ("the United
 * manager, Ian Dale") where the word is qualified, else the last one. `undefined` where none.
 */
export function leaderHolder(context: SpeakerContext, words: readonly Token[], last: number): Entity | undefined {
  const word = words[last];
  if (!word || !LEXICON.leaderWords.has(word.text.toLowerCase())) return undefined;
  let first = last;
  while (first > 0 && /^[A-Z]/.test(words[first - 1]?.text ?? '')) first -= 1;
  const qualifier = words.slice(first, last).map((token) => token.text).join(' ');
  let found: { at: number; entity: Entity } | undefined;
  for (const role of LEXICON.leaderRoles) {
    for (const item of context.roles.get(role) ?? []) {
      if (item.at >= word.start || (found && found.at > item.at)) continue;
      if (qualifier && !context.text.slice(Math.max(0, item.at - QUALIFIER_REACH), item.at).includes(qualifier)) continue;
      found = item;
    }
  }
  return found?.entity;
}

/** How far before a person's name the words qualifying their role are looked for ("the United manager, "). */
const QUALIFIER_REACH = 60;

const AGE_WORD = /^(\d{1,3})-year-old$/;
/** "the teenager", "the teen": someone the story gave an age from 13 to 19. */
const TEEN_WORD = /^teen(?:ager)?$/i;
const isTeen = (age: number): boolean => age >= 13 && age <= 19;

/**
 * The person the story gave the age that "the 45-year-old" (before the verb, in `words` up to `last`)
 * names, or a teenage age for "the teenager"; `undefined` where none.
 */
export function ageHolder(context: SpeakerContext, words: readonly Token[], last: number): Entity | undefined {
  for (let index = last; index >= Math.max(1, last - 2); index -= 1) {
    const word = words[index] as Token;
    const age = AGE_WORD.exec(word.text)?.[1];
    const fits = age ? (years: number) => years === Number(age) : TEEN_WORD.test(word.text) ? isTeen : undefined;
    if (!fits) continue;
    if (!/^the$/i.test(words[index - 1]?.text ?? '')) return undefined;
    return agedBefore(context, word.start, fits);
  }
  return undefined;
}

/** The last person before `at` the story gave a fitting age: "Jane Roe, 45," or "45-year-old Jane Roe". */
function agedBefore(context: SpeakerContext, at: number, fits: (years: number) => boolean): Entity | undefined {
  let found: Entity | undefined;
  for (const mention of context.mentions) {
    if (mention.start >= at) break;
    if (mention.entity.type !== 'person') continue;
    const after = /^,\s*(\d{1,3})\b/.exec(context.text.slice(mention.end, mention.end + 6))?.[1];
    const before = /(\d{1,3})-year-old $/.exec(context.text.slice(Math.max(0, mention.start - 14), mention.start))?.[1];
    if ((after && fits(Number(after))) || (before && fits(Number(before)))) found = mention.entity;
  }
  return found;
}

/**
 * "… was refused bail after a magistrate ruled he posed an “unacceptable risk”": a lede keeps the
 * names for later, so a role there is the one person the story names with that title ("Magistrate
 * Ana Roe"); where it titles none or several, no one.
 */
export function ledeRoleHolder(context: SpeakerContext, role: Token): Entity | undefined {
  const first = context.sentences[0];
  if (!first || (context.sentences[sentenceAt(context, role.start)]?.block ?? Infinity) > first.block + 1) return undefined;
  const titled = titledAs(context, role.text.toLowerCase());
  return titled.size === 1 ? [...titled][0] : undefined;
}

/**
 * The subject of the clause a participle hangs on ("The judge rejected the request, saying …",
 * "… after Dana Roe walked out, accusing …"): a name or pronoun opening the sentence, a role opening
 * it ("The judge"), else the nearest person before the participle.
 */
export function clauseSubject(context: SpeakerContext, at: number): Found {
  const sentence = context.sentences[sentenceAt(context, at)];
  if (!sentence) return undefined;
  // "“It was fine,” she said, adding …": the clause opens after the quotation that opens the sentence.
  // "Hale cannot say that “…,” Roe added, saying …": the attribution after a quotation inside the sentence.
  const start = quotationOpening(context, sentence.start, at) ?? attributionAfterQuotation(context, sentence.start, at) ?? sentence.start;
  // "Roe left as soon as prayers ended, Hale said, adding, “…”": the name of an inverted attribution just before.
  const reporter = reporterBefore(context, Math.max(start, at - ATTRIBUTION_REACH), at);
  if (reporter) return reporter;
  const near = mentionsIn(context, start, Math.min(at, start + 2 * SUBJECT_REACH));
  // "The leader of the Party, Jane Roe, condemned …": the person in apposition to the opening role.
  const apposed = near.find((mention) => mention.entity.type === 'person' && LETTERS_THEN_COMMA.test(context.text.slice(start, mention.start)));
  if (apposed) return apposed.entity;
  // "At Harbour Bank, chief economist Ida Berg told …": a name after an opening preposition is where, not who.
  const opening = near.find((mention) => mention.entity.type !== 'place' && !OPENING_PREPOSITION.test(context.text.slice(start, mention.start)));
  // "Lumio chief executive Dara Quinlan on Tuesday defended …": the person the body's name qualifies.
  const headed = opening && near.find((mention) => mention.entity.type === 'person' && mention.start > opening.end && /^\s+(?:[A-Za-z][A-Za-z.-]*\s+){0,3}$/.test(context.text.slice(opening.end, mention.start)) && tokenise(context.text, opening.end, mention.start).every((word) => isTitle(word.text) || LEXICON.roleNouns.has(word.text.toLowerCase()) || LEXICON.titleModifiers.has(word.text)));
  if (headed && opening.entity.type === 'organization') return headed.entity;
  if (opening && opening.start - start <= SUBJECT_REACH && !/[,;(]/.test(context.text.slice(start, opening.start))) return opening.entity;
  const words = tokenise(context.text, start, Math.min(at, start + 60)).slice(0, 3);
  const first = words[0];
  if (first && PRONOUNS[first.text.toLowerCase()]) return resolvePronoun(context, first.text, first.start);
  // "During the call, he asked …": a pronoun after an opening phrase and its comma.
  const opened = OPENING_THEN_PRONOUN.exec(context.text.slice(start, at));
  if (opened) return resolvePronoun(context, opened[2] as string, start + (opened[1] as string).length);
  const role = words[1];
  if (first && role && /^the$/i.test(first.text) && (LEXICON.roleNouns.has(role.text.toLowerCase()) || isTitle(role.text))) {
    // "The spokesman refused …, adding: “…”": one who speaks for someone is named or no one, never whom they speak for.
    if (SPEAKS_FOR.test(role.text)) return personByRole(context, role.text, role.start) ?? null;
    return personByRole(context, role.text, role.start) ?? resolvePronoun(context, SOMEONE, role.start);
  }
  // "Norway’s ambassador to Chile warned …": a role owned by a country or a body, whose holder the story
  // may name only further on ("ambassador Qiao Wenjun").
  if (first && role && /^\p{Lu}.*['’]s$/u.test(first.text) && LEXICON.roleNouns.has(role.text)) {
    return personByRole(context, role.text, role.start, HOLDER_AHEAD);
  }
  const people = mentionsIn(context, start, at).filter((mention) => mention.entity.type === 'person');
  return people.at(-1)?.entity;
}

/** Roles of people who speak for a body or a person. */
const SPEAKS_FOR = /^(?:spokesman|spokeswoman|spokesperson)$/i;

/** How far ahead of a role opening a clause the story may name its holder. */
const HOLDER_AHEAD = 600;

/** An opening phrase, its comma, then "he" or "she" as the clause's subject. */
const OPENING_THEN_PRONOUN = /^([^,;“”"]{1,60},\s+)(he|she)\s+[a-z]/i;

/** A preposition opening the sentence before a name: "In ", "At the ". */
const OPENING_PREPOSITION = /^(?:in|at|from|on|inside|outside|across|near)\s+(?:the\s+)?$/i;

/** How far before a participle the attribution of a quotation may begin ("…,” Roe added, saying"). */
const ATTRIBUTION_REACH = 60;

/**
 * Where the last quotation in `[from, at)` closes, where what follows it up to `at` is its own
 * attribution, a verb of saying and a comma ("…,” Roe added, saying …"), which the participle at `at`
 * goes on.
 */
function attributionAfterQuotation(context: SpeakerContext, from: number, at: number): number | undefined {
  const quote = context.quoted.findLast((candidate) => candidate.open >= from && candidate.close < at);
  if (!quote || at - quote.close > ATTRIBUTION_REACH || !/,\s*$/.test(context.text.slice(quote.close, at))) return undefined;
  return verbsIn(tokenise(context.text, quote.close, at)).length > 0 ? quote.close : undefined;
}

/** ", Hale said, ", ", Hale told reporters, ": a name and its verb of saying set off by commas, up to a participle. */
const REPORTER_AFTER = /^\s+(?:said|says|added|told\s+[a-z]+),\s*$/;

/** The person of the attribution set off by commas that ends just before `at` (", Hale said, adding"). */
function reporterBefore(context: SpeakerContext, from: number, at: number): Entity | undefined {
  const named = mentionsIn(context, from, at).at(-1);
  if (!named || named.entity.type !== 'person' || !REPORTER_AFTER.test(context.text.slice(named.end, at))) return undefined;
  return /,\s*$/.test(context.text.slice(Math.max(from, named.start - 3), named.start)) ? named.entity : undefined;
}

/** Where the quotation that opens a sentence at `from` closes, if it closes before `at`. */
function quotationOpening(context: SpeakerContext, from: number, at: number): number | undefined {
  const quote = context.quoted.find((candidate) => candidate.open >= from && candidate.open <= from + 1);
  return quote && quote.close < at ? quote.close : undefined;
}
