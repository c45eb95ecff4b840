/**
 * Organizations and documents as speakers: "the company said", "the commission's analysis warned",
 * "analysts at X … they wrote", "described as “…” by the department".
 */
import type { Entity } from '../entities/entity';
import { LEXICON } from '../entities/lexicon';
import { PUBLICATIONS } from '../entities/read-candidate';
import type { Sentence } from '../text/split-sentences';
import type { Token } from '../text/tokenise';
import { tokenise } from '../text/tokenise';
import type { QuoteSpans } from './find-quote-spans';
import { PRONOUN_REACH, resolvePronoun } from './resolve-pronoun';
import type { Found, Mention, SpeakerContext } from './speaker-context';
import { standsBeforeVerb } from './speech-verbs';
import { firstMentionAt, isQuoted, mentionsIn, personByRole, sentenceAt } from './story-lookups';

/** How many mentions back "the company" looks for a body named with that noun before taking the nearest. */
const NOUN_REACH = 8;
/** Nouns that stand for an organization named before: "the company said". */
const BODIES = new Set(['company', 'firm', 'group', 'agency', 'ministry', 'department', 'organization', 'organisation', 'party', 'council', 'committee', 'retailer', 'bank', 'network', 'newspaper', 'union', 'charity', 'campaign', 'board', 'commission', 'institute', 'university', 'court', 'club', 'team', 'chain', 'startup', 'airline', 'insurer', 'museum', 'observatory', 'militia', 'movement', 'office']);
/** Nouns any business goes by, named so or not: they point to the nearest body, not to one with the noun in its name. */
const ANY_BODY = new Set(['company', 'firm', 'group', 'retailer', 'chain', 'startup']);
/** What a body publishes: "the report said" quotes whoever wrote it, the body named before. */
const DOCUMENTS = new Set(['report', 'study', 'survey', 'analysis', 'statement', 'paper', 'filing', 'lawsuit', 'complaint', 'memo', 'letter', 'release', 'website', 'post', 'message', 'text', 'email', 'note', 'tweet', 'ad', 'advert', 'advertisement', 'page', 'caption']);
/** A document noun, one or several: "the report", "the council's ads". */
export const isDocument = (word: string): boolean => DOCUMENTS.has(word) || (word.endsWith('s') && DOCUMENTS.has(word.slice(0, -1)));

/** "said on Twitter", "posted via Instagram", "in a separate tweet on X": a body named as where, not who. */
const ON_PLATFORM = /\b(?:on|via)\s+$/;

/** Whether `before` ends in "the <noun>, " or "the <noun> ": the noun introducing the name after it. */
function apposedTo(before: string, noun: string): boolean {
  const at = before.toLowerCase().lastIndexOf(`the ${noun}`);
  return at >= 0 && /^,?\s+$/.test(before.slice(at + 4 + noun.length)) && (at === 0 || !/[a-z]/i.test(before[at - 1] ?? ''));
}

/** An indefinite determiner just before a name: "a ", "one ", "another ". */
const INDEFINITE_BEFORE = /\b(?:an?|one|another)\s+$/i;
/** A determiner just before a name, which makes a noun after it the name's qualified thing: "the ", "a ", "its ". */
const DETERMINER_BEFORE = /\b(?:the|an?|one|another|its|their|his|her|this|that)\s+$/i;

/**
 * "The tweet from Vulpine magazine reads", "New Town magazine reported": a name before a publication's
 * noun, with no determiner, is the outlet's own name, whatever the name alone was read as; "the Boston
 * newspaper" is a paper of the place.
 */
export function namesOutlet(context: SpeakerContext, mention: Mention): boolean {
  const { text } = context;
  const noun = NOUN_AFTER.exec(text.slice(mention.end, mention.end + 16))?.[1];
  return noun !== undefined && PUBLICATIONS.has(noun) && !DETERMINER_BEFORE.test(text.slice(Math.max(0, mention.start - 10), mention.start));
}

