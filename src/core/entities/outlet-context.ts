/**
 * Outlets named by their title alone, with what is said of them around it: "a story by Tarrow
 * magazine", "Ana Roe wrote for ‘Kelp Weekly’", "Tarrow has asked the firm for comment". A place's name there is the title's ("New York
 * magazine"); with an article before it, a place's outlet ("a Kansas newspaper") is read as the place.
 */
import type { GazetteerEntry } from './gazetteer';
import { MEDIUM, NAMED_EVIDENCE, STRONG, WEAK } from './evidence';
import { givenNameGender } from './gazetteer';

/** Lower-case nouns for a publication after its title. */
const OUTLET_AFTER = /^ (?:magazine|newspaper|website|tabloid|weekly)\b/;
/** An article before the name: "a Kansas newspaper" is a newspaper of Kansas. */
const ARTICLE_BEFORE = /(?:^|\s)(?:a|an|the)\s$/i;
/** "wrote for", "writes for ‘": what a writer writes for is an outlet. */
const WRITES_FOR = /\b(?:wrote|writes|writing|written) for [‘'“"]?$/;
/** "Tarrow has asked the firm for comment": only an outlet asks for comment. */
const ASKS_FOR_COMMENT = /^ (?:has |had |is |was )?(?:asked|asks|asking|reached out to|contacted|contacting)\b[^.;:“”"]{0,60}\bfor comment\b/;
/**
 * "in an email to Tarrow", "in an interview with Tarrow": what a source wrote or spoke to, one word
 * and no given name, is most often the outlet reporting it; weakly, as a person's surname may stand
 * there, whose person the story names elsewhere.
 */
const SOURCE_TO = /\bin (?:an? )?(?:email|e-mail|statement|interview)s? (?:to|with) $/;
/** What the gazetteer gave a name it knows (see `weighWords`), which a title's noun outweighs. */
const knownWeight = (known: GazetteerEntry | null): number => (known === null || known.type === 'organization' ? 0 : known.city ? MEDIUM : NAMED_EVIDENCE);

/** Evidence of an outlet for the name `words` at `start`–`end` of `text`, which the gazetteer may know as `known`. */
export function outletAround(text: string, words: readonly string[], start: number, end: number, known: GazetteerEntry | null): number {
  const before = text.slice(Math.max(0, start - 30), start);
  if (WRITES_FOR.test(before) || ASKS_FOR_COMMENT.test(text.slice(end, end + 100))) return STRONG;
  if (SOURCE_TO.test(before) && words.length === 1 && givenNameGender(words[0] ?? '') === null) return WEAK;
  if (!OUTLET_AFTER.test(text.slice(end, end + 12))) return 0;
  if (ARTICLE_BEFORE.test(before)) return known === null ? MEDIUM : 0;
  return STRONG + knownWeight(known);
}
