import type { Entity } from '../entities/entity';
import { givenNameGender } from '../entities/gazetteer';
import { isTitle, LEXICON } from '../entities/lexicon';
import type { Sentence } from '../text/split-sentences';
import type { Token } from '../text/tokenise';
import { tokenise } from '../text/tokenise';
import { wordBefore, wordSpanBefore } from '../text/word-before';
import type { QuoteSpans } from './find-quote-spans';

/** One mention of an entity, for finding who stands next to a verb of saying. */
interface Mention {
  readonly start: number;
  readonly end: number;
  readonly entity: Entity;
}

type Speaker = Entity | null;
/** `undefined`: this rule found nothing; `null`: the story names no one ("officials said"). */
type Found = Speaker | undefined;

const PRONOUNS: Record<string, 'male' | 'female' | 'it' | 'any'> = { he: 'male', she: 'female', it: 'it' };
/** Stands for a person described by a role ("the Facebook CEO"), of either gender. */
const SOMEONE = '*';
// "one of them said", "some of those present said": people the story does not name.
const UNNAMED = /^(?:a|an|the|one|another|some|many|officials?|police|authorities|experts?|critics|residents|witnesses|sources|people|they|them|those|we|us|i|you|his|her|their|its|several|two|three|both)$/i;
const WINDOW = 14;
const PRONOUN_REACH = 60;
/** How many mentions back "the company" looks for a body named with that noun before taking the nearest. */
const NOUN_REACH = 8;
/** How far into its sentence a name may start and still be the sentence's subject. */
const SUBJECT_REACH = 30;
/** Nouns that stand for an organization named before: "the company said". */
const BODIES = new Set(['company', 'firm', 'group', 'agency', 'ministry', 'department', 'organization', 'organisation', 'party', 'council', 'committee', 'retailer', 'bank', 'network', 'newspaper', 'union', 'charity', 'campaign', 'board', 'commission', 'institute', 'university', 'court', 'club', 'team', 'chain', 'startup', 'airline', 'insurer', 'museum', 'observatory', 'militia', 'movement', 'office']);
/** Nouns any business goes by, named so or not: they point to the nearest body, not to one with the noun in its name. */
const ANY_BODY = new Set(['company', 'firm', 'group', 'retailer', 'chain', 'startup']);
/** What a body publishes: "the report said" quotes whoever wrote it, the body named before. */
const DOCUMENTS = new Set(['report', 'study', 'survey', 'analysis', 'statement', 'paper', 'filing', 'lawsuit', 'complaint', 'memo', 'letter', 'release', 'website', 'post', 'message', 'text', 'email', 'note', 'tweet', 'ad', 'advert', 'advertisement', 'page', 'caption']);
/** A document noun, one or several: "the report", "the council's ads". */
const isDocument = (word: string): boolean => DOCUMENTS.has(word) || (word.endsWith('s') && DOCUMENTS.has(word.slice(0, -1)));
/** Verbs of sending what a document noun names: "she had messaged her sister … “…,” the message read", "the video she posted … “…,” the caption reads". */
const SENT = /^(?:messaged|texted|emailed|e-mailed|tweeted|posted|wrote|written|sent)$/;
const AUXILIARIES = new Set(['would', 'will', 'could', 'can', 'may', 'might', 'must', 'should', 'has', 'had', 'have', 'was', 'is', 'did', 'does', 'also', 'then', 'later', 'once', 'again', 'repeatedly', 'previously', 'recently', 'often', 'never', 'not', 'publicly', 'privately', 'reportedly', 'allegedly', 'still', 'further', 'even', 'just']);
/** Verbs that put their subject after them: "…,” said Smith. */
const INVERTS = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'explained', 'noted', 'continued', 'recalled', 'asked', 'argued', 'insisted', 'warned', 'replied', 'responded', 'stated', 'declared', 'announced', 'observed', 'remarked', 'cautioned', 'conceded', 'acknowledged', 'admitted']);

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
  for (const mention of mentions) {
    titles.push(mention.entity.type === 'person' ? wordBefore(text, mention.start, TITLE_REACH, 'title', '.') : undefined);
    if (mention.entity.type !== 'person') continue;
    const roleBefore = wordBefore(text, mention.start, ROLE_REACH, 'letters', ',');
    people.push({ mention, roleBefore });
    // "Mrs Pemberton", "Mr. Obama": a courtesy title tells the gender as surely as "his mother" does.
    const title = wordBefore(text, mention.start, COURTESY_REACH, 'title', '.') ?? '';
    const courtesy = isTitle(title) ? title.toLowerCase() : '';
    const role = LEXICON.femaleRoles.has(courtesy) || LEXICON.maleRoles.has(courtesy) ? courtesy : (roleBefore ?? headRoleAfter(text, mention) ?? '').toLowerCase();
    const gender = LEXICON.femaleRoles.has(role) ? 'female' : LEXICON.maleRoles.has(role) ? 'male' : null;
    if (gender) genders.set(mention.entity.id, gender);
  }
  pronounGenders(text, sentences, mentions, genders);
  return { text, sentences, mentions, titles, genders, blockEnds, recent: { speaker: null, block: -1 }, roles: rolesOf(text, people), quoted: [] };
}

/** A sentence opening with a pronoun and a verb: "She was born in 1937", "He shook his head". */
const PRONOUN_OPENING = /^(he|she)\s+[a-z]/i;

/**
 * "Adaeze Obi runs the shop. She opened it in 2010.": where a sentence names one person and the next,
 * in the same paragraph, opens with "he" or "she" and names no one, the story tells that person's
 * gender, which no list of given names may know. Read before any pronoun is resolved, in one pass.
 */