/** A preposition and an indefinite determiner just before a name: "on one ", "in a ". */
const WHERE_BEFORE = /\b(?:on|in|at|via|through)\s+(?:an?|one|another)\s+$/i;
/** The lower-case word just after a name. */
const NOUN_AFTER = /^\s+([a-z]+)/;

/** "a Streamly documentary", "one Twitter response": a name after an indefinite determiner, qualifying the noun after it. */
const isAttributive = (text: string, start: number, end: number): boolean => INDEFINITE_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && NOUN_AFTER.test(text.slice(end, end + 3));

/**
 * "one Twitter response began", "on one Facebook page a poster wrote": a body's name qualifying a
 * thing or someone the story does not name is not the one speaking; "an Acme statement said" (a
 * document the body issued) and "a CDC official said" (a role, read on its own) still name it, but
 * not after a preposition ("in a Facebook post"), where it names where the words were put.
 */
export function qualifiesUnnamed(context: SpeakerContext, mention: Mention): boolean {
  const { text } = context;
  if (mention.entity.type === 'person' || !isAttributive(text, mention.start, mention.end)) return false;
  if (WHERE_BEFORE.test(text.slice(Math.max(0, mention.start - 16), mention.start))) return true;
  const noun = NOUN_AFTER.exec(text.slice(mention.end, mention.end + 30))?.[1] ?? '';
  return !isDocument(noun) && !LEXICON.roleNouns.has(noun);
}

/** The body a noun stands for: the last one named with that noun ("the agency": "Food Standards Agency"), else the last one. */
export function lastOrganization(context: SpeakerContext, at: number, noun = ''): Entity | undefined {
  const from = firstMentionAt(context, at) - 1;
  let nearest: Entity | undefined;
  // "the commission" is the one body so named however far back; "the company" most often the story's
  // own company, nearby, not some "… Company" named long before.
  const reach = ANY_BODY.has(noun) ? NOUN_REACH : PRONOUN_REACH;
  for (let index = from; index >= 0 && index > from - PRONOUN_REACH; index -= 1) {
    const { entity, start, end } = context.mentions[index] as Mention;
    if (entity.type !== 'organization') continue;
    if (noun && index > from - reach && entity.name.toLowerCase().includes(noun)) return entity;
    // "The group, Harbor Tenants Coalition, formed …": the body the story introduced with that noun.
    if (noun && apposedTo(context.text.slice(Math.max(0, start - 40), start), noun)) return entity;
    // "The group said on Twitter that …": the platform something was said on says nothing itself.
    if (ON_PLATFORM.test(context.text.slice(Math.max(0, start - 12), start))) continue;
    // "accused Acme of blocking a Streamly documentary. The company denied it": a name qualifying a thing is not who acts.
    if (isAttributive(context.text, start, end)) continue;
    nearest ??= entity;
  }
  return nearest;
}

