import type { Token } from '../text/tokenise';
import { isAllCaps } from '../text/tokenise';
import { lookupName } from './gazetteer';

/**
 * "the TCA Elmford facility", "ADB Harwick office": a body the gazetteer knows by its acronym, then
 * a city of the city list, are the body and where its site is, not one name. `last` is the run so
 * far, a lone acronym; `next` the word after it. Not a country or region after the acronym ("NHS
 * England" is one body's name).
 */
export function cityAfterAcronym(tokens: readonly Token[], first: number, last: number): boolean {
  const acronym = (tokens[last] as Token).text;
  if (first !== last || !isAllCaps(acronym) || lookupName(acronym)?.type !== 'organization') return false;
  const city = tokens[last + 1];
  const after = tokens[last + 2];
  if (!city || (after && /^\p{Lu}/u.test(after.text))) return false;
  return lookupName(city.text)?.city === true;
}
