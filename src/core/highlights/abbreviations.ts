/**
 * English abbreviations whose full stop does not end a sentence. Source: the abbreviation lists of
 * the AP Stylebook (titles, months, addresses) and of Punkt-style sentence tokenizers; lower case,
 * without the final stop.
 */

/** Titles and name parts: always followed by the name, never the end of a sentence. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'rev', 'fr', 'sr', 'sra', 'st', 'ste', 'mt', 'ft',
  'sen', 'rep', 'gov', 'lt', 'gen', 'col', 'maj', 'capt', 'cpt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt',
  'supt', 'insp', 'det', 'hon', 'pres', 'atty', 'messrs', 'mme', 'mlle', 'sens', 'reps',
  'vs', 'v', 'approx', 'ca', 'cf', 'al',
  'dept', 'univ', 'assn', 'ave', 'blvd', 'rd', 'hwy',
]);

/** Months, weekdays and numbering words: not the end of a sentence when a number follows ("Jan. 5", "No. 10"). */
export const NUMBERED_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'no', 'nos', 'vol', 'fig', 'art', 'ch', 'p', 'pp', 'para', 'sec',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);

/**
 * Words that begin sentences far more often than they follow an acronym inside one: after "U.S."
 * or "p.m." one of these marks a new sentence ("moved to the U.S. The family…"), any other capital
 * word does not ("the U.S. Senate").
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'or', 'so', 'yet',
  'in', 'on', 'at', 'by', 'for', 'from', 'with', 'this', 'that', 'these', 'those', 'there', 'here',
  'his', 'her', 'its', 'their', 'our', 'my', 'as', 'if', 'when', 'while', 'after', 'before', 'since',
  'however', 'meanwhile', 'still', 'also', 'then', 'now', 'what', 'who', 'why', 'how', 'some', 'many',
  'most', 'one', 'two', 'no', 'not', 'both', 'each', 'all', 'other', 'such', 'last', 'next',
]);
