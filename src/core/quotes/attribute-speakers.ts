import type { Entity } from '../entities/entity';
import { givenNameGender } from '../entities/gazetteer';
import { LEXICON } from '../entities/lexicon';
import type { Sentence } from '../text/split-sentences';
import type { Token } from '../text/tokenise';
import { tokenise } from '../text/tokenise';
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

const PRONOUNS: Record<string, 'male' | 'female' | 'it'> = { he: 'male', she: 'female', it: 'it' };
const UNNAMED = /^(?:a|an|the|one|another|some|many|officials?|police|authorities|experts?|critics|residents|witnesses|sources|people|they|we|i|you|his|her|their|its|several|two|three|both)$/i;
const WINDOW = 14;

export interface SpeakerContext {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  /** gender of each person entity by id, from its given name */
  readonly genders: ReadonlyMap<string, 'male' | 'female' | 'either' | null>;
}

export function speakerContext(text: string, sentences: readonly Sentence[], entities: readonly Entity[]): SpeakerContext {
  const mentions: Mention[] = [];
  const genders = new Map<string, 'male' | 'female' | 'either' | null>();
  for (const entity of entities) {
    for (const span of entity.mentions) mentions.push({ ...span, entity });
    if (entity.type === 'person') genders.set(entity.id, givenNameGender(entity.name.split(' ')[0] ?? ''));
  }
  mentions.sort((a, b) => a.start - b.start);
  return { text, sentences, mentions, genders };
}

const isVerb = (token: Token): boolean => LEXICON.speechVerbs.has(token.text);

function mentionsIn(context: SpeakerContext, start: number, end: number): Mention[] {
  const out: Mention[] = [];
  // The mentions are few per quotation's neighbourhood; a binary search finds the first.
  let low = 0;
  let high = context.mentions.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((context.mentions[mid] as Mention).start < start) low = mid + 1;
    else high = mid;
  }
  for (let index = low; index < context.mentions.length; index += 1) {
    const mention = context.mentions[index] as Mention;
    if (mention.start >= end) break;
    if (mention.end <= end) out.push(mention);
  }
  return out;
}

/** The person (or body, for "it") a pronoun at `at` refers to: the nearest fitting one before it. */
function resolvePronoun(context: SpeakerContext, word: string, at: number): Found {
  const kind = PRONOUNS[word.toLowerCase()];
  if (!kind) return undefined;
  const before = mentionsIn(context, 0, at);
  for (let index = before.length - 1; index >= 0; index -= 1) {
    const { entity } = before[index] as Mention;
    if (kind === 'it') {
      if (entity.type === 'organization') return entity;
      continue;
    }
    if (entity.type !== 'person') continue;
    const gender = context.genders.get(entity.id) ?? null;
    if (gender === null || gender === 'either' || gender === kind) return entity;
  }
  return null;
}

/** The speaker a clause names next to a verb of saying, between `start` and `end`. */
function subjectOf(context: SpeakerContext, start: number, end: number, verb: Token): Found {
  // "X said", "X, the envoy, said": the nearest person before the verb, else the nearest body.
  const before = mentionsIn(context, start, verb.start).filter((mention) => mention.entity.type !== 'place' || mention.end + 8 > verb.start);
  const people = before.filter((mention) => mention.entity.type === 'person');
  const chosen = people.at(-1) ?? before.at(-1);
  const words = tokenise(context.text, start, verb.start);
  const last = words.at(-1);
  if (last && PRONOUNS[last.text.toLowerCase()] && (!chosen || chosen.end <= last.start)) return resolvePronoun(context, last.text, last.start);
  if (chosen) return chosen.entity;
  // "said X", "said Foreign Minister X", "said he".
  const after = tokenise(context.text, verb.end, end).slice(0, 6);
  const pronoun = after[0];
  if (pronoun && PRONOUNS[pronoun.text.toLowerCase()]) return resolvePronoun(context, pronoun.text, pronoun.start);
  const next = mentionsIn(context, verb.end, after.at(-1)?.end ?? verb.end);
  const named = next.find((mention) => mention.entity.type === 'person') ?? next[0];
  if (named) return named.entity;
  if (last && UNNAMED.test(last.text)) return null;
  if (words.length > 0 && /^\p{Ll}/u.test(last?.text ?? '')) return null;
  return undefined;
}

/** The attribution in `[start, end)`: the verb of saying nearest the quotation, and its subject. */
function attributionIn(context: SpeakerContext, start: number, end: number, nearEnd: boolean): Found {
  const tokens = tokenise(context.text, start, end);
  const window = nearEnd ? tokens.slice(-WINDOW * 2) : tokens.slice(0, WINDOW);
  const verbs = window.filter(isVerb);
  const verb = nearEnd ? verbs.at(-1) : verbs[0];
  if (verb) {
    if (verb.text === 'according') {
      const next = mentionsIn(context, verb.end, Math.min(end, verb.end + 60))[0];
      return next ? next.entity : undefined;
    }
    return subjectOf(context, nearEnd ? start : start, end, verb);
  }
  // "X: “…”": a name just before a colon that introduces the quotation.
  if (nearEnd && /:\s*$/.test(context.text.slice(Math.max(start, end - 3), end))) {
    const mention = mentionsIn(context, start, end).at(-1);
    if (mention && mention.end + 3 >= end) return mention.entity;
  }
  return undefined;
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
  const speakers: Speaker[] = [];
  const { text, sentences } = context;
  quotes.forEach((quote, index) => {
    const previous = quotes[index - 1];
    const next = quotes[index + 1];
    const firstSentence = sentences[sentenceAt(context, quote.open)];
    const lastIndex = sentenceAt(context, Math.max(quote.open, quote.close - 1));
    const lastSentence = sentences[lastIndex];
    let found: Found;
    if (lastSentence) {
      const end = Math.min(lastSentence.end, next && next.open > quote.close ? next.open : lastSentence.end);
      if (quote.close < end) found = attributionIn(context, quote.close, end, false);
    }
    if (found === undefined && firstSentence) {
      const start = Math.max(firstSentence.start, previous && previous.close <= quote.open ? previous.close : firstSentence.start);
      if (start < quote.open) found = attributionIn(context, start, quote.open, true);
    }
    // A quotation broken by its attribution, or a second quotation of the same clause.
    if (found === undefined && previous && firstSentence && previous.close >= firstSentence.start) found = speakers[index - 1] ?? undefined;
    if (found === undefined && firstSentence) {
      const before = sentences[sentenceAt(context, quote.open) - 1];
      if (before && before.block === firstSentence.block || (before && /:\s*$/.test(text.slice(before.start, before.end)))) {
        found = attributionIn(context, before.start, before.end, true);
      }
    }
    if (found === undefined && lastSentence) {
      const after = sentences[lastIndex + 1];
      if (after && after.block === lastSentence.block && after.end - after.start < 120 && !(next && next.open < after.end)) {
        found = attributionIn(context, after.start, after.end, false);
      }
    }
    // A paragraph that is all quotation goes on with the speaker of the quotation before it.
    if (found === undefined && previous && firstSentence && firstSentence.start >= quote.open - 1) found = speakers[index - 1] ?? undefined;
    speakers.push(found ?? null);
  });
  return speakers;
}
