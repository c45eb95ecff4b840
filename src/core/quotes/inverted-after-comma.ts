/** "…” that Roe can win, said Ana Ames": a verb of saying inverted after a comma, its subject after it. */
import type { Token } from '../text/tokenise';
import type { SpeakerContext } from './speaker-context';
import { INVERTS } from './speech-verbs';
import { mentionsIn } from './story-lookups';

/** Capitalised words (titles, a body's name) between an inverted verb and the name: "said Harbor Board planner Ana Ames". */
/** A word (or its closing mark) and a comma ending the text before the verb. */
const WORD_THEN_COMMA = /[\p{L}\p{N}][’”"')]?,\s*$/u;
const TITLE_WORDS = /^\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;

/**
 * Whether `verb` is inverted after a comma with a name right after it ("…, said Ana Ames"), where a
 * name before the comma is part of what was said, not who said it ("that Roe can win, said Ana Ames").
 */
export function isNamedAfterInverted(context: SpeakerContext, start: number, end: number, verb: Token): boolean {
  if (!INVERTS.has(verb.text.toLowerCase())) return false;
  const head = context.text.slice(start, verb.start);
  if (!WORD_THEN_COMMA.test(head)) return false;
  const named = mentionsIn(context, verb.end, Math.min(end, verb.end + 80))[0];
  return named !== undefined && named.entity.type !== 'place' && TITLE_WORDS.test(context.text.slice(verb.end, named.start));
}
