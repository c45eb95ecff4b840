/**
 * What the speaker rules read once per story: every mention in text order, each person's gender (from
 * the given name, a courtesy title, a role such as "his mother", or a "She …" that follows the only
 * person named) and which person each role noun describes ("her mother, Fiona Parry").
 */
import type { Entity } from '../entities/entity';
import { givenNameGender } from '../entities/gazetteer';
import { isTitle, LEXICON } from '../entities/lexicon';
import type { Sentence } from '../text/split-sentences';
import { wordBefore } from '../text/word-before';
import type { QuoteSpans } from './find-quote-spans';

/** One mention of an entity, for finding who stands next to a verb of saying. */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly entity: Entity;
}

export type Speaker = Entity | null;
/** `undefined`: this rule found nothing; `null`: the story names no one ("officials said"). */
export type Found = Speaker | undefined;

export interface SpeakerContext {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  /** the title before each person's mention ("Sen", "Senator"), by the mention's index */
  readonly titles: ReadonlyArray<string | undefined>;
  /** gender of each person entity by id, from its given name */
  readonly genders: ReadonlyMap<string, 'male' | 'female' | 'either' | null>;
  /** where each block's last sentence ends */
  readonly blockEnds: ReadonlyMap<number, number>;
  /** who was quoted last, and in which block: the likeliest "he" of the next quotation */
  readonly recent: { speaker: Entity | null; block: number };
  /** people the story has described by a role ("her mother, Fiona Parry"), by role, in text order */
  readonly roles: ReadonlyMap<string, ReadonlyArray<{ at: number; entity: Entity }>>;
  /** the story's quotations, in text order (filled by `speakerSteps`) */
  readonly quoted: QuoteSpans[];
}

export function speakerContext(text: string, sentences: readonly Sentence[], entities: readonly Entity[]): SpeakerContext {
  const mentions: Mention[] = [];
  const genders = new Map<string, 'male' | 'female' | 'either' | null>();
  for (const entity of entities) {
    for (const span of entity.mentions) mentions.push({ ...span, entity });
    if (entity.type === 'person') genders.set(entity.id, givenNameGender(entity.name.split(' ')[0] ?? ''));
  }
  mentions.sort((a, b) => a.start - b.start);
  const blockEnds = new Map<number, number>();
  for (const sentence of sentences) blockEnds.set(sentence.block, sentence.end);
  // "His mother, Nikita,": what the story calls a person says more than a list of given names.
  const people: PersonMention[] = [];
  const titles: Array<string | undefined> = [];
  /** people whose gender a role or a courtesy title told, not a list of given names */
  const told = new Set<string>();
  for (const mention of mentions) {
    titles.push(mention.entity.type === 'person' ? wordBefore(text, mention.start, TITLE_REACH, 'title', '.') : undefined);
    if (mention.entity.type !== 'person') continue;
    const roleBefore = wordBefore(text, mention.start, ROLE_REACH, 'letters', ',');
    people.push({ mention, roleBefore });
    // "Mrs Pemberton", "Mr. Obama": a courtesy title tells the gender as surely as "his mother" does.
    const title = wordBefore(text, mention.start, COURTESY_REACH, 'title', '.') ?? '';
    const courtesy = isTitle(title) ? title.toLowerCase() : '';
    const role = LEXICON.femaleRoles.has(courtesy) || LEXICON.maleRoles.has(courtesy) ? courtesy : (roleBefore ?? headRoleAfter(text, mention) ?? '').toLowerCase();
    const gender = roleGender(role, mention.entity) ?? predicateGender(text, mention);
    if (gender) {
      genders.set(mention.entity.id, gender);
      told.add(mention.entity.id);
    } else if ((genders.get(mention.entity.id) ?? 'either') === 'either' && !told.has(mention.entity.id)) {
      // "Casey Lund said she would appeal": a name of either sex (or of none the lists know) is
      // told by the pronoun its own verb of saying reports with.
      const said = saidPronoun(text, mention);
      if (said) genders.set(mention.entity.id, said);
    }
  }
  pronounGenders(text, sentences, mentions, genders, told);
  return { text, sentences, mentions, titles, genders, blockEnds, recent: { speaker: null, block: -1 }, roles: rolesOf(text, people), quoted: [] };
}

