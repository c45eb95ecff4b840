import { STRONG } from './evidence';

/**
 * "his predecessor, Ana Roe,", "her rival, Tom Bell,": a person's possessive, a noun for whom a
 * person stands in relation to, and the comma of an apposition before the name. Not "its
 * successor", whose owner is a body and whose successor may be one too.
 */
const RELATION_BEFORE = /\b(?:his|her) (?:predecessor|successor|replacement|deputy|mentor|protégé|protege|rival|opponent|challenger)s?, $/;

/** Person evidence for the name starting at `start` in `text`, where such an apposition introduces it. */
export const personAfterRelation = (text: string, start: number): number => (RELATION_BEFORE.test(text.slice(Math.max(0, start - 30), start)) ? STRONG : 0);
