import { lookupRegion } from './gazetteer';

/** The longest directory line read: a name, a town and a state, with the spaces around them. */
const MAX_LINE = 140;
/** "Name, Town, State" alone on a line, the town of one to three words. */
const DIRECTORY_LINE = /^[^,;:!?“”"]{2,60}, (\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}), ([\p{Lu}][\p{L}. ]{1,30}?)\.?$/u;

/**
 * "Brellin Robotics, Elm Falls, Colorado": a line of a list giving a body or person, then its town
 * and its state or country. Every word is capitalised, as in a headline, but the line is names in
 * prose order: its capitals are evidence, not style.
 */
export function isDirectoryLine(blockText: string): boolean {
  // A line of a directory is short; prose blocks are not read at all.
  if (blockText.length > MAX_LINE) return false;
  // Most short blocks (headlines, bylines) have no comma and a space, which the line needs twice.
  if (!blockText.includes(', ')) return false;
  const match = DIRECTORY_LINE.exec(blockText.trim());
  const region = match?.[2]?.trim();
  if (!match || !region) return false;
  return (lookupRegion(region) ?? lookupRegion(`${region}.`)) !== null;
}
