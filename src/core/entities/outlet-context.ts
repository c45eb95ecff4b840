/**
 * Outlets named by their title alone, with what is said of them around it: "a story by Tarrow
 * magazine", "Ana Roe wrote for ‘Kelp Weekly’", "Tarrow has asked the firm for comment". A place's name there is the title's ("New York
 * magazine"); with an article before it, a place's outlet ("a Kansas newspaper") is read as the place.
 */
import type { GazetteerEntry } from './gazetteer';
import { MEDIUM, NAMED_EVIDENCE, STRONG, WEAK } from './evidence';
import { givenNameGender, lookupRegion } from './gazetteer';

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
/** "Kelp Online": "Online" closing a title is an outlet's ("Spiegel Online"). */
const ONLINE_TITLE = 'Online';
/** "KELPzine", "TechZine": a title glued to "zine" is a magazine's. */
const GLUED_ZINE = /(?:[A-Z]z|Z)ine$/;
/** "a story published at Tarrow": where a story is published is an outlet. */
const STORY_PUBLISHED_AT = /\b(?:story|article|report|piece|interview|post|column) published (?:at|in|by|on) $/;
/** "according to a report in Tarrow", "first reported by Tarrow": an outlet, where no given name opens the name. */
const REPORT_IN = /\b(?:(?:a|an|the) (?:report|story|article|interview|editorial) (?:in|by)|(?:first|originally|was|were|as) reported by) $/;
/** "Tarrow has run a two-part series": what runs a series or a story is an outlet. */
const RUNS_A_STORY = /^ (?:has |had )?(?:run|ran|runs) (?:a|an)\b[^.;:]{0,30}?\b(?:series|story|stories|article|piece|report|feature|interview)\b/;
/** "Tarrow's March story explains": a story, dated or not, that explains or reports, is an outlet's. */
const ITS_STORY_SAYS = /^[’'](?:s)? (?:(?:January|February|March|April|May|June|July|August|September|October|November|December|latest|recent|earlier|original) )?(?:story|article|report|series|coverage) (?:explains|explained|says|said|notes|noted|reports|reported|shows|showed|found)\b/;
/** "Kelpwire Italy reports that": a title and a country, reporting, is the outlet's national edition. */
const REPORTS_AFTER = /^ (?:reports|reported|adds|writes) that\b/;
/** Words that make a region's part of a country ("Northern Italy"), not an edition. */
const REGION_PART = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|Mainland|Coastal|Rural)$/;

/** Whether `words` are a title and a country or region after it, as an outlet's edition ("Kelpwire Italy"). */
function editionTitle(words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  const first = words[0] ?? '';
  return words.length === 2 && lookupRegion(last) !== null && lookupRegion(first) === null && !REGION_PART.test(first);
}

/** What the gazetteer gave a name it knows (see `weighWords`), which a title's noun outweighs. */
const knownWeight = (known: GazetteerEntry | null): number => (known === null || known.type === 'organization' ? 0 : known.city ? MEDIUM : NAMED_EVIDENCE);

/** Evidence of an outlet for the name `words` at `start`–`end` of `text`, which the gazetteer may know as `known`. */
export function outletAround(text: string, words: readonly string[], start: number, end: number, known: GazetteerEntry | null): number {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 100);
  if (WRITES_FOR.test(before) || ASKS_FOR_COMMENT.test(after)) return STRONG;
  if ((words.length > 1 && words[words.length - 1] === ONLINE_TITLE) || (words.length === 1 && GLUED_ZINE.test(words[0] ?? ''))) return STRONG;
  if (STORY_PUBLISHED_AT.test(before) || RUNS_A_STORY.test(after)) return STRONG;
  if (ITS_STORY_SAYS.test(after)) return MEDIUM;
  if (REPORT_IN.test(before) && givenNameGender(words[0] ?? '') === null && (known === null || known.type === 'organization')) return STRONG;
  if (REPORTS_AFTER.test(after) && editionTitle(words)) return STRONG;
  if (SOURCE_TO.test(before) && words.length === 1 && givenNameGender(words[0] ?? '') === null) return WEAK;
  if (!OUTLET_AFTER.test(text.slice(end, end + 12))) return 0;
  if (ARTICLE_BEFORE.test(before)) return known === null ? MEDIUM : 0;
  return STRONG + knownWeight(known);
}
