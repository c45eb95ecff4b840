/**
 * Lookups over the speaker context: the mentions and the sentence at an offset, whether an offset is
 * quoted, and the people a role, a title or a gender points to.
 */
import type { Entity } from '../entities/entity';
import { isTitle } from '../entities/lexicon';
import type { Sentence } from '../text/split-sentences';
import type { QuoteSpans } from './find-quote-spans';
import type { Mention, Speaker, SpeakerContext } from './speaker-context';

/** Index of the first mention starting at or after `offset`. */
export function firstMentionAt(context: SpeakerContext, offset: number): number {
  let low = 0;
  let high = context.mentions.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((context.mentions[mid] as Mention).start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Whether `at` lies inside a mention, past its first character: "States" of "the United States". */
export function isInsideMention(context: SpeakerContext, at: number): boolean {
  const mention = context.mentions[firstMentionAt(context, at) - 1];
  return mention !== undefined && mention.end > at;
}

export function mentionsIn(context: SpeakerContext, start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (let index = firstMentionAt(context, start); index < context.mentions.length; index += 1) {
    const mention = context.mentions[index] as Mention;
    if (mention.start >= end) break;
    if (mention.end <= end) out.push(mention);
  }
  return out;
}

export function sentenceAt(context: SpeakerContext, offset: number): number {
  let low = 0;
  let high = context.sentences.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if ((context.sentences[mid] as Sentence).start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Whether `at` lies inside one of the story's quotations. */
export function isQuoted(context: SpeakerContext, at: number): boolean {
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

/** The person last described by this role before `at`. */
export function personByRole(context: SpeakerContext, role: string, at: number, ahead = 0): Entity | undefined {
  const list = context.roles.get(role.toLowerCase());
  let found: Entity | undefined;
  for (const item of list ?? []) if (item.at < at) found = item.entity;
  if (!found && ahead > 0) found = list?.find((item) => item.at > at && item.at - at <= ahead)?.entity;
  // A headline speaks of people the story introduces below it ("Mother warns …").
  return found ?? (at < (context.sentences[0]?.end ?? 0) ? list?.[0]?.entity : undefined);
}

/** The people the story names with a title that is, or abbreviates, `role` ("Sen." and "Senator" for "senator"). */
export function titledAs(context: SpeakerContext, role: string): Set<Entity> {
  const titled = new Set<Entity>();
  context.mentions.forEach((mention, index) => {
    const title = context.titles[index];
    const word = title?.toLowerCase() ?? '';
    if (title && isTitle(title) && (word === role || (word.length >= 3 && role.startsWith(word)))) titled.add(mention.entity);
  });
  return titled;
}

/**
 * The person of this gender the story names most often before `at` (the nearest on a tie): whom it
 * is about. Names of this gender first ("Chloe"), then names worn by either ("Alfie", "Pat"); only
 * those `among` where given.
 */
export function mainPerson(context: SpeakerContext, gender: 'male' | 'female', at: number, among?: ReadonlySet<Entity>): Speaker {
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
