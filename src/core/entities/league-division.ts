import type { Token } from '../text/tokenise';
import { isCapitalised } from '../text/tokenise';
import { lookupName } from './gazetteer';

/** A league's or conference's divisions and groups, named by direction or region. */
const DIVISION_NAMES: ReadonlySet<string> = new Set(['East', 'West', 'North', 'South', 'Central', 'Atlantic', 'Pacific', 'Metropolitan', 'Midwest', 'Northeast', 'Northwest', 'Southeast', 'Southwest', 'Mountain']);
const LEAGUES: ReadonlySet<string> = new Set(['Conference', 'League', 'Association']);

/**
 * "the Harbor Athletic Conference | West Division", "the Coastal League | East Division": a
 * conference's division after its name is a part of it, not a word of the conference's name, which
 * the story means as much. Whether the run ending at `last` ends before such a division.
 */
export function divisionAfterLeague(tokens: readonly Token[], last: number): boolean {
  const division = tokens[last + 2]?.text;
  return LEAGUES.has(tokens[last]?.text ?? '') && DIVISION_NAMES.has(tokens[last + 1]?.text ?? '') && (division === 'Division' || division === 'Conference');
}

/** Heads of bodies named for the place they meet on or about ("Conference on Tarvel"). */
const ABOUT_PLACES: ReadonlySet<string> = new Set(['Conference', 'Commission', 'Committee', 'Council', 'Summit', 'Forum', 'Talks', 'Group']);

/**
 * "a lead in the West Division | on Tarvel": "on" and a place the gazetteer knows, where the name
 * would end with it, tell what the name is ahead of or how it stands, not more of the name. `last`
 * is the name's last word so far, "on" the word after it.
 */
export function placeAfterOn(tokens: readonly Token[], last: number): boolean {
  const on = tokens[last + 1];
  const place = tokens[last + 2];
  const after = tokens[last + 3];
  if (on?.text !== 'on' || !place || ABOUT_PLACES.has(tokens[last]?.text ?? '')) return false;
  if (after && isCapitalised(after.text) && after.start === place.end + 1) return false;
  return lookupName(place.text)?.type === 'place';
}