const genderOf = (role: string): 'female' | 'male' | null => (LEXICON.femaleRoles.has(role) ? 'female' : LEXICON.maleRoles.has(role) ? 'male' : null);

/**
 * "campaign spokesman Maya Roe": a job noun in -man is written of women too, as AP style long had it,
 * so a woman's given name outweighs it; family roles and courtesy titles still tell.
 */
function roleGender(role: string, entity: Entity): 'female' | 'male' | null {
  const gender = genderOf(role);
  if (gender === 'male' && role.endsWith('man') && givenNameGender(entity.name.split(' ')[0] ?? '') === 'female') return null;
  return gender;
}

/** "Roe is one of the first two women elected", "Roe was a mother of three": the predicate after a name. */
const PREDICATE = /^ (?:is|was) (?:one of )?(?:the|a|an) ((?:[\p{L}\d-]+ ?){1,5})/u;

/** The gender a predicate noun tells ("women", "a mother"), read only where "is" or "was" follows the name. */
function predicateGender(text: string, mention: Mention): 'female' | 'male' | null {
  const after = text.slice(mention.end, mention.end + 4);
  if (after !== ' is ' && after !== ' was') return null;
  const words = PREDICATE.exec(text.slice(mention.end, mention.end + 80));
  if (!words) return null;
  for (const word of (words[1] ?? '').split(' ')) {
    const singular = word === 'women' ? 'woman' : word === 'men' ? 'man' : word.replace(/s$/, '');
    const gender = genderOf(word) ?? genderOf(singular);
    if (gender) return gender;
  }
  return null;
}

