/** The verbs of saying of a clause, and the words that may stand between a subject and its verb. */
import { LEXICON } from '../entities/lexicon';
import type { Token } from '../text/tokenise';
import { isCapitalised } from '../text/tokenise';

export const AUXILIARIES = new Set(['would', 'will', 'could', 'can', 'may', 'might', 'must', 'should', 'has', 'had', 'have', 'was', 'is', 'did', 'does', 'also', 'then', 'later', 'once', 'again', 'repeatedly', 'previously', 'recently', 'often', 'never', 'not', 'publicly', 'privately', 'reportedly', 'allegedly', 'still', 'further', 'even', 'just']);
/** An adverb of manner: "strongly", "flatly", and the hyphenated "flat-out". */
const MANNER = /^(?:[a-z]{2,}ly|flat-out)$/;
/** Words that may not stand before an adverb of manner: after them a word in -ly is a noun ("the family", "an ally"). */
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that']);

/**
 * Whether `words[index]` stands between a clause's subject and its verb: an auxiliary ("has", "would"),
 * an adverb of the list, or one of manner ("The company flat-out denied", "the ministry strongly
 * rejected"); not a noun in -ly after its determiner ("the family said").
 */
export function standsBeforeVerb(words: readonly Token[], index: number): boolean {
  const word = words[index]?.text ?? '';
  if (AUXILIARIES.has(word)) return true;
  return MANNER.test(word) && !DETERMINERS.has(words[index - 1]?.text.toLowerCase() ?? '');
}

/** Verbs that put their subject after them: "…,” said Smith. */
export const INVERTS = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'explained', 'noted', 'continued', 'recalled', 'asked', 'argued', 'insisted', 'warned', 'replied', 'responded', 'stated', 'declared', 'announced', 'observed', 'remarked', 'cautioned', 'conceded', 'acknowledged', 'admitted', 'reports', 'reported']);
/** Verbs news inverts less often, in the present and the past: "“…,” explains Roe", "“…,” commented Roe". */
const MORE_INVERTS = ['comments', 'commented', 'explains', 'notes', 'recalls', 'continues', 'observes', 'argues', 'insists', 'warns', 'stresses', 'stressed', 'remarks', 'replies', 'responds', 'cautions', 'concedes', 'acknowledges', 'admits', 'declares', 'states', 'asks'];
/** Verbs of manner news inverts too: "“This is fantastic!” beamed Roe", "“Out!” barked the coach". */
const MANNER_INVERTS = ['beamed', 'barked', 'boomed', 'exclaimed', 'gushed', 'scoffed', 'quipped', 'joked', 'shouted', 'yelled', 'thundered'];
for (const verb of [...MORE_INVERTS, ...MANNER_INVERTS]) INVERTS.add(verb);

// "his remarks", "in a statement", "the reports": a noun, not a verb of saying.
const NOT_BEFORE_VERB = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'this', 'that', 'these', 'those', 'in', 'of', 'with', 'for', 'on', 'by', 'to', 'whose']);

/** Quantifiers before a word in -s make it a plural noun: "in all states", "many reports", "50 claims"; a verb never follows them in that form. */
const QUANTIFIERS = /^(?:all|both|many|some|several|other|few|most|various|\d+)$/;

