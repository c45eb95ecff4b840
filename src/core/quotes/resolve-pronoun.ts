/**
 * Who "he", "she" or "it" (or a role standing for someone) refers to: the subject of the sentence or
 * the ones just before, a role that opened one, whoever was quoted last, or the person the story is
 * about.
 */
import type { Entity } from '../entities/entity';
import { isTitle, LEXICON } from '../entities/lexicon';
import type { Sentence } from '../text/split-sentences';
import type { Found, Mention, SpeakerContext } from './speaker-context';
import { firstMentionAt, isQuoted, mainPerson, mentionsIn, personByRole, sentenceAt, titledAs } from './story-lookups';
import { isSubjectLead } from './subject-lead';
import { isUnnamedSpeaker } from './unnamed-speaker';

export const PRONOUNS: Record<string, 'male' | 'female' | 'it' | 'any'> = { he: 'male', she: 'female', it: 'it' };
/** Stands for a person described by a role ("the Facebook CEO"), of either gender. */
export const SOMEONE = '*';
/** How many mentions back a pronoun (or "the company") looks for whom it stands for. */
export const PRONOUN_REACH = 60;

/** The person (or body, for "it") a pronoun at `at` refers to: the nearest fitting one before it. */
export function resolvePronoun(context: SpeakerContext, word: string, at: number, depth = 0): Found {
  const kind = word === SOMEONE ? 'any' : PRONOUNS[word.toLowerCase()];
  if (!kind) return undefined;
  if ((kind === 'male' || kind === 'female') && isUnnamedSpeaker(context, at, kind)) return null;
  // Walk back from the pronoun, a bounded number of mentions, so long stories stay linear.
  const fitting: Mention[] = [];
  const from = firstMentionAt(context, at) - 1;
  for (let index = from; index >= 0 && index > from - PRONOUN_REACH; index -= 1) {
    const mention = context.mentions[index] as Mention;
    const { entity } = mention;
    // A name inside quotation marks is the speaker's word, not the reporter's: "“I warned Maria
    // twice,” she said" is not Maria.
    if (isQuoted(context, mention.start)) continue;
    if (kind === 'it') {
      if (entity.type === 'organization') return entity;
      continue;
    }
    if (entity.type !== 'person') continue;
    const gender = context.genders.get(entity.id) ?? null;
    if (gender === null || gender === 'either' || kind === 'any' || gender === kind) fitting.push(mention);
  }
  if (fitting.length === 0) return null;
  // "He" is most often the subject of this sentence or the one before ("Jane Doe lost her son.
  // Her husband, Tom, was at work. “…,” she said"), else whoever was quoted just before, else
  // the nearest fitting name.
  const here = sentenceAt(context, at);
  const reach = pronounReach(context, here, word);
  for (const mention of fitting) {
    const sentence = sentenceAt(context, mention.start);
    if (sentence < reach) break;
    const start = (context.sentences[sentence] as Sentence).start;
    // "He was arrested for the call to Omar's offices. During the call, he asked …": a sentence before
    // whose own subject is the same pronoun hands this one on to whomever that one stands for.
    if (sentence < here && depth < CHAIN_DEPTH && kind !== 'it' && kind !== 'any' && startsWithPronoun(context.text, start, word) && !isSubjectLead(context.text.slice(start, mention.start))) {
      return resolvePronoun(context, word, start, depth + 1);
    }
    // "Jessie’s nan, Wendy, was there": the owner of a role is not the sentence's subject.
    if (/^['’]s\s/.test(context.text.slice(mention.end, mention.end + 3))) continue;
    // "Jane Roe ran the bakery with her daughter, Mia.": a person named before in the sentence is its subject, not Mia.
    if (mentionsIn(context, start, mention.start).some((other) => other.entity.type === 'person' && !/^['’]s\s/.test(context.text.slice(other.end, other.end + 3)))) continue;
    // "Smith said …", "The coroner, John Ellery, recorded …": a name at the start, or after a role and a comma.
    const lead = context.text.slice(start, mention.start);
    if (isSubjectLead(lead)) return mention.entity;
  }
  // "Asked …, the senator did not hesitate. “…,” she said": the person the role stands for.
  if (kind === 'male' || kind === 'female') {
    const described = roleSubjectBefore(context, here, reach, kind);
    if (described) return described;
  }
  const pronounBlock = context.sentences[here]?.block ?? 0;
  // "“…,” said Joost Roe. | She was born in 1937 … | “…,” she told a newspaper": past a paragraph of
  // narration, a name whose gender the story never says is a weaker claim on "she" than the woman the
  // story is about.
  const nearest = fitting[0] as Mention;
  if ((kind === 'male' || kind === 'female') && (context.genders.get(nearest.entity.id) ?? null) !== kind && pronounBlock - (context.sentences[sentenceAt(context, nearest.start)]?.block ?? pronounBlock) >= 2) {
    const main = mainPerson(context, kind, at);
    if (main && context.genders.get(main.id) === kind && fitting.some((mention) => mention.entity === main)) return main;
  }
  const { speaker, block } = context.recent;
  if (speaker && pronounBlock - block <= 2 && fitting.some((mention) => mention.entity === speaker)) return speaker;
  // "…a company owned by Scooter Braun. … she described this as …": a name the story says is a woman's
  // (or a man's) over a nearer one whose gender it never says.
  if (kind === 'male' || kind === 'female') {
    const sure = fitting.find((mention) => context.genders.get(mention.entity.id) === kind && sentenceAt(context, mention.start) >= here - GENDER_REACH);
    if (sure && (context.genders.get(nearest.entity.id) ?? null) === null) return sure.entity;
  }
  return nearest.entity;
}

// ASCII classes, as role nouns and titles are: a Unicode property pattern is slow to compile on a page's first story.
/** "Asked …, the senator did not hesitate.": a sentence whose subject is a role after "the". */
const ROLE_SUBJECT = /^(?:[^,;“”"]{0,80},\s+)?the\s+([a-z]+)\s+[a-z]/;

/**
 * The person a role as the subject of a sentence between a pronoun and its reach stands for ("the
 * senator did not hesitate. “…,” she said"): whoever the story described by that role, else the
 * person of the pronoun's gender it named most often with the role's title ("Sen. Ruth Ames").
 */
function roleSubjectBefore(context: SpeakerContext, here: number, reach: number, gender: 'male' | 'female'): Entity | undefined {
  for (let index = here - 1; index > reach && index >= 0; index -= 1) {
    const sentence = context.sentences[index] as Sentence;
    const role = ROLE_SUBJECT.exec(context.text.slice(sentence.start, sentence.end))?.[1];
    if (!role || !(LEXICON.roleNouns.has(role) || isTitle(role))) continue;
    const described = personByRole(context, role, sentence.start);
    const fits = (entity: Entity): boolean => [gender, 'either', null].includes(context.genders.get(entity.id) ?? null);
    if (described && fits(described)) return described;
    const titled = titledAs(context, role);
    return titled.size > 0 ? (mainPerson(context, gender, sentence.start, titled) ?? undefined) : undefined;
  }
  return undefined;
}

/** How many sentences back a name of the pronoun's own gender outweighs a nearer one of no known gender. */
const GENDER_REACH = 3;
/** How many pronouns a chain of sentences opened by the same pronoun may hand on. */
const CHAIN_DEPTH = 3;

/** Whether the sentence at `start` opens with `word` as its subject ("He was arrested …"). */
function startsWithPronoun(text: string, start: number, word: string): boolean {
  const opening = text.slice(start, start + word.length + 1);
  return opening.slice(0, word.length).toLowerCase() === word.toLowerCase() && /\s/.test(opening.at(-1) ?? '');
}

/** How many sentences of the reporter's a pronoun's chain may run back over ("She laughed. … she said"). */
const CHAIN_REACH = 3;
/** Each pronoun as a word of a sentence, compiled once ("he" in "he said", not in "the" or "where"). */
const PRONOUN_WORDS: Partial<Record<string, RegExp>> = Object.fromEntries(Object.keys(PRONOUNS).map((pronoun) => [pronoun, new RegExp(`(?:^|[^A-Za-z])${pronoun}(?![A-Za-z])`, 'i')]));

/**
 * The earliest sentence whose subject a pronoun in sentence `here` may take: the sentence before it,
 * or further back while the sentences between name no one: its own paragraph's (a quotation's
 * earlier sentences, "“Honestly? I just ran,” he said"), and earlier paragraphs' going on with the
 * same pronoun ("Grace is a student. Asked whether she would stay, she laughed. “…,” she said").
 */
function pronounReach(context: SpeakerContext, here: number, word: string): number {
  const { sentences, text } = context;
  const block = sentences[here]?.block;
  const same = PRONOUN_WORDS[word.toLowerCase()];
  let reach = here - 1;
  let chain = 0;
  while (reach > 0) {
    const sentence = sentences[reach] as Sentence;
    if (mentionsIn(context, sentence.start, sentence.end).some((mention) => mention.entity.type === 'person')) break;
    if (sentence.block !== block) {
      if (!same || chain >= CHAIN_REACH || !same.test(text.slice(sentence.start, sentence.end))) break;
      chain += 1;
    }
    reach -= 1;
  }
  return reach;
}