/** A name's verb of saying and the pronoun it reports with: ", 34, said she", " told reporters that he". */
const SAID_PRONOUN = /^(?:,[^,;.“”"]{1,40},)?\s+(?:said|says|told\s+[a-z]+|added|insisted|argued|explained|wrote)\s+(?:that\s+)?(he|she)\s/;

/** The gender "X said she …" tells of X, read only where a verb of saying follows the name. */
function saidPronoun(text: string, mention: Mention): 'female' | 'male' | null {
  const pronoun = SAID_PRONOUN.exec(text.slice(mention.end, mention.end + 80))?.[1];
  return pronoun === 'she' ? 'female' : pronoun === 'he' ? 'male' : null;
}

/** A sentence opening with a pronoun and a verb: "She was born in 1937", "He shook his head". */
const PRONOUN_OPENING = /^(he|she)\s+[a-z]/i;

/**
 * "Adaeze Obi runs the shop. She opened it in 2010.": where a sentence names one person and the next
 * opens with "he" or "she" and names no one, the story tells that person's gender, which no list of
 * given names may know (or knows wrongly). Read before any pronoun is resolved, in one pass.
 */
function pronounGenders(text: string, sentences: readonly Sentence[], mentions: readonly Mention[], genders: Map<string, 'male' | 'female' | 'either' | null>, told: ReadonlySet<string>): void {
  let at = 0;
  const peopleIn = (sentence: Sentence): Entity[] => {
    while (at < mentions.length && (mentions[at] as Mention).start < sentence.start) at += 1;
    const found = new Set<Entity>();
    for (let index = at; index < mentions.length && (mentions[index] as Mention).start < sentence.end; index += 1) {
      const { entity } = mentions[index] as Mention;
      if (entity.type === 'person') found.add(entity);
    }
    return [...found];
  };
  let people = sentences[0] ? peopleIn(sentences[0]) : [];
  for (let index = 1; index < sentences.length; index += 1) {
    const sentence = sentences[index] as Sentence;
    const here = peopleIn(sentence);
    const pronoun = PRONOUN_OPENING.exec(text.slice(sentence.start, sentence.start + 12))?.[1]?.toLowerCase();
    const only = people.length === 1 ? people[0] : undefined;
    // The sentence before may close the paragraph before, as in stories of one-sentence paragraphs,
    // where it quotes no one (a new paragraph's "She" after "“…,” said Joost Brink" is most often the
    // woman the story is about); the story's "she" outweighs a list that knows "Taylor" as a man's name,
    // not a role or a title.
    const before = sentences[index - 1] as Sentence;
    const adjacent = before.block === sentence.block || (before.block === sentence.block - 1 && !/[“”"]/.test(text.slice(before.start, before.end)));
    if (pronoun && only && here.length === 0 && adjacent && !told.has(only.id)) {
      genders.set(only.id, pronoun === 'he' ? 'male' : 'female');
    }
    people = here;
  }
}

/** How far before a name its role is read: "her mother, Fiona Parry", "coroner John Ellery". */
const ROLE_REACH = 30;
/** How far before a name a courtesy title is read: "Mrs Pemberton", "Mr. Obama". */
const COURTESY_REACH = 8;
/** How far before a name the title `titledAs` compares is read: "Sen. Ruth Ames", "Senator Ruth Ames". */
const TITLE_REACH = 20;
const COMMA = 44;
/** "Nikita, his mother,", "Tom, Ada's husband,": an apposition that is just a relation. */
const HEAD_ROLE_AFTER = /^,\s+(?:(?:the|his|her|their)\s+|\p{L}+['’]s\s+)?(\p{L}+)[,.;]/u;
/** "Fiona Parry, Eloise's mother,". */
const ROLE_AFTER = /^,\s+([^,.;:“”"]{1,60})[,.;]/u;

/** A person's mention with the word before it, read once for both the gender and the roles. */
interface PersonMention {
  readonly mention: Mention;
  readonly roleBefore: string | undefined;
}

// Both patterns open with a comma: the check spares a slice for every mention that is not followed by one.
const headRoleAfter = (text: string, mention: Mention): string | undefined =>
  text.charCodeAt(mention.end) === COMMA ? HEAD_ROLE_AFTER.exec(text.slice(mention.end, mention.end + 40))?.[1] : undefined;
const roleAfter = (text: string, mention: Mention): string | undefined =>
  text.charCodeAt(mention.end) === COMMA ? ROLE_AFTER.exec(text.slice(mention.end, mention.end + 70))?.[1] : undefined;

/** A lower-case role, its preposition and the capitalised name of where it serves, just before a name. */
const OFFICE_BEFORE = /\b([a-z]+) (?:to|of|for) (?:the )?(?:\p{Lu}[\p{L}.]* ){1,3}$/u;

/** Which person each role noun of the story describes, so that "her mother said" finds her. */
function rolesOf(text: string, people: readonly PersonMention[]): Map<string, Array<{ at: number; entity: Entity }>> {
  const roles = new Map<string, Array<{ at: number; entity: Entity }>>();
  const add = (role: string, at: number, entity: Entity): void => {
    const key = role.toLowerCase();
    if (!LEXICON.roleNouns.has(key)) return;
    const list = roles.get(key);
    if (list) list.push({ at, entity });
    else roles.set(key, [{ at, entity }]);
  };
  for (const { mention, roleBefore } of people) {
    if (roleBefore) add(roleBefore, mention.start, mention.entity);
    // "Norway’s ambassador to Chile Qiao Wenjun": the role before the place it serves.
    const window = text.slice(Math.max(0, mention.start - 60), mention.start);
    const office = / (?:to|of|for) /.test(window) ? OFFICE_BEFORE.exec(window)?.[1] : undefined;
    if (office) add(office, mention.start, mention.entity);
    const after = roleAfter(text, mention);
    if (after) for (const word of after.split(/\s+/)) add(word.replace(/['’]s$/, ''), mention.start, mention.entity);
  }
  return roles;
}
