import { MEDIUM, STRONG } from './evidence';
import { LEXICON } from './lexicon';

/**
 * "his predecessor, Ana Roe,", "her rival, Tom Bell,": a person's possessive, a noun for whom a
 * person stands in relation to, and the comma of an apposition before the name. Not "its
 * successor", whose owner is a body and whose successor may be one too.
 */
const RELATION_BEFORE = /\b(?:his|her) (?:predecessor|successor|replacement|deputy|mentor|protégé|protege|rival|opponent|challenger)s?, $/;

/** Person evidence for the name starting at `start` in `text`, where such an apposition introduces it. */
export const personAfterRelation = (text: string, start: number): number => (RELATION_BEFORE.test(text.slice(Math.max(0, start - 30), start)) ? STRONG : 0);

/** A plural noun, then the words that open a list of examples of it: "candidates including ". */
const EXAMPLES_OF = /\b(\p{Ll}+)s,? (?:including|such as|like|among them) $/u;

/**
 * "lower-tier candidates including Ana Roe, Tom Bell and …", "lawmakers such as Ana Roe": the
 * examples of a plural role are people; the list rule lends it to the names after the first.
 */
export function personAsRoleExample(text: string, start: number): number {
  const role = EXAMPLES_OF.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  return role !== undefined && LEXICON.roleNouns.has(role) ? MEDIUM : 0;
}