/** A parenthetical just before the verb: "The commission's analysis, released last week, warned". */
// A comma between digits ("40,000 children") is part of a number, not the clause's end.
const PARENTHETICAL = /,(?:[^,“”"]|(?<=\d),(?=\d)){1,80},\s*$/u;
/** "has been described as “…” by the department": a passive verb of naming before the quotation. */
const PASSIVE_BEFORE = /\b(?:been|was|were|is|are|being)\s+(?:[a-z]+ly\s+)?(?:described|called|labell?ed|branded|dubbed|characteri[sz]ed|critici[sz]ed|condemned|hailed|praised)\s+(?:as\s+)?$/;
/** "Analysts at X", "economists from X": people the story names only by the body they work for. */
const STAFF_OF = /\b(?:analysts|economists|strategists|researchers|scientists|lawyers|engineers|executives|auditors|investigators)\s+(?:at|from|with|for)\s+(?:the\s+)?$/i;

/** The body whose staff a "they" at `at` stands for: named so in its sentence or the one before, else none. */
export function staffBody(context: SpeakerContext, at: number): Entity | undefined {
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
 * sentence, or the sentence before (clubs and companies take a plural verb in British usage).
 */
export function bodyOpeningBefore(context: SpeakerContext, at: number): Entity | undefined {
  const here = sentenceAt(context, at);
  const sentence = context.sentences[here];
  // "The group, Harbor Tenants Coalition, sent a letter stating that they “…”": the body opening their own sentence.
  const own = sentence ? bodyOpening(context, sentence, at) : undefined;
  if (own) return own;
  // The sentence before, in this paragraph or closing the one before ("…, denies it. | “…,” they said.").
  const before = context.sentences[beforeQuotation(context, here)];
  if (!before || !sentence || sentence.block - before.block > 1) return undefined;
  return bodyOpening(context, before, before.end);
}

/**
 * The index of the sentence before sentence `here`, past the earlier sentences of a quotation that
 * `here` closes ("“A. B,” they said" looks before "“A."), within its paragraph.
 */
function beforeQuotation(context: SpeakerContext, here: number): number {
  const block = context.sentences[here]?.block;
  let index = here - 1;
  for (let sentence = context.sentences[index]; sentence && sentence.block === block && isQuoted(context, sentence.start + 1); sentence = context.sentences[index]) index -= 1;
  return index;
}

/** "The company that runs the AMAs, ": a noun phrase opening a sentence, then the body's name in apposition. */
const BODY_APPOSITION = /^the\s+[a-z]+\b[^,;“”"]{0,60},\s*$/i;

/** The body that opens `sentence` before `end`, by name or in apposition to the noun phrase that opens it. */
function bodyOpening(context: SpeakerContext, sentence: Sentence, end: number): Entity | undefined {
  const near = mentionsIn(context, sentence.start, Math.min(end, sentence.start + 80));
  const opening = near[0];
  if (!opening) return undefined;
  if (opening.start <= sentence.start + 1) return opening.entity.type === 'organization' ? opening.entity : undefined;
  // "The company that runs the AMAs, Acme Productions,": the body in apposition, past a name inside the noun phrase.
  return near.find((mention) => mention.entity.type === 'organization' && BODY_APPOSITION.test(context.text.slice(sentence.start, mention.start)) && context.text[mention.end] === ',')?.entity;
}

/**
 * "the company said", "the commission's analysis warned", "the auditor's report described": the body
 * the noun stands for; "the statement said" is whoever the story said issued the statement.
 * `issuerOf` reads who that is, where the clause is the one that quotes the statement.
 */
export function bodyOf(context: SpeakerContext, start: number, verb: Token, issuerOf?: (noun: Token) => Found): Found {
  const head = context.text.slice(start, verb.start);
  const cut = PARENTHETICAL.exec(head);
  const words = tokenise(context.text, start, cut ? start + cut.index : verb.start);
  let index = words.length - 1;
  while (index > 0 && standsBeforeVerb(words, index)) index -= 1;
  const noun = words[index];
  if (!noun) return undefined;
  const owner = words[index - 1]?.text ?? '';
  // "Her resignation letter said", "his statement read": the writer the possessive stands for.
  const possessive = isDocument(noun.text) ? [owner, words[index - 2]?.text ?? ''].find((word) => /^(?:his|her)$/i.test(word)) : undefined;
  if (possessive) return resolvePronoun(context, /^his$/i.test(possessive) ? 'he' : 'she', noun.start);
  // "the trust said" after "the Harbour Trust": a body called by its name's own head word.
  if (!(BODIES.has(noun.text) || isDocument(noun.text))) return /^the$/i.test(owner) && /^[a-z]+$/.test(noun.text) ? headedBody(context, noun) : undefined;
  // "the production company said": the body named with the qualifying word ("Acme Productions"), else as "the company".
  if (/^[a-z]+$/.test(owner) && /^the$/i.test(words[index - 2]?.text ?? '') && BODIES.has(noun.text) && !isDocument(owner)) {
    return namedBody(context, noun.start, owner) ?? lastOrganization(context, noun.start, noun.text.toLowerCase());
  }
  if (/^the$/i.test(owner)) {
    if (isDocument(noun.text) && issuerOf) {
      const issuer = issuerOf(noun);
      if (issuer !== undefined) return issuer;
    }
    return lastOrganization(context, noun.start, noun.text.toLowerCase());
  }
  // "the commission's analysis": the body named with the owner's noun.
  const possessor = /^([a-z]+)['’]s$/.exec(owner)?.[1];
  if (possessor && /^the$/i.test(words[index - 2]?.text ?? '')) {
    // "the prosecutor’s office said": the office of someone the story described so, else of no one it names.
    if (noun.text === 'office' && LEXICON.roleNouns.has(possessor)) return namedBody(context, noun.start, possessor) ?? null;
    return lastOrganization(context, noun.start, possessor) ?? personByRole(context, possessor, noun.start);
  }
  return undefined;
}

/** The nearest body named before `at`, within a pronoun's reach, whose name `fits`. */
function bodyNamedBefore(context: SpeakerContext, at: number, fits: (name: string) => boolean): Entity | undefined {
  const from = firstMentionAt(context, at) - 1;
  for (let index = from; index >= 0 && index > from - PRONOUN_REACH; index -= 1) {
    const { entity } = context.mentions[index] as Mention;
    if (entity.type === 'organization' && fits(entity.name.toLowerCase())) return entity;
  }
  return undefined;
}

/** The body named before `at` with `word` in its name ("Harbour County Prosecutor’s Office" for "the prosecutor’s office"), if any. */
const namedBody = (context: SpeakerContext, at: number, word: string): Entity | undefined => bodyNamedBefore(context, at, (name) => name.includes(word));

/**
 * The body named before `noun` whose name ends in that noun ("Harbour Trust" for "the trust"), or opens
 * with it as the members it is named after ("Nurses for Safe Streets" for "the nurses"), if any.
 */
const headedBody = (context: SpeakerContext, noun: Token): Entity | undefined =>
  bodyNamedBefore(context, noun.start, (name) => name.split(' ').at(-1) === noun.text) ?? bodyOfPeople(context, noun);

/**
 * The body a plural noun of people stands for: one named after them ("Nurses for Safe Streets" for "the
 * nurses"), or the one the story introduced as the group that gathered them ("a group of nurses").
 */
export const bodyOfPeople = (context: SpeakerContext, noun: Token): Entity | undefined =>
  (noun.text.endsWith('s') ? bodyNamedBefore(context, noun.start, (name) => name.startsWith(`${noun.text} for `)) : undefined) ?? groupOf(context, noun);

/** "a group of nurses", "a coalition of farmers": the people a collective noun gathers. */
const GROUP_OF = /\b(group|coalition|association|alliance|network)\s+of\s+(?:[a-z]+\s+)?([a-z]+s)\b/g;

/**
 * "A group of nurses … The nurses, members of a new group Safe Streets Now, … “…,” the nurses said": the
 * body the story introduced with the collective noun that gathered those people ("group Safe Streets
 * Now", "the group, Safe Streets Now,"), if any.
 */
function groupOf(context: SpeakerContext, noun: Token): Entity | undefined {
  const earlier = context.text.slice(0, noun.start);
  // Most nouns were never gathered so: one plain search spares the pattern's.
  if (!earlier.includes(` ${noun.text}`)) return undefined;
  const collective = [...earlier.matchAll(GROUP_OF)].find((match) => match[2] === noun.text)?.[1];
  if (!collective) return undefined;
  const introduced = new RegExp(`\\b${collective},?\\s+$`, 'i');
  for (const mention of context.mentions) {
    if (mention.start >= noun.start) break;
    if (mention.entity.type === 'organization' && introduced.test(context.text.slice(Math.max(0, mention.start - collective.length - 3), mention.start))) return mention.entity;
  }
  return undefined;
}

/** The agent of a passive verb of naming: "described as “heartbreaking” by the conservation department". */
export function passiveAgent(context: SpeakerContext, quote: QuoteSpans): Found {
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
