import type { Token } from '../text/tokenise';
import { MEDIUM, STRONG, WEAK } from './evidence';
import { LEXICON } from './lexicon';

/** "southwest of", "north-east of", "miles south of": a compass point before "of". */
const COMPASS = /^(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)$/;
/** "the northern", "the southwestern": a region's adjective between "the" and the name. */
const REGIONAL = /^(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)$/;
/** Features named after a place: "the Gush Etzion settlement", "the Sierra Nevada foothills", "the Tarvel area". */
const FEATURES_AFTER: ReadonlySet<string> = new Set(['settlement', 'settlements', 'foothills', 'mountains', 'hills', 'coast', 'coastline', 'basin', 'delta', 'desert', 'plateau', 'area', 'suburbs', 'outskirts']);

/**
 * Place evidence from the words around the name at `first`..`last`: "a village southwest of Ithaca",
 * "the northern Sierra Nevada", "the Gush Etzion settlement bloc".
 */
export function placeAround(tokens: readonly Token[], first: number, last: number): number {
  const prev = tokens[first - 1]?.text ?? '';
  const prev2 = tokens[first - 2]?.text ?? '';
  let evidence = 0;
  if (prev === 'of' && COMPASS.test(prev2)) evidence += MEDIUM;
  if (prev2.toLowerCase() === 'the' && REGIONAL.test(prev)) evidence += WEAK;
  if (FEATURES_AFTER.has(tokens[last + 1]?.text ?? '')) evidence += MEDIUM;
  return evidence;
}

/** After the town's comma: a lower-case word other than a list's "and"/"or" ("Elmstead, the team went"). */
const CLAUSE_GOES_ON = /^, (?!and\b|or\b)\p{Ll}/u;

/**
 * "with help from the University of Tarvel, Elmstead, the team went": one word between commas just
 * after a body's name with a head word, the clause going on after it, is where the body is; not an
 * item of a list ("Tarvel University, Elmstead, and Kelp College").
 */
export function townOfBody(text: string, tokens: readonly Token[], first: number, last: number): number {
  const [before, town, end] = [tokens[first - 1], tokens[first] as Token, tokens[last] as Token];
  if (first !== last || !before || text.slice(before.end, town.start) !== ', ' || !CLAUSE_GOES_ON.test(text.slice(end.end, end.end + 6))) return 0;
  // The body's name before the comma: capitalised words and "of", one of them a head word.
  for (let at = first - 1; at >= Math.max(0, first - 6); at -= 1) {
    const word = (tokens[at] as Token).text;
    if (LEXICON.orgCues.has(word)) return STRONG;
    if (word !== 'of' && !/^\p{Lu}/u.test(word)) return 0;
  }
  return 0;
}
