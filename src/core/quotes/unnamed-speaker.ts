/**
 * "“…,” said the woman, who did not want to be named. “…,” she said": a pronoun in the paragraph that
 * quoted someone the story leaves unnamed ("the woman", "the man") stands for that one, not for a
 * person named paragraphs before.
 */
import type { Sentence } from '../text/split-sentences';
import type { Mention, SpeakerContext } from './speaker-context';
import { isQuoted, mentionsIn, sentenceAt } from './story-lookups';

/** "said the woman", "the man told": a quotation's speaker described only as a man or a woman. */
const UNNAMED = /\b(?:(?:said|says|told|added)\s+the\s+(woman|man|girl|boy)\b|the\s+(woman|man|girl|boy)\s+(?:said|says|told|added)\b)/gi;
const GENDER: Record<string, 'female' | 'male'> = { woman: 'female', girl: 'female', man: 'male', boy: 'male' };

/**
 * Whether the pronoun "he" or "she" (`gender`) at `at` stands for a speaker its paragraph described
 * only as a man or a woman, with no person of that gender named between them.
 */
export function isUnnamedSpeaker(context: SpeakerContext, at: number, gender: 'male' | 'female'): boolean {
  const here = sentenceAt(context, at);
  const block = context.sentences[here]?.block;
  let first = here;
  while (first > 0 && context.sentences[first - 1]?.block === block) first -= 1;
  const start = (context.sentences[first] as Sentence | undefined)?.start ?? at;
  let end = -1;
  for (const match of context.text.slice(start, at).matchAll(UNNAMED)) {
    if (GENDER[(match[1] ?? match[2] ?? '').toLowerCase()] === gender) end = start + (match.index ?? 0) + match[0].length;
  }
  if (end < 0) return false;
  const fits = (mention: Mention): boolean => mention.entity.type === 'person' && !isQuoted(context, mention.start) && [gender, 'either', null].includes(context.genders.get(mention.entity.id) ?? null);
  return !mentionsIn(context, end, at).some(fits);
}
