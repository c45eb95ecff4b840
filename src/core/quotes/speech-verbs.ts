/** The verbs of saying of a clause, and the words that may stand between a subject and its verb. */
import { LEXICON } from '../entities/lexicon';
import type { Token } from '../text/tokenise';

export const AUXILIARIES = new Set(['would', 'will', 'could', 'can', 'may', 'might', 'must', 'should', 'has', 'had', 'have', 'was', 'is', 'did', 'does', 'also', 'then', 'later', 'once', 'again', 'repeatedly', 'previously', 'recently', 'often', 'never', 'not', 'publicly', 'privately', 'reportedly', 'allegedly', 'still', 'further', 'even', 'just']);
/** Verbs that put their subject after them: "…,” said Smith. */
export const INVERTS = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'explained', 'noted', 'continued', 'recalled', 'asked', 'argued', 'insisted', 'warned', 'replied', 'responded', 'stated', 'declared', 'announced', 'observed', 'remarked', 'cautioned', 'conceded', 'acknowledged', 'admitted']);

// "his remarks", "in a statement", "the reports": a noun, not a verb of saying.
const NOT_BEFORE_VERB = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'this', 'that', 'these', 'those', 'in', 'of', 'with', 'for', 'on', 'by', 'to', 'whose']);

const GERUND_PREPOSITIONS = new Set(['by', 'in', 'with', 'for', 'on', 'of']);

export function verbsIn(tokens: readonly Token[]): Token[] {
  // Lower-cased: title-case headlines capitalise their verbs ("Mother Warns …").
  // "by saying", "after adding": a gerund after a preposition still attributes.
  return tokens.filter((token, index) => {
    if (!LEXICON.speechVerbs.has(token.text.toLowerCase())) return false;
    const before = tokens[index - 1]?.text.toLowerCase() ?? '';
    return !NOT_BEFORE_VERB.has(before) || (token.text.endsWith('ing') && GERUND_PREPOSITIONS.has(before));
  });
}
