/**
 * Colleges and universities named without a head word ("a graduate of Kelmont", "an undergraduate
 * at Brisk", "a Tarrow alumna"): what study says of the name around it. A town's name there is its
 * college's, as "graduated from Oberlin" is.
 */
import { STRONG } from './evidence';

/**
 * Just before the name: a degree earned, study done or a school's member "of", "from" or "at" it.
 * ("student at", "professor at" are the roles "at" a body read in `weighContext`.)
 */
const STUDY_BEFORE =
  /\b(?:graduate[sd]? (?:of|from)|alumn(?:a|ae|i|us) of|(?:under|post)graduates? at|(?:studied|studying|studies|enrolled|teaches|taught) at|dropped out of|(?:degrees?|doctorate|diploma|Ph\.?D\.?|master['’]s|bachelor['’]s) (?:from|at)|(?:freshm[ae]n|sophomores?) at) (?:the )?$/;
/** Just after it: its members by what they studied there ("a Brisk alumna", "the Kelmont graduates"). */
const MEMBERS_AFTER = /^ (?:alumn(?:a|ae|i|us)|(?:under)?graduates?|dropouts?)\b/;
/** "graduates" after a name without an article is as often a verb ("Ana Roe graduates in June"). */
const ARTICLE_BEFORE = /(?:^|\s)(?:a|an|the|fellow|other|many|some|his|her|their)\s$/i;
const ALUMNI_AFTER = /^ alumn/;

/** Evidence of a body (a school) for the name at `start`–`end` of `text`, from study words around it. */
export function schoolAround(text: string, start: number, end: number, sentenceStart: number): number {
  const before = text.slice(Math.max(sentenceStart, start - 40), start);
  if (STUDY_BEFORE.test(before)) return STRONG;
  const after = text.slice(end, end + 16);
  if (MEMBERS_AFTER.test(after) && (ALUMNI_AFTER.test(after) || ARTICLE_BEFORE.test(before))) return STRONG;
  return 0;
}
