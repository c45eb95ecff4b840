/**
 * Whether the words that open a sentence before a name leave that name the sentence's subject ("The
 * coroner, John Ellery, said") or not ("Asked whether he would meet Roe").
 */
import { isTitle, LEXICON } from '../entities/lexicon';
import { tokenise } from '../text/tokenise';
import { wordSpanBefore } from '../text/word-before';

/** How far into its sentence a name may start and still be the sentence's subject. */
export const SUBJECT_REACH = 30;
/** "The coroner, ", "The leader of the Party, ": words and a comma before a name. */
export const LETTERS_THEN_COMMA = /^[\p{L}\s'’]*,\s*$/u;
/** A name's relation to a person named before it: "Jessie’s nan, ", "Tom Reed’s younger sister, ". */
const OWNER_ROLE = /^(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+,\s*$/u;
/** Lower-case words that may stand before a sentence's subject ("On Monday, the coroner, X"); a verb may not ("Asked whether he would meet X"). */
const LEAD_WORDS = new Set(['the', 'a', 'an', 'on', 'in', 'at', 'by', 'last', 'this', 'that', 'earlier', 'later', 'meanwhile', 'but', 'and', 'then', 'so', 'yet', 'now', 'also', 'of', 'for', 'from', 'her', 'his', 'their', 'its', 'our', 'mr', 'mrs', 'ms', 'dr', 'week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'today', 'yesterday']);
/** A subordinate clause opening the sentence and ending at a comma just before the name. */
const SUBORDINATE_OPENING = /^(?:while|although|though|whereas|because|since|after|before|when|once|if|as|despite|even\s+though|even\s+as)\s[^;“”"]*[^\s,;“”"],\s*$/i;
/** Two short opening phrases, the second ending in a place and its state or country ("…, at a rally in Beaumont, Tex., "). */
// ASCII classes: a Unicode property pattern is slow to compile on a page's first story.
const PLACE_AND_STATE = /^[^,;()“”"]{1,30},[^,;()“”"]{1,40}\s[A-Z][A-Za-z.-]*,\s+[A-Z][A-Za-z.]*,((?:\s+[a-z]+){0,3})\s*$/;
/** A wire story's dateline before its first sentence's subject: "LONDON (Reuters) - ", "PORTLAND, Maine — ". */
const DATELINE = /^[A-Z][A-Z .'-]{1,30}(?:,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?)?(?:\s*\([A-Za-z .]{1,30}\))?\s*[-–—]+\s*/;
/** How many words a lead that ends in a role may hold: "Last week State Department official ". */
const ROLE_LEAD_WORDS = 6;

/**
 * Whether a name after `lead` (the sentence's words before it) is the sentence's subject: "Smith
 * said", "The union's chairperson, Ana Roe, said", "At a clinic in Lubbock, nurse Ana Roe said";
 * not "Asked whether he would meet Roe".
 */
export function isSubjectLead(written: string): boolean {
  const lead = withoutTitle(written.replace(DATELINE, ''));
  if (OWNER_ROLE.test(lead)) return true;
  // "Last week State Department official David Holmes": longer, where a role ends it.
  if (!/[,;(]/.test(lead)) return (lead.length <= SUBJECT_REACH || (endsInRole(lead) && tokenise(lead).length <= ROLE_LEAD_WORDS)) && leadsToSubject(lead);
  if (LETTERS_THEN_COMMA.test(lead) && lead.length <= 2 * SUBJECT_REACH && (leadsToSubject(lead) || endsInRole(lead))) return true;
  // An opening phrase and its comma, then at most a role: "In Geneva, spokeswoman Ana Roe said".
  // "Then, last week, Ana Roe posted": two short opening phrases.
  const opening = /^(?:[^,;()“”"]{1,70},|[^,;()“”"]{1,30},[^,;()“”"]{1,30},)((?:\s+[a-z]+){0,3})\s*$/.exec(lead);
  if (opening !== null) return leadsToSubject(opening[1] ?? '');
  // "The day before, at a rally in Beaumont, Tex., Roe was …": a place and its state after an opening phrase.
  const placed = PLACE_AND_STATE.exec(lead);
  if (placed !== null) return leadsToSubject(placed[1] ?? '');
  // "While the lineup is light (only three games …), Early says": a subordinate clause, however long, and its comma.
  return SUBORDINATE_OPENING.test(lead) && lead.length <= 4 * SUBJECT_REACH + 100;
}

/** The lead without the title that opens the name after it: "The study's lead author, Dr. " reads as "The study's lead author, ". */
function withoutTitle(lead: string): string {
  let end = lead.length;
  for (;;) {
    const title = wordSpanBefore(lead, end, end, 'title', '.');
    if (!title || !isTitle(lead.slice(title.start, title.end))) return lead.slice(0, end);
    end = title.start;
  }
}

/** "The union’s national secretary, ": a role before the name in apposition, whatever words qualify it. */
function endsInRole(lead: string): boolean {
  const last = tokenise(lead).at(-1)?.text ?? '';
  return LEXICON.roleNouns.has(last.toLowerCase()) || isTitle(last);
}

function leadsToSubject(lead: string): boolean {
  return tokenise(lead).every((word) => !/^[a-z]/.test(word.text) || LEAD_WORDS.has(word.text) || LEXICON.roleNouns.has(word.text) || /['’]s$/.test(word.text));
}