const POSSESSIVE = /['’]s$/;
/** "he’s said", "it’s told": a pronoun and "has" or "is", not a possessive. */
const CONTRACTED = /^(?:he|she|it|that|there|who|what|where|here|one)['’]s$/;

const GERUND_PREPOSITIONS = new Set(['by', 'in', 'with', 'for', 'on', 'of']);

/** Verbs of judging that say someone's words only with "as": "rejected the claims as “…”", "sees the lineup as its “…”". */
const AS_VERBS = new Set(['sees', 'see', 'saw', 'views', 'viewed', 'regards', 'regarded', 'rejected', 'rejects', 'dismissed', 'dismisses', 'characterized', 'characterised', 'characterizes', 'characterises', 'portrayed', 'portrays', 'hailed', 'hails', 'denounced', 'denounces', 'touted', 'touts']);
/** "introduced him as “a fighter”": presenting someone in words of one's own, said only with "as", and only in the active voice. */
const INTRODUCING = new Set(['introduced', 'introduces', 'introducing']);
/** "was introduced as “…”": the one presented is no speaker. */
const PASSIVE_BE = /^(?:is|are|was|were|be|been|being)$/i;
/** How many words after such a verb its "as" may stand. */
const AS_REACH = 8;

/** Words of saying that are as often plural nouns: "remarks", "claims". */
const PLURAL_NOUNS = new Set(['remarks', 'comments', 'claims', 'tweets', 'reports', 'vows', 'calls']);
/** Verbs whose object is a noun phrase, not a clause: "calls X remarks “…”", "slams X comments". */
const OBJECT_VERBS = new Set(['calls', 'called', 'calling', 'slams', 'slammed', 'blasts', 'blasted', 'rejects', 'rejected', 'dismisses', 'dismissed', 'denounces', 'denounced', 'mocks', 'mocked', 'defends', 'defended', 'praises', 'praised', 'hails', 'hailed', 'welcomes', 'welcomed', 'criticizes', 'criticized', 'criticises', 'criticised']);

/**
 * "Clinton Calls Trump’s Putin Remarks ‘Troubling’", "slams Hale comments": a plural noun of saying
 * after a name, itself the object of a verb before it, is what was said, not a verb with that name
 * as its subject.
 */
function isNamedObject(tokens: readonly Token[], index: number): boolean {
  if (!PLURAL_NOUNS.has(tokens[index]?.text.toLowerCase() ?? '')) return false;
  // The name's words, one or two, back to the verb (capitalised too in a title-case headline).
  for (let first = index - 1; first >= Math.max(0, index - 3); first -= 1) {
    const word = tokens[first]?.text ?? '';
    if (OBJECT_VERBS.has(word.toLowerCase())) return first < index - 1;
    if (!isCapitalised(word)) return false;
  }
  return false;
}

/** "has written", "had written": the perfect of writing, a verb of saying though its participle is no word of the lexicon. */
function isPerfectWritten(tokens: readonly Token[], index: number): boolean {
  return tokens[index]?.text === 'written' && /^(?:has|have|had)$/i.test(tokens[index - 1]?.text ?? '');
}

/** "went on", "goes on": going on with one's words, a verb of saying only where its clause ends there ("…,” he went on."), not "went on to win". */
const GOING = new Set(['went', 'goes']);

/** Whether `tokens[index]` is "went" or "goes" before a closing "on" ("“…,” she went on. “…”"). */
function isGoingOn(tokens: readonly Token[], index: number): boolean {
  const on = tokens[index + 1];
  if (!GOING.has(tokens[index]?.text.toLowerCase() ?? '') || on?.text !== 'on') return false;
  // Punctuation or the clause's end after "on": the words that went on are the quotation's.
  const next = tokens[index + 2];
  return !next || next.start - on.end > 1;
}

/** "began", "begins": the opening of someone's words, a verb of saying only where its clause ends there ("…,” one reply began –"), not "began to fall". */
const BEGINNING = new Set(['began', 'begins']);

/** Whether `tokens[index]` is "began" or "begins" closing its clause. */
function isBeginningWords(tokens: readonly Token[], index: number): boolean {
  const verb = tokens[index];
  if (!verb || !BEGINNING.has(verb.text.toLowerCase())) return false;
  const next = tokens[index + 1];
  return !next || next.start - verb.end > 1;
}

/** "found itself offering", "finds himself": finding oneself somewhere is no verb of saying. */
const FINDING = new Set(['found', 'finds']);
const REFLEXIVE = /^(?:itself|himself|herself|themselves|myself|ourselves|yourself)$/i;

export function verbsIn(tokens: readonly Token[]): Token[] {
  // Lower-cased: title-case headlines capitalise their verbs ("Mother Warns …").
  // "by saying", "after adding": a gerund after a preposition still attributes.
  return tokens.filter((token, index) => {
    const word = token.text.toLowerCase();
    if (AS_VERBS.has(word)) return tokens.slice(index + 1, index + 1 + AS_REACH).some((next) => next.text === 'as');
    if (INTRODUCING.has(word)) return !PASSIVE_BE.test(tokens[index - 1]?.text ?? '') && tokens.slice(index + 1, index + 1 + AS_REACH).some((next) => next.text === 'as');
    if (isPerfectWritten(tokens, index)) return true;
    if (isGoingOn(tokens, index) || isBeginningWords(tokens, index)) return true;
    if (!LEXICON.speechVerbs.has(word)) return false;
    if (FINDING.has(word) && REFLEXIVE.test(tokens[index + 1]?.text ?? '')) return false;
    if (isNamedObject(tokens, index)) return false;
    const before = tokens[index - 1]?.text.toLowerCase() ?? '';
    if (word.endsWith('s') && QUANTIFIERS.test(before)) return false;
    // "Trump’s call", "the minister’s warning": a noun after a possessive; not "he’s said", a contraction.
    if (POSSESSIVE.test(before) && !CONTRACTED.test(before)) return false;
    // "larger than that, said Ames": a word set off by a comma determines no noun after it.
    if (token.start - (tokens[index - 1]?.end ?? token.start) > 1) return true;
    return !NOT_BEFORE_VERB.has(before) || (token.text.endsWith('ing') && GERUND_PREPOSITIONS.has(before));
  });
}
