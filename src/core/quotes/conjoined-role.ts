/**
 * "the Harbor senator and Liberal mayoral candidate said": two roles of one person joined by "and",
 * whose determiner stands before the first.
 */
import { isTitle, LEXICON } from '../entities/lexicon';
import type { Token } from '../text/tokenise';

/** How many words before a role its determiner may stand: "the Harbor County deputy mayor". */
export const ROLE_WORDS = 4;

/**
 * The earliest index the determiner of the role `words[last]` may stand at: `ROLE_WORDS` words back,
 * or as many before a first role that "and" joins to it ("the Harbor senator and … candidate").
 */
export function roleReach(words: readonly Token[], last: number): number {
  for (let index = last - 1; index > last - ROLE_WORDS && index > 0; index -= 1) {
    if (words[index]?.text !== 'and') continue;
    const first = words[index - 1]?.text ?? '';
    if (LEXICON.roleNouns.has(first) || isTitle(first)) return Math.max(0, index - 1 - ROLE_WORDS);
  }
  return Math.max(0, last - ROLE_WORDS);
}
