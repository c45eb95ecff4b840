import { WEAK } from './evidence';
import { LEXICON } from './lexicon';

/** "Ana Caldwell-Roe": a double-barrelled surname after one name word. */
const DOUBLE_BARRELLED = /^\p{Lu}\p{Ll}+[-‑]\p{Lu}\p{Ll}+$/u;

/** "Ana Roe had 15", "scored 34": a player's line in a game story. */
const STAT_LINE = /^ (?:had|scored|added|grabbed|posted|finished with) \d/;

/**
 * Person evidence from a name's shape and what follows it, for names no given-name list knows:
 * a double-barrelled surname ("Kentavious Caldwell-Pope"), or a player's numbers after a name of
 * two words or more ("and Nerlens Noel had 15"). `end` is where the name ends in `text`.
 */
export function personByShape(words: readonly string[], text: string, end: number): number {
  if (words.length < 2 || words.some((word) => LEXICON.orgCues.has(word) || LEXICON.placeSuffixes.has(word))) return 0;
  let evidence = 0;
  if (words.length === 2 && DOUBLE_BARRELLED.test(words[1] ?? '')) evidence += WEAK;
  if (text.charCodeAt(end) === 32 && STAT_LINE.test(text.slice(end, end + 20))) evidence += WEAK;
  return evidence;
}
