import type { Token } from '../text/tokenise';
import { MEDIUM, WEAK } from './evidence';

/** "southwest of", "north-east of", "miles south of": a compass point before "of". */
const COMPASS = /^(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)$/;
/** "the northern", "the southwestern": a region's adjective between "the" and the name. */
const REGIONAL = /^(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)$/;
/** Features named after a place: "the Gush Etzion settlement", "the Sierra Nevada foothills". */
const FEATURES_AFTER: ReadonlySet<string> = new Set(['settlement', 'settlements', 'foothills', 'mountains', 'hills', 'coast', 'coastline', 'basin', 'delta', 'desert', 'plateau']);

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
