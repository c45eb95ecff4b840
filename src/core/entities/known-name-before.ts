import { lookupName } from './gazetteer';

/** One to three capitalised words, then "and" or "of", just before where a name starts. */
const JOINED_BEFORE = /((?:\p{Lu}[\p{L}’'-]*\s){1,3})(and|of) $/u;

/**
 * "Bosnia and Herzegovina, Slovakia", "Republic of Ireland, Wales": whether the words at `start`..`end`
 * are the tail of a longer name the gazetteer knows, joined by "and" or "of" to the words before
 * it, so that they are no place of their own.
 */
export function endsKnownName(text: string, start: number, end: number): boolean {
  const match = JOINED_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (!match) return false;
  const words = (match[1] as string).trim().split(' ');
  const tail = `${match[2]} ${text.slice(start, end)}`;
  for (let from = 0; from < words.length; from += 1) {
    const known = lookupName(`${words.slice(from).join(' ')} ${tail}`);
    if (known && !known.city) return true;
  }
  return false;
}
