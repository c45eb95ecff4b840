import type { Candidate } from './candidate';
import { MEDIUM, STRONG, noEvidence } from './evidence';
import type { GazetteerEntry } from './gazetteer';
import { lookupName, lookupRegion, lookupStateCode } from './gazetteer';
import { LEXICON, isTitle } from './lexicon';
import { endsKnownName } from './known-name-before';

// "Austin, TX", "Palo Alto, California", "Phoenix, Ariz.", "Lyon, France": up to three capitalised
// words, a comma, then one to three more; what follows may not go on with the name ("Texas-based",
// "Georgia’s", "Washington Post"). Each comma is read on its own, so that a pair's second part may open
// the next pair ("Brellin Labs, Palo Alto, California").
const REGION_AFTER = /^\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2}(?=$|[\s,;:)@–—]|\.(?:\s|$))/u;
const CITY_BEFORE = /\p{Lu}[\p{L}’'-]*\.?(?: \p{Lu}[\p{L}’'-]*\.?){0,2}$/u;
/** "TX", "ON": a postal code. At module level: the bundle builds a `\p{…}` pattern written inside a function again at every call. */
const POSTAL_CODE = /^\p{Lu}{2}$/u;
/** How far before a comma the city's words are looked for, and after it the region's. */
const REACH = 48;

/** The state, province or country the words after the comma name, or null. */
function region(written: string): GazetteerEntry | null {
  return POSTAL_CODE.test(written) ? lookupStateCode(written) : lookupRegion(written);
}

/** "June 1 – Dallas", "Held In Dallas": words before a city in a list's line or a headline's capitals, never a city's. */
const notCityWord = (word: string): boolean =>
  LEXICON.calendar.has(word) || (isTitle(word) && !LEXICON.placePrefixes.has(word)) || LEXICON.commonWords.has(word.toLowerCase()) || LEXICON.orgCues.has(word);

const placeCandidate = (start: number, text: string, known: GazetteerEntry | null, weight: number): Candidate => {
  const evidence = noEvidence();
  evidence.place = weight;
  return { start, end: start + text.length, text, words: text.split(' '), initial: false, compound: false, evidence, known, acronym: null };
};

/**
 * The places of "City, State" pairs in a block's text (`end`: where its credit line starts): the city
 * and the state, province or country after its comma are two places (ANNOTATION.md: a city and its
 * country are two places), also in a tour's dates or a headline's capitals, where nothing else marks a name.
 * A pair's part that the block's candidates already hold gets the pair's evidence instead of a
 * second candidate. Linear in the text.
 */
export function addCityStatePairs(text: string, end: number, candidates: Candidate[]): void {
  if (!text.includes(', ')) return;
  const added: Candidate[] = [];
  let changed = false;
  for (let comma = text.indexOf(', '); comma >= 0 && comma < end; comma = text.indexOf(', ', comma + 2)) {
    // Most commas are followed by a lower-case word: nothing more is read there.
    const next = text.charCodeAt(comma + 2);
    if (next >= 97 && next <= 122) continue;
    const regionWords = REGION_AFTER.exec(text.slice(comma + 2, comma + 2 + REACH))?.[0];
    if (!regionWords || comma + 2 + regionWords.length > end) continue;
    const known = region(regionWords);
    if (!known) continue;
    const cityWords = CITY_BEFORE.exec(text.slice(Math.max(0, comma - REACH), comma))?.[0];
    if (!cityWords) continue;
    const at = comma - cityWords.length;
    const words = cityWords.split(' ');
    let first = words.length;
    while (first > 0 && !notCityWord((words[first - 1] as string).replace(/\.$/, ''))) first -= 1;
    if (first === words.length) continue;
    const city = words.slice(first).join(' ');
    const cityKnown = lookupName(city);
    if (cityKnown && cityKnown.type !== 'place') continue;
    const cityStart = at + cityWords.length - city.length;
    if (endsKnownName(text, cityStart, comma)) continue;
    const regionStart = at + cityWords.length + 2;
    for (const part of [placeCandidate(cityStart, city, cityKnown, STRONG), placeCandidate(regionStart, regionWords, known, STRONG)]) {
      const same = candidates.find((candidate) => candidate.start === part.start && candidate.end === part.end);
      if (same) {
        same.evidence.place += MEDIUM;
        continue;
      }
      // A longer name over the part ("Brellin Palo Alto Labs") wins; shorter readings inside it ("La"
      // of "La.") give way.
      const overlapping = candidates.filter((candidate) => candidate.start < part.end && part.start < candidate.end);
      if (overlapping.some((candidate) => candidate.start < part.start || candidate.end > part.end)) continue;
      for (const inside of overlapping) candidates.splice(candidates.indexOf(inside), 1);
      added.push(part);
      changed = true;
    }
  }
  if (!changed) return;
  candidates.push(...added);
  candidates.sort((a, b) => a.start - b.start);
}
