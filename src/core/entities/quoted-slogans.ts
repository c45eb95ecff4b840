/**
 * `a banner reading "Greedy Roe"`, `chants of "Crooked Quist"`: capitalised words that fill a
 * quotation by themselves are a slogan or a sign, capitalised as such; read alone, they look like a
 * person's name, and the person's surname inside them would take that person's later mentions.
 * `her book “A Garden Built in Ashes: The Quiet Towns”`: so are the capitalised words of a work's title.
 */
import { WORK_BEFORE } from '../text/work-noun';
import type { Candidate } from './candidate';
import { MEDIUM } from './evidence';
import { gazetteerKey, givenNameGender } from './gazetteer';
import { isTitle, LEXICON } from './lexicon';

/** "J", "J.": an initial. At module level: the bundle builds a `\p{…}` pattern written inside a function again at every call. */
const INITIAL = /^\p{Lu}\.?$/u;

/** An opening mark, and "The", "A" or "An" after it: `“The Kiss Was Long.”`. */
const OPENING = /["“](?:(?:The|An?) )?$/;

/** Whether the mention at `start`–`end` is the whole text of a quotation, its article and closing punctuation aside. */
function fillsQuotation(text: string, start: number, end: number): boolean {
  return OPENING.test(text.slice(Math.max(0, start - 5), start)) && /^[,.!?]?["”]/.test(text.slice(end, end + 2));
}

/** How far a title's quotation marks may stand from a name inside it. */
const TITLE_REACH = 120;
/** "Ashes", "Communities": a word of five letters or more, which a title capitalises. */
const LONG_WORD = /^\p{L}{5,}/u;
const CAPITALISED = /^\p{Lu}/u;

/**
 * Whether the mention at `start`–`end` stands inside curly quotation marks after a work's noun
 * ("her book “…”"), whose words of five letters or more are all capitalised: a work's title.
 */
function inWorkTitle(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf('“', start);
  if (open < 0 || start - open > TITLE_REACH || text.lastIndexOf('”', start) > open) return false;
  const close = text.indexOf('”', end);
  if (close < 0 || close - end > TITLE_REACH || text.slice(open, close).includes('\n')) return false;
  const words = text.slice(open + 1, close).split(/[\s:,;.!?]+/).filter(Boolean);
  if (!words.every((word) => !LONG_WORD.test(word) || CAPITALISED.test(word))) return false;
  return WORK_BEFORE.test(text.slice(Math.max(0, open - 30), open));
}

/**
 * Whether the candidate may be a slogan: two words or more, the first no given name, title or initial,
 * no known name and nothing that says body or place.
 */
function sloganShaped(candidate: Candidate): boolean {
  const first = candidate.words[0] ?? '';
  if (candidate.words.length < 2 || candidate.known !== null || givenNameGender(first) !== null || isTitle(first) || INITIAL.test(first)) return false;
  if (candidate.words.some((word) => LEXICON.orgCues.has(word) || LEXICON.placeSuffixes.has(word))) return false;
  return Math.max(candidate.evidence.place, candidate.evidence.organization) < MEDIUM;
}

/** The candidates without the slogans and titles: forms the story writes only as the whole of a quotation, or inside a work's title. */
export function withoutQuotedSlogans(text: string, candidates: readonly Candidate[]): readonly Candidate[] {
  const outside = new Set<string>();
  let quoted: Set<string> | undefined;
  for (const candidate of candidates) {
    const key = gazetteerKey(candidate.text);
    const title = candidate.known === null && inWorkTitle(text, candidate.start, candidate.end);
    if (title || (candidate.words.length > 1 && sloganShaped(candidate) && fillsQuotation(text, candidate.start, candidate.end))) (quoted ??= new Set()).add(key);
    else outside.add(key);
  }
  if (!quoted) return candidates;
  const slogans = quoted;
  return candidates.filter((candidate) => outside.has(gazetteerKey(candidate.text)) || !slogans.has(gazetteerKey(candidate.text)));
}
