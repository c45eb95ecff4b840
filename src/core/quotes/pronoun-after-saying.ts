/**
 * "The ministry said it viewed the plan as “…”": "it" or "they" just after a verb of saying stands for
 * that verb's own subject, not for the body the story named last.
 */
import type { Token } from '../text/tokenise';
import type { Found } from './speaker-context';
import { verbsIn } from './speech-verbs';

/** Pronouns that stand as often for a body as for people. */
const BODY_PRONOUNS = /^(?:it|they)$/i;

/**
 * The subject of the verb of saying just before the pronoun `words[index]` ("said it", "said that
 * they"), found by `subjectOfVerb`; `undefined` where the pronoun follows no such verb.
 */
export function pronounAfterSaying(words: readonly Token[], index: number, subjectOfVerb: (verb: Token) => Found): Found {
  if (!BODY_PRONOUNS.test(words[index]?.text ?? '')) return undefined;
  const at = words[index - 1]?.text.toLowerCase() === 'that' ? index - 2 : index - 1;
  const verb = words[at];
  if (!verb || verbsIn(words.slice(Math.max(0, at - 1), at + 1)).at(-1) !== verb) return undefined;
  return subjectOfVerb(verb);
}