function pronounGenders(text: string, sentences: readonly Sentence[], mentions: readonly Mention[], genders: Map<string, 'male' | 'female' | 'either' | null>): void {
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
    if (pronoun && only && here.length === 0 && sentences[index - 1]?.block === sentence.block) {
      const known = genders.get(only.id) ?? null;
      if (known === null || known === 'either') genders.set(only.id, pronoun === 'he' ? 'male' : 'female');
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
    const after = roleAfter(text, mention);
    if (after) for (const word of after.split(/\s+/)) add(word.replace(/['’]s$/, ''), mention.start, mention.entity);
  }
  return roles;
}

/** The person last described by this role before `at`. */
function personByRole(context: SpeakerContext, role: string, at: number, ahead = 0): Entity | undefined {
  const list = context.roles.get(role.toLowerCase());
  let found: Entity | undefined;
  for (const item of list ?? []) if (item.at < at) found = item.entity;
  if (!found && ahead > 0) found = list?.find((item) => item.at > at && item.at - at <= ahead)?.entity;
  // A headline speaks of people the story introduces below it ("Mother warns …").
  return found ?? (at < (context.sentences[0]?.end ?? 0) ? list?.[0]?.entity : undefined);
}

// "his remarks", "in a statement", "the reports": a noun, not a verb of saying.
const NOT_BEFORE_VERB = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'this', 'that', 'these', 'those', 'in', 'of', 'with', 'for', 'on', 'by', 'to', 'whose']);

const GERUND_PREPOSITIONS = new Set(['by', 'in', 'with', 'for', 'on', 'of']);

function verbsIn(tokens: readonly Token[]): Token[] {
  // Lower-cased: title-case headlines capitalise their verbs ("Mother Warns …").
  // "by saying", "after adding": a gerund after a preposition still attributes.
  return tokens.filter((token, index) => {
    if (!LEXICON.speechVerbs.has(token.text.toLowerCase())) return false;
    const before = tokens[index - 1]?.text.toLowerCase() ?? '';
    return !NOT_BEFORE_VERB.has(before) || (token.text.endsWith('ing') && GERUND_PREPOSITIONS.has(before));
  });
}

/** Index of the first mention starting at or after `offset`. */
function firstMentionAt(context: SpeakerContext, offset: number): number {
  let low = 0;
  let high = context.mentions.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((context.mentions[mid] as Mention).start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function mentionsIn(context: SpeakerContext, start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (let index = firstMentionAt(context, start); index < context.mentions.length; index += 1) {
    const mention = context.mentions[index] as Mention;
    if (mention.start >= end) break;
    if (mention.end <= end) out.push(mention);
  }
  return out;
}

/** The person (or body, for "it") a pronoun at `at` refers to: the nearest fitting one before it. */
function resolvePronoun(context: SpeakerContext, word: string, at: number): Found {
  const kind = word === SOMEONE ? 'any' : PRONOUNS[word.toLowerCase()];
  if (!kind) return undefined;
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
  return (fitting[0] as Mention).entity;
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

/** The people the story names with a title that is, or abbreviates, `role` ("Sen." and "Senator" for "senator"). */
function titledAs(context: SpeakerContext, role: string): Set<Entity> {
  const titled = new Set<Entity>();
  context.mentions.forEach((mention, index) => {
    const title = context.titles[index];
    const word = title?.toLowerCase() ?? '';
    if (title && isTitle(title) && (word === role || (word.length >= 3 && role.startsWith(word)))) titled.add(mention.entity);
  });
  return titled;
}

/**
 * "… was refused bail after a magistrate ruled he posed an “unacceptable risk”": a lede keeps the
 * names for later, so a role there is the one person the story names with that title ("Magistrate
 * Ana Roe"); where it titles none or several, no one.
 */
function ledeRoleHolder(context: SpeakerContext, role: Token): Entity | undefined {
  const first = context.sentences[0];
  if (!first || (context.sentences[sentenceAt(context, role.start)]?.block ?? Infinity) > first.block + 1) return undefined;
  const titled = titledAs(context, role.text.toLowerCase());
  return titled.size === 1 ? [...titled][0] : undefined;
}

/** Whether `at` lies inside one of the story's quotations. */
function isQuoted(context: SpeakerContext, at: number): boolean {
  const { quoted } = context;
  let low = 0;
  let high = quoted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((quoted[mid] as QuoteSpans).open <= at) low = mid + 1;
    else high = mid;
  }
  const quote = quoted[low - 1];
  return quote !== undefined && at < quote.close;
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

/** "The coroner, ", "The leader of the Party, ": words and a comma before a name. */
const LETTERS_THEN_COMMA = /^[\p{L}\s'’]*,\s*$/u;
/** A name's relation to a person named before it: "Jessie’s nan, ", "Tom Reed’s younger sister, ". */
const OWNER_ROLE = /^(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+,\s*$/u;
/** Lower-case words that may stand before a sentence's subject ("On Monday, the coroner, X"); a verb may not ("Asked whether he would meet X"). */
const LEAD_WORDS = new Set(['the', 'a', 'an', 'on', 'in', 'at', 'by', 'last', 'this', 'that', 'earlier', 'later', 'meanwhile', 'but', 'and', 'then', 'so', 'yet', 'now', 'also', 'of', 'for', 'from', 'her', 'his', 'their', 'its', 'our', 'mr', 'mrs', 'ms', 'dr']);
/**
 * Whether a name after `lead` (the sentence's words before it) is the sentence's subject: "Smith
 * said", "The union's chairperson, Ana Roe, said", "At a clinic in Lubbock, nurse Ana Roe said";
 * not "Asked whether he would meet Roe".
 */
function isSubjectLead(written: string): boolean {
  const lead = withoutTitle(written);
  if (OWNER_ROLE.test(lead)) return true;
  if (!/[,;(]/.test(lead)) return lead.length <= SUBJECT_REACH && leadsToSubject(lead);
  if (LETTERS_THEN_COMMA.test(lead) && lead.length <= 2 * SUBJECT_REACH && (leadsToSubject(lead) || endsInRole(lead))) return true;
  // An opening phrase and its comma, then at most a role: "In Geneva, spokeswoman Ana Roe said".
  const opening = /^[^,;()“”"]{1,70},((?:\s+[a-z]+){0,3})\s*$/.exec(lead);
  return opening !== null && leadsToSubject(opening[1] ?? '');
}

/** The lead without the title that opens the name after it: "The study's lead author, Dr. " reads as "The study's lead author, ". */
function withoutTitle(lead: string): string {
  let end = lead.length;
  for (;;) {
    const title = wordSpanBefore(lead, end, end, 'title', '.');
    if (!title || !isTitle(lead.slice(title.start, title.end))) return lead.slice(0, end);
    end = title.start;
  }
}

/** "The union’s national secretary, ": a role before the name in apposition, whatever words qualify it. */
function endsInRole(lead: string): boolean {
  const last = tokenise(lead).at(-1)?.text ?? '';
  return LEXICON.roleNouns.has(last.toLowerCase()) || isTitle(last);
}

function leadsToSubject(lead: string): boolean {
  return tokenise(lead).every((word) => !/^[a-z]/.test(word.text) || LEAD_WORDS.has(word.text) || LEXICON.roleNouns.has(word.text) || /['’]s$/.test(word.text));
}

/** The body a noun stands for: the last one named with that noun ("the agency": "Food Standards Agency"), else the last one. */
function lastOrganization(context: SpeakerContext, at: number, noun = ''): Entity | undefined {
  const from = firstMentionAt(context, at) - 1;
  let nearest: Entity | undefined;
  // "the commission" is the one body so named however far back; "the company" most often the story's
  // own company, nearby, not some "… Company" named long before.
  const reach = ANY_BODY.has(noun) ? NOUN_REACH : PRONOUN_REACH;
  for (let index = from; index >= 0 && index > from - PRONOUN_REACH; index -= 1) {
    const { entity } = context.mentions[index] as Mention;
    if (entity.type !== 'organization') continue;
    if (noun && index > from - reach && entity.name.toLowerCase().includes(noun)) return entity;
    nearest ??= entity;
  }
  return nearest;
}

const PREPOSITION_BEFORE = /\b(?:in|at|from|near|of|to|for|on|across|outside|inside|around|into)\s+(?:the\s+)?$/i;
/** From a name to a verb inside the relative clause that follows it: "Likud party, which tried … by". */
// ASCII classes: a Unicode property pattern costs a millisecond or more to compile on a page's first story.
const RELATIVE_TO_VERB = /^(?:\s+[a-z]+)?,\s*(?:which|who)\s[^,;.“”"]*$/;
/** "has been described as “…” by the department": a passive verb of naming before the quotation. */
const PASSIVE_BEFORE = /\b(?:been|was|were|is|are|being)\s+(?:[a-z]+ly\s+)?(?:described|called|labell?ed|branded|dubbed|characteri[sz]ed|critici[sz]ed|condemned|hailed|praised)\s+(?:as\s+)?$/;
/** A parenthetical just before the verb: "The commission's analysis, released last week, warned". */
// A comma between digits ("40,000 children") is part of a number, not the clause's end.
const PARENTHETICAL = /,(?:[^,“”"]|(?<=\d),(?=\d)){1,80},\s*$/u;
/** Words that open a clause of the verb's own ("asked whether he would meet X"): no inverted subject follows. */
const CLAUSE_WORDS = new Set(['whether', 'if', 'about', 'that', 'how', 'why', 'what', 'when', 'where', 'who', 'to', 'for', 'with', 'by', 'on', 'in', 'at']);
/** How far ahead a role opening a sentence looks for the name the story gives it ("His father, Tom Roe,"). */
const LEDE_REACH = 600;
/** How far back "the statement said" looks for the statement's introduction ("X said in a statement"). */
const DOCUMENT_REACH = 800;

/**
 * The subject of the clause a participle hangs on ("The judge rejected the request, saying …",
 * "… after Dana Roe walked out, accusing …"): a name or pronoun opening the sentence, a role opening
 * it ("The judge"), else the nearest person before the participle.
 */
function clauseSubject(context: SpeakerContext, at: number): Found {
  const sentence = context.sentences[sentenceAt(context, at)];
  if (!sentence) return undefined;
  // "“It was fine,” she said, adding …": the clause opens after the quotation that opens the sentence.
  const start = quotationOpening(context, sentence.start, at) ?? sentence.start;
  const near = mentionsIn(context, start, Math.min(at, start + 2 * SUBJECT_REACH));
  // "The leader of the Party, Jane Roe, condemned …": the person in apposition to the opening role.
  const apposed = near.find((mention) => mention.entity.type === 'person' && LETTERS_THEN_COMMA.test(context.text.slice(start, mention.start)));
  if (apposed) return apposed.entity;
  const opening = near.find((mention) => mention.entity.type !== 'place');
  // "Lumio chief executive Dara Quinlan on Tuesday defended …": the person the body's name qualifies.
  const headed = opening && near.find((mention) => mention.entity.type === 'person' && mention.start > opening.end && /^\s+(?:[A-Za-z][A-Za-z.-]*\s+){0,3}$/.test(context.text.slice(opening.end, mention.start)) && tokenise(context.text, opening.end, mention.start).every((word) => isTitle(word.text) || LEXICON.roleNouns.has(word.text.toLowerCase()) || LEXICON.titleModifiers.has(word.text)));
  if (headed && opening.entity.type === 'organization') return headed.entity;
  if (opening && opening.start - start <= SUBJECT_REACH && !/[,;(]/.test(context.text.slice(start, opening.start))) return opening.entity;
  const words = tokenise(context.text, start, Math.min(at, start + 60)).slice(0, 3);
  const first = words[0];
  if (first && PRONOUNS[first.text.toLowerCase()]) return resolvePronoun(context, first.text, first.start);
  const role = words[1];
  if (first && role && /^the$/i.test(first.text) && (LEXICON.roleNouns.has(role.text.toLowerCase()) || isTitle(role.text))) {
    return personByRole(context, role.text, role.start) ?? resolvePronoun(context, SOMEONE, role.start);
  }
  const people = mentionsIn(context, start, at).filter((mention) => mention.entity.type === 'person');
  return people.at(-1)?.entity;
}

/** Where the quotation that opens a sentence at `from` closes, if it closes before `at`. */
function quotationOpening(context: SpeakerContext, from: number, at: number): number | undefined {
  const quote = context.quoted.find((candidate) => candidate.open >= from && candidate.open <= from + 1);
  return quote && quote.close < at ? quote.close : undefined;
}

/**
 * "the company said", "the commission's analysis warned", "the auditor's report described": the body
 * the noun stands for; "the statement said" is whoever the story said issued the statement.
 */
/** "Analysts at X", "economists from X": people the story names only by the body they work for. */
const STAFF_OF = /\b(?:analysts|economists|strategists|researchers|scientists|lawyers|engineers|executives|auditors|investigators)\s+(?:at|from|with|for)\s+(?:the\s+)?$/i;

/** The body whose staff a "they" at `at` stands for: named so in its sentence or the one before, else none. */
function staffBody(context: SpeakerContext, at: number): Entity | undefined {
  const here = sentenceAt(context, at);
  const from = (context.sentences[Math.max(0, here - 1)] as Sentence).start;
  let found: Entity | undefined;
  for (const mention of mentionsIn(context, from, at)) {
    if (mention.entity.type !== 'organization' || isQuoted(context, mention.start)) continue;
    if (STAFF_OF.test(context.text.slice(Math.max(from, mention.start - 40), mention.start))) found = mention.entity;
  }
  return found;
}

/**
 * "Pellow Rovers, where Akers played, are delighted. “…,” they said": the body that opens the
 * sentence before, in the same paragraph (clubs and companies take a plural verb in British usage).
 */
function bodyOpeningBefore(context: SpeakerContext, at: number): Entity | undefined {
  const here = sentenceAt(context, at);
  const before = context.sentences[here - 1];
  if (!before || before.block !== context.sentences[here]?.block) return undefined;
  const opening = mentionsIn(context, before.start, before.start + 80)[0];
  return opening && opening.start <= before.start + 1 && opening.entity.type === 'organization' ? opening.entity : undefined;
}

/** A parent described by a count of children, as popular papers do: "mum-of-two", "father-of-three". */
const PARENT_OF = /^(mum|mother|mom|dad|father|grandmother|grandfather|nan|gran)-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)$/i;

/**
 * The person of this gender the story names most often before `at` (the nearest on a tie): whom it
 * is about. Names of this gender first ("Chloe"), then names worn by either ("Alfie", "Pat"); only
 * those `among` where given.
 */
function mainPerson(context: SpeakerContext, gender: 'male' | 'female', at: number, among?: ReadonlySet<Entity>): Speaker {
  const counts = new Map<Entity, number>();
  const loose = new Map<Entity, number>();
  for (const mention of context.mentions) {
    if (mention.start >= at) break;
    const { entity } = mention;
    if (entity.type !== 'person' || (among && !among.has(entity))) continue;
    const fits = context.genders.get(entity.id) ?? null;
    const tally = fits === gender ? counts : fits === 'either' || fits === null ? loose : undefined;
    if (!tally) continue;
    const count = tally.get(entity) ?? 0;
    tally.delete(entity);
    tally.set(entity, count + 1);
  }
  let best: Entity | null = null;
  let most = 0;
  // Map order is last mention order, so a later entity wins a tie: the nearest.
  for (const [entity, count] of counts.size > 0 ? counts : loose) if (count >= most) [best, most] = [entity, count];
  return best;
}

function bodyOf(context: SpeakerContext, start: number, verb: Token, depth: number): Found {
  const head = context.text.slice(start, verb.start);
  const cut = PARENTHETICAL.exec(head);
  const words = tokenise(context.text, start, cut ? start + cut.index : verb.start);
  let index = words.length - 1;
  while (index > 0 && AUXILIARIES.has((words[index] as Token).text)) index -= 1;
  const noun = words[index];
  if (!noun) return undefined;
  const owner = words[index - 1]?.text ?? '';
  // "the trust said" after "the Harbour Trust": a body called by its name's own head word.
  if (!(BODIES.has(noun.text) || isDocument(noun.text))) return /^the$/i.test(owner) && /^[a-z]+$/.test(noun.text) ? headedBody(context, noun) : undefined;
  if (/^the$/i.test(owner)) {
    if (isDocument(noun.text) && depth === 0) {
      const issuer = issuerOf(context, noun);
      if (issuer !== undefined) return issuer;
    }
    return lastOrganization(context, noun.start, noun.text.toLowerCase());
  }
  // "the commission's analysis": the body named with the owner's noun.
  const possessor = /^([a-z]+)['’]s$/.exec(owner)?.[1];
  if (possessor && /^the$/i.test(words[index - 2]?.text ?? '')) {
    return lastOrganization(context, noun.start, possessor) ?? personByRole(context, possessor, noun.start);
  }
  return undefined;
}

/** The body named before `noun` whose name ends in that noun ("Harbour Trust" for "the trust"), if any. */
function headedBody(context: SpeakerContext, noun: Token): Entity | undefined {
  const from = firstMentionAt(context, noun.start) - 1;
  for (let index = from; index >= 0 && index > from - PRONOUN_REACH; index -= 1) {
    const { entity } = context.mentions[index] as Mention;
    if (entity.type === 'organization' && entity.name.split(' ').at(-1)?.toLowerCase() === noun.text) return entity;
  }
  return undefined;
}

/** Who the story said issued "the statement" before: the subject of the sentence that introduced it. */
function issuerOf(context: SpeakerContext, noun: Token): Found {
  const from = Math.max(0, noun.start - DOCUMENT_REACH);
  const earlier = context.text.slice(from, noun.start);
  const pattern = new RegExp(`\\b(?:a|an|its|his|her|their)\\s+(?:\\p{Ll}+\\s+)?${noun.text}\\b`, 'gu');
  let found: RegExpExecArray | null = null;
  for (let match = pattern.exec(earlier); match; match = pattern.exec(earlier)) found = match;
  if (!found) return senderOf(context, noun);
  const at = from + found.index;
  const sentence = context.sentences[sentenceAt(context, at)];
  if (!sentence) return undefined;
  const verb = verbsIn(tokenise(context.text, sentence.start, at)).at(-1);
  if (!verb) return undefined;
  return subjectOf(context, sentence.start, at, verb, 1) ?? null;
}

/** Who the sentences before "the message read" said sent it: the subject of "X had messaged …". */
function senderOf(context: SpeakerContext, noun: Token): Found {
  const here = sentenceAt(context, noun.start);
  for (let index = here - 1; index >= Math.max(0, here - 2); index -= 1) {
    const sentence = context.sentences[index] as Sentence;
    const verb = tokenise(context.text, sentence.start, sentence.end).find((word) => SENT.test(word.text));
    if (!verb) continue;
    const sender = mentionsIn(context, sentence.start, verb.start).filter((mention) => mention.entity.type === 'person').at(-1);
    if (sender) return sender.entity;
    // "The video she posted on Friday …": the pronoun standing for the sender.
    const pronoun = tokenise(context.text, sentence.start, verb.start).at(-1);
    if (pronoun && PRONOUNS[pronoun.text.toLowerCase()] && PRONOUNS[pronoun.text.toLowerCase()] !== 'it') return resolvePronoun(context, pronoun.text, pronoun.start);
  }
  return undefined;
}

/** The agent of a passive verb of naming: "described as “heartbreaking” by the conservation department". */
function passiveAgent(context: SpeakerContext, quote: QuoteSpans): Found {
  const sentence = context.sentences[sentenceAt(context, quote.open)];
  if (!sentence || !PASSIVE_BEFORE.test(context.text.slice(Math.max(sentence.start, quote.open - 80), quote.open))) return undefined;
  const by = /^[\s,.]*by\s+(?:the\s+)?/.exec(context.text.slice(quote.close, quote.close + 20));
  if (!by) return undefined;
  const at = quote.close + by[0].length;
  const named = mentionsIn(context, at, at + 80)[0];
  if (named && named.start === at) return named.entity;
  const noun = tokenise(context.text, at, Math.min(sentence.end, at + 60)).find((word) => BODIES.has(word.text));
  return noun ? lastOrganization(context, noun.start, noun.text) : undefined;
}

/** A title or a word inside one, hyphenated ones too ("Attorney-General", "Director-General"). */
const isOfficeWord = (word: string): boolean => word.split('-').every((part) => isTitle(part) || LEXICON.titleModifiers.has(part));

/** A title, hyphenated ones too ("Attorney-General"), not a word that only qualifies one ("Prime", "Police"). */
const isOfficeTitle = (word: string): boolean => isOfficeWord(word) && word.split('-').some((part) => isTitle(part));

/** A capitalised office word ("Minister", "Prime"), not an acronym ("CEO", which qualifies a body's chief). */
const OFFICE_WORD = /^[A-Z][a-z]/;

/**
 * "the Prime Minister said", "the President said": an office, capitalised right after "the", is one
 * particular holder: whoever the story named with that title ("Prime Minister Dawit Alemu"), else
 * someone the story does not name, never the nearest person. `undefined` where `words[last]` ends no
 * such office ("the Facebook CEO", "the coroner").
 */
function officeHolder(context: SpeakerContext, words: readonly Token[], last: number): Found {
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

/** "’s spokesman ", "’s longtime lawyer ": a role owned by the name before it, up to the verb. */
const OWNED_ROLE = /^['’]s\s+(?:[a-z-]+\s+){0,2}([a-z]+)\s*$/;
const AGE_WORD = /^(\d{1,3})-year-old$/;

/** The person the story gave the age that "the 45-year-old" (before the verb, in `words` up to `last`) names; `undefined` where none. */
function ageHolder(context: SpeakerContext, words: readonly Token[], last: number): Entity | undefined {
  for (let index = last; index >= Math.max(1, last - 2); index -= 1) {
    const word = words[index] as Token;
    const age = AGE_WORD.exec(word.text)?.[1];
    if (!age) continue;
    if (!/^the$/i.test(words[index - 1]?.text ?? '')) return undefined;
    // "Jane Roe, 45," or "45-year-old Jane Roe".
    const after = new RegExp(`^,\\s*${age}\\b`);
    let found: Entity | undefined;
    for (const mention of context.mentions) {
      if (mention.start >= word.start) break;
      if (mention.entity.type !== 'person') continue;
      if (after.test(context.text.slice(mention.end, mention.end + 6)) || context.text.slice(Math.max(0, mention.start - 14), mention.start).endsWith(`${age}-year-old `)) found = mention.entity;
    }
    return found;
  }
  return undefined;
}

/** The speaker a clause names next to a verb of saying, between `start` and `end`. */
function subjectOf(context: SpeakerContext, start: number, end: number, verb: Token, depth = 0): Found {
  // "…, saying", "…, accusing Democrats of": a participle after a comma has the clause's subject.
  if (/ing$/.test(verb.text) && /,\s*$/.test(context.text.slice(Math.max(start, verb.start - 3), verb.start))) {
    const subject = clauseSubject(context, verb.start);
    if (subject !== undefined) return subject;
  }
  // "X said", "X, the envoy, said": the nearest person before the verb, else the nearest body; a
  // place only as the subject itself ("Washington said"), not after a preposition ("in Garissa").
  // "A CDC official, who was not authorized to speak, said": the subject stands before a relative clause,
  // and a name inside it is not the one speaking ("A woman, who said she was Hale’s sister, called out").
  const relativeClause = /,\s*(?:who|which)\s(?:[^,“”"]|(?<=\d),(?=\d)){1,80},\s*$/u.exec(context.text.slice(start, verb.start));
  const clauseStart = relativeClause ? start + relativeClause.index : verb.start;
  const before = mentionsIn(context, start, clauseStart).filter(
    (mention) => mention.entity.type !== 'place' || (mention.end + 8 > verb.start && !PREPOSITION_BEFORE.test(context.text.slice(Math.max(0, mention.start - 8), mention.start))),
  );
  const people = before.filter((mention) => mention.entity.type === 'person');
  // "X, chairman of the Y in the Z administration, once said": the subject, not a name in its apposition;
  // "X, which manages referees in England, said": a body too, before its relative clause.
  const appositive = before.find((mention) => {
    if (context.text[mention.end] !== ',') return false;
    const between = context.text.slice(mention.end, verb.start);
    if ((between.match(/,/g)?.length ?? 0) < 2 || !/,\s*(?:\p{Ll}+\s+){0,2}$/u.test(between)) return false;
    return mention.entity.type === 'person' || /^,\s*(?:which|who|whose)\b/.test(between);
  });
  // "the Party, which tried to rally support by saying …": the verb is the relative clause's, its
  // subject the name the clause hangs on.
  const relative = before.findLast((mention) => mention.entity.type !== 'place' && RELATIVE_TO_VERB.test(context.text.slice(mention.end, verb.start)));
  const chosen = relative ?? appositive ?? people.at(-1) ?? before.at(-1);
  const words = tokenise(context.text, start, clauseStart);
  // "he would later say", "she has told": the subject stands before the auxiliaries and adverbs.
  let lastIndex = words.length - 1;
  while (lastIndex > 0 && AUXILIARIES.has((words[lastIndex] as Token).text)) lastIndex -= 1;
  const last = words[lastIndex];
  if (last && PRONOUNS[last.text.toLowerCase()] && (!chosen || chosen.end <= last.start)) return resolvePronoun(context, last.text, last.start);
  // "the mum-of-three told …": the mother (or father) the story is about.
  const parent = last && !chosen && /^the$/i.test(words[lastIndex - 1]?.text ?? '') ? PARENT_OF.exec(last.text) : null;
  if (parent && last) return mainPerson(context, /^(?:mum|mother|mom|grandmother|nan|gran)$/i.test(parent[1] as string) ? 'female' : 'male', last.start);
  // "the 45-year-old said", "the 19-year-old student told": whoever the story gave that age ("Jane Roe, 45,").
  const aged = last && !chosen ? ageHolder(context, words, lastIndex) : undefined;
  if (aged) return aged;
  // "Roe’s spokesman said", "Hale’s lawyer told": the owner of a role is not the one speaking; whoever
  // the story described by that role is, else no one it names.
  const ownedRole = chosen && last && last.start > chosen.end ? OWNED_ROLE.exec(context.text.slice(chosen.end, clauseStart))?.[1] : undefined;
  if (ownedRole && chosen && LEXICON.roleNouns.has(ownedRole)) return personByRole(context, ownedRole, chosen.end) ?? null;
  // "the Facebook CEO said", "the company’s founder told": the person the story is about, described
  // by a role; "a police spokesman said" names no one.
  // "Fatima Haddad, a lawyer, said": the role is the named subject's apposition, not an unnamed "a lawyer".
  const apposed = appositive?.entity.type === 'person' && last !== undefined && last.start > appositive.end;
  if (last && !apposed && (isOfficeTitle(last.text) || LEXICON.roleNouns.has(last.text.toLowerCase())) && !(chosen && chosen.end >= last.end)) {
    // "her mother said", "the coroner said": whoever the story described so.
    const described = personByRole(context, last.text, last.start);
    // "a CDC official": the role's determiner, past the names that qualify it.
    let determiner = lastIndex - 1;
    while (determiner > 0 && determiner > lastIndex - 4 && /^[A-Z]/.test(words[determiner]?.text ?? '')) determiner -= 1;
    if (/^(?:a|an|one|another)$/i.test(words[determiner]?.text ?? '')) return ledeRoleHolder(context, last) ?? null;
    if (described) return described;
    const office = officeHolder(context, words, lastIndex);
    if (office !== undefined) return office;
    for (let index = lastIndex - 1; index >= Math.max(0, lastIndex - 4); index -= 1) {
      const word = (words[index] as Token).text;
      if (/^(?:a|an|one|another|two|three|several|some)$/i.test(word)) return null;
      if (/^the$/i.test(word) || /['’]s$/.test(word)) return resolvePronoun(context, SOMEONE, last.start);
    }
  }
  if (chosen) return chosen.entity;
  // "a spokesman said", "officials said": the story names no one. "…” but insisted": no subject here.
  // "the company said": the body the story last named.
  // "Analysts at Brackley Capital were unmoved. “…,” they wrote": the firm whose people "they" are.
  if (!chosen && last && /^they$/i.test(last.text)) {
    const staff = staffBody(context, last.start);
    if (staff) return staff;
    const body = bodyOpeningBefore(context, last.start);
    if (body) return body;
  }
  const body = bodyOf(context, start, verb, depth);
  if (body !== undefined) return body;
  // "The father of a teenager who died … told an inquest": the role opening the sentence.
  const opener = words[0];
  const openerRole = words[1];
  if (!chosen && opener && openerRole && /^the$/i.test(opener.text) && opener.start <= (context.sentences[sentenceAt(context, verb.start)]?.start ?? 0) + 1 && LEXICON.roleNouns.has(openerRole.text.toLowerCase())) {
    const described = personByRole(context, openerRole.text, openerRole.start, LEDE_REACH);
    if (described) return described;
  }
  if (last && (UNNAMED.test(last.text) || (/^\p{Ll}/u.test(last.text) && !LEXICON.commonWords.has(last.text)))) return null;
  // "said X", "said Foreign Minister X", "said he"; not "told X", whose X is the listener.
  if (!INVERTS.has(verb.text.toLowerCase())) return undefined;
  const after = tokenise(context.text, verb.end, end).slice(0, 6);
  const pronoun = after[0];
  if (pronoun && PRONOUNS[pronoun.text.toLowerCase()]) return resolvePronoun(context, pronoun.text, pronoun.start);
  const next = mentionsIn(context, verb.end, after.at(-1)?.end ?? verb.end);
  // "said Harlow's lawyer, Victor Osei": the owner of a role is not the one speaking.
  const owner = (mention: Mention) => /^['’]s\s/.test(context.text.slice(mention.end, mention.end + 3));
  const named = next.find((mention) => mention.entity.type === 'person' && !owner(mention)) ?? next.find((mention) => !owner(mention));
  // "said Harlow's lawyer": whoever the story described so, else no one it names.
  const owned = !named && next[0] ? /^['’]s\s+([a-z]+)/.exec(context.text.slice(next[0].end, next[0].end + 40)) : null;
  if (owned) return personByRole(context, owned[1] as string, next[0]!.end) ?? null;
  // "said Foreign Minister Ana Rojas", "said the Tarn Council"; not "asked whether he would meet Rojas".
  const between = named ? tokenise(context.text, verb.end, named.start) : [];
  if (between.some((word) => CLAUSE_WORDS.has(word.text))) return undefined;
  if (named) return named.entity;
  // "said the company", "says the report", "said the 45-year-old": the phrase after the verb is its
  // subject, read as a subject before a verb is.
  const phrase = INVERTED_SUBJECT.exec(context.text.slice(verb.end, end));
  if (!phrase) return undefined;
  const phraseEnd = verb.end + phrase[0].length;
  return subjectOf(context, verb.end, phraseEnd, { text: 'said', start: phraseEnd, end: phraseEnd }, depth);
}

/** A subject after an inverted verb: "the company", "the 45-year-old", "the report", up to punctuation or a phrase of place or time. */
const INVERTED_SUBJECT = /^\s+(?:the|his|her|their|its)(?:\s+[a-z0-9-]+){1,3}?(?=\s*[,.;:]|\s*$|\s+(?:in|on|at|after|before|when|during|last|this|outside|from|to|of)\s)/;

/** The attribution in `[start, end)`: the verb of saying nearest the quotation, and its subject. */
interface Attribution {
  readonly found: Found;
  /** words between the quotation and the verb of saying */
  readonly distance: number;
}

const WORDS_OF = /\bin the words of\s+/i;
/** "In Volkov’s words,", "in her own words,": words owned by a name or a pronoun, just before the quotation. */
const WORDS_OWNED = /\bin\s+(?:his|her|[^,;.“”"]{1,60}?['’]s)\s+(?:own\s+)?words,?\s*$/i;
/** "according to the product page," "according to its website": a document of no named author, its noun before a comma. */
const ACCORDING_TO_DOCUMENT = /^\s+to\s+(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\s*[,.;]/;

const NONE: Attribution = { found: undefined, distance: Infinity };

function attributionIn(context: SpeakerContext, start: number, end: number, nearEnd: boolean): Attribution {
  // "“…” — Jane Roe, a nurse": a dash and a name after the quotation, as a pull quote or an epigraph credits it.
  const dash = nearEnd ? null : /^\s*[—–]\s*/.exec(context.text.slice(start, Math.min(end, start + 4)));
  if (dash) {
    const credited = mentionsIn(context, start + dash[0].length, end)[0];
    if (credited && credited.start === start + dash[0].length && credited.entity.type !== 'place') return { found: credited.entity, distance: 0 };
  }
  const tokens = tokenise(context.text, start, end);
  const window = nearEnd ? tokens : tokens.slice(0, WINDOW);
  const verbs = verbsIn(window);
  const nearest = nearEnd ? verbs.at(-1) : verbs[0];
  const according = verbs.find((token) => token.text.toLowerCase() === 'according');
  const distanceOf = (verb: Token): number => {
    const index = tokens.indexOf(verb);
    return nearEnd ? tokens.length - 1 - index : index;
  };
  const sourceOf = (verb: Token): Found => {
    // "According to the product page, …": the body whose document it is, the one the story last named.
    const document = ACCORDING_TO_DOCUMENT.exec(context.text.slice(verb.end, Math.min(end, verb.end + 60)));
    if (document && isDocument(document[1] as string)) return lastOrganization(context, verb.start) ?? null;
    const next = mentionsIn(context, verb.end, Math.min(end, verb.end + 60))[0];
    return next ? next.entity : undefined;
  };
  if (nearest && nearest !== according) {
    // "…,” Okafor said, according to the Trust": the speaker, then the source that reported it;
    // where the verb names no one, "according to X" still does.
    const found = subjectOf(context, start, end, nearest);
    if (found || !according) return { found, distance: distanceOf(nearest) };
  }
  if (according) return { found: sourceOf(according), distance: distanceOf(according) };
  // "In the words of X, a researcher at Y, “…”": the name after the phrase, with no verb of saying.
  if (nearEnd) {
    const wordsOf = WORDS_OF.exec(context.text.slice(start, end));
    const named = wordsOf ? mentionsIn(context, start + wordsOf.index + wordsOf[0].length, end)[0] : undefined;
    if (named) return { found: named.entity, distance: tokens.length };
    // "In Volkov’s words, “…”", "In her own words, “…”": the owner of the words.
    const owned = WORDS_OWNED.exec(context.text.slice(start, end));
    if (owned) {
      const at = start + owned.index;
      const pronoun = /^in\s+(his|her)\s/i.exec(owned[0])?.[1];
      const found = pronoun ? resolvePronoun(context, pronoun === 'his' ? 'he' : 'she', at) : mentionsIn(context, at, end)[0]?.entity;
      if (found !== undefined) return { found, distance: tokens.length };
    }
  }
  // "X: “…”": a name just before a colon that introduces the quotation.
  if (nearEnd && /:\s*$/.test(context.text.slice(Math.max(start, end - 3), end))) {
    const mentions = mentionsIn(context, start, end);
    const mention = mentions.at(-1);
    if (mention && mention.end + 3 >= end) return { found: mention.entity, distance: 0 };
    // "In a column, Grange went further: “…”": the subject of the clause the colon ends.
    const subject = mentions.find((named) => named.entity.type !== 'place' && isSubjectLead(context.text.slice(start, named.start)));
    if (subject && !/[“”"]/.test(context.text.slice(start, end))) return { found: subject.entity, distance: tokens.length };
  }
  return NONE;
}

/** The quotation is its paragraph: it opens the block and closes at its end. */
function isWholeParagraph(context: SpeakerContext, quote: QuoteSpans): boolean {
  const at = sentenceAt(context, quote.open);
  const sentence = context.sentences[at];
  if (!sentence || quote.open > sentence.start) return false;
  // The paragraph's own first sentence: "Asked …, he smiled. “…”" is a paragraph about someone.
  if (context.sentences[at - 1]?.block === sentence.block) return false;
  const last = context.sentences[sentenceAt(context, Math.max(quote.open, quote.close - 1))];
  const blockEnd = last ? (context.blockEnds.get(last.block) ?? quote.close) : quote.close;
  return quote.close >= blockEnd - 1;
}

function sentenceAt(context: SpeakerContext, offset: number): number {
  let low = 0;
  let high = context.sentences.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if ((context.sentences[mid] as Sentence).start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Who the story says spoke each quotation: the attribution after it in its sentence ("…,” X said),
 * then before it ("X said the parties reached a “…”", "X: “…”"), then in the sentence before or
 * after; a quotation broken by its attribution, or a paragraph that goes on quoting, keeps the
 * speaker of the part before. Null where the story does not say.
 */
export function attributeSpeakers(context: SpeakerContext, quotes: readonly QuoteSpans[]): Speaker[] {
  const steps = speakerSteps(context, quotes);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** A sentence pointing back at the quotation before it as someone's words: "Those were the words X used", "The words were X’s". */
const WORDS_AFTER = /^(?:(?:those|these|such|that|this|they)\s+(?:were|are|was|is)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:words|verdict|message|warning)\b|the\s+(?:words|verdict|message|warning)\s+(?:were|are|was|is)\s)/i;

/** Quotations attributed between two pauses of `speakerSteps`. */
const STEP_QUOTES = 150;

/** `attributeSpeakers` in steps, pausing after every `STEP_QUOTES` quotations. */
export function* speakerSteps(context: SpeakerContext, quotes: readonly QuoteSpans[]): Generator<void, Speaker[], void> {
  const speakers: Speaker[] = [];
  const passive = new Set<number>();
  const { text, sentences } = context;
  context.quoted.length = 0;
  context.quoted.push(...quotes);
  for (const [index, quote] of quotes.entries()) {
    if (index > 0 && index % STEP_QUOTES === 0) yield;
    const previous = quotes[index - 1];
    const next = quotes[index + 1];
    const firstSentence = sentences[sentenceAt(context, quote.open)];
    const lastIndex = sentenceAt(context, Math.max(quote.open, quote.close - 1));
    const lastSentence = sentences[lastIndex];
    let found: Found = passiveAgent(context, quote);
    // A reporter's words naming what someone called a thing: no one the next quotation goes on quoting.
    if (found !== undefined) passive.add(index);
    // The attribution after the quotation ("…,” X said) and the one before it ("X said the
    // parties reached a “…”"): the verb nearer the quotation wins, the one after on a tie.
    let following = NONE;
    let preceding = NONE;
    if (lastSentence) {
      const end = Math.min(lastSentence.end, next && next.open > quote.close ? next.open : lastSentence.end);
      if (quote.close < end) following = attributionIn(context, quote.close, end, false);
    }
    if (firstSentence) {
      const start = Math.max(firstSentence.start, previous && previous.close <= quote.open ? previous.close : firstSentence.start);
      if (start < quote.open) preceding = attributionIn(context, start, quote.open, true);
    }
    if (found !== undefined) {
      // the passive's agent, found above
    } else if (following.found !== undefined && (preceding.found === undefined || following.distance <= preceding.distance)) found = following.found;
    else found = preceding.found;
    // A quotation broken by its attribution, or a second quotation of the same clause.
    if (found === undefined && previous && firstSentence && previous.close >= firstSentence.start) found = speakers[index - 1] ?? undefined;
    const firstIndex = sentenceAt(context, quote.open);
    const before = sentences[firstIndex - 1];
    // Only a quotation that makes its own sentence takes the attribution of the sentence before; a
    // few words in marks inside a sentence of the reporter's are the reporter's to explain.
    const ownSentence = firstSentence !== undefined && quote.open <= firstSentence.start + 1;
    if (found === undefined && ownSentence && firstSentence && before && (before.block === firstSentence.block || /:\s*$/.test(text.slice(before.start, before.end)))) {
      // "“…,” said X, an adviser. “…”": the attribution after the earlier quotation.
      const from = previous && previous.close > before.start && previous.close <= before.end ? previous.close : before.start;
      found = attributionIn(context, from, before.end, from === before.start).found;
    }
    if (found === undefined && lastSentence) {
      const after = sentences[lastIndex + 1];
      if (after && after.block === lastSentence.block && after.end - after.start < 120 && !(next && next.open < after.end)) {
        found = attributionIn(context, after.start, after.end, false).found;
      }
    }
    // "“…” Those were the words Roe used in an interview.": the speaker named only in the sentence after.
    if (found === undefined && ownSentence && lastSentence) {
      const after = sentences[lastIndex + 1];
      if (after && after.block === lastSentence.block && WORDS_AFTER.test(text.slice(after.start, after.end))) {
        found = mentionsIn(context, after.start, after.end).find((mention) => mention.entity.type === 'person')?.entity;
      }
    }
    // The paragraph goes on quoting whoever it quoted last.
    if (found === undefined && previous && firstSentence) {
      const previousBlock = sentences[sentenceAt(context, previous.open)]?.block ?? -1;
      const reach = isWholeParagraph(context, quote) ? 3 : 0;
      if (firstSentence.block - previousBlock <= reach && !passive.has(index - 1)) found = speakers[index - 1] ?? undefined;
    }
    // A paragraph that is all quotation, after a paragraph about someone, is most often theirs.
    if (found === undefined && firstSentence && before && before.block === firstSentence.block - 1 && isWholeParagraph(context, quote) && !(previous && previous.close > before.start)) {
      const blockStart = sentences.find((sentence) => sentence.block === before.block)?.start ?? before.start;
      const subject = mentionsIn(context, blockStart, before.end).find((mention) => mention.entity.type === 'person');
      if (subject) found = subject.entity;
    }
    // "Charles Schultze, chairman of …, once summed it up. “…”": the subject of the sentence before.
    if (found === undefined && firstSentence && before && before.block === firstSentence.block && quote.open <= firstSentence.start + 1) {
      const subject = mentionsIn(context, before.start, before.start + 40)[0];
      if (subject && subject.start <= before.start + 1 && subject.entity.type === 'person') found = subject.entity;
      // "Asked whether …, Roe shook his head. “…”", "…, he smiled. “…”": the subject after an opening clause.
      const opened = found === undefined ? /^[^.,;“”"]{0,80},\s+/u.exec(text.slice(before.start, before.end)) : null;
      if (opened) {
        const at = before.start + opened[0].length;
        const named = mentionsIn(context, at, at + 60)[0];
        const pronoun = /^(he|she)\s+[a-z]/i.exec(text.slice(at, at + 20))?.[1];
        if (named && named.start === at && named.entity.type === 'person') found = named.entity;
        else if (pronoun) found = resolvePronoun(context, pronoun, at) ?? undefined;
      }
    }
    speakers.push(found ?? null);
    if (found && firstSentence && !passive.has(index)) {
      context.recent.speaker = found;
      context.recent.block = firstSentence.block;
    }
  }
  return speakers;
}
