import type { Token } from '../text/tokenise';
import { hasLetter, isAllCaps, isCapitalised } from '../text/tokenise';
import { isDirectoryLine } from './directory-line';
import { LEXICON } from './lexicon';

/**
 * How a block uses capitals: `normal` prose, `title` case ("Obama Admits US Gun Laws Are His
 * Biggest Frustration") or `caps` (all upper case). Capitals carry no evidence in the last two.
 */
export type BlockStyle = 'normal' | 'title' | 'caps';

/** A short function word that title case leaves in lower case: "in", "of", "the". */
const isLowerFunctionWord = (word: string): boolean => word.length <= 4 && /^\p{Ll}+$/u.test(word) && LEXICON.commonWords.has(word);

/**
 * "A Change in Guidelines?", "Into the Wild We Go": a short subhead in title case, its function words
 * in lower case, that asks a question or has two capitalised function words or more, capitalised by
 * the style only (a caption's "Ana Roe in Paris" has neither). No full stop ends it.
 */
function isTitledSubhead(blockText: string, words: readonly Token[]): boolean {
  if (words.length < 3 || words.length > 8 || /[.!:]["”’)]?$/.test(blockText.trimEnd())) return false;
  if (!words.every((token) => isCapitalised(token.text) || isLowerFunctionWord(token.text))) return false;
  if (/\?["”’)]?$/.test(blockText.trimEnd())) return true;
  return words.filter((token) => isCapitalised(token.text) && LEXICON.commonWords.has(token.text.toLowerCase())).length >= 2;
}

export function blockStyle(blockText: string, tokens: readonly Token[]): BlockStyle {
  if (isDirectoryLine(blockText)) return 'normal';
  const words = tokens.filter((token) => hasLetter(token.text));
  // A short line with every word capitalised and no full stop is a heading ("Finished Terrarium").
  if (words.length >= 2 && words.length <= 6 && !/[.!?:]["”’)]?$/.test(blockText.trimEnd()) && words.every((token) => isCapitalised(token.text) || /^\P{L}/u.test(token.text))) return 'title';
  if (isTitledSubhead(blockText, words)) return 'title';
  if (words.length < 3) return 'normal';
  const caps = words.filter((token) => isAllCaps(token.text)).length;
  if (caps / words.length > 0.8 && words.length >= 4) return 'caps';
  // Prose ends its sentences; a long sentence full of names is still prose.
  if (words.length > 12 && /[.!?]["”’)]?$/.test(blockText.trimEnd())) return 'normal';
  // Title case capitalises long function words too ("With", "From", "Have").
  const content = words.slice(1).filter((token) => token.text.length >= 4 || !LEXICON.commonWords.has(token.text.toLowerCase()));
  if (content.length < 3) return 'normal';
  const capitalised = content.filter((token) => isCapitalised(token.text)).length / content.length;
  // A sentence full of names still ends like one; a headline mostly does not.
  const ended = /[.!]["”’)]?$/.test(blockText.trimEnd());
  return capitalised >= 0.9 || (capitalised >= 0.8 && !ended) ? 'title' : 'normal';
}
