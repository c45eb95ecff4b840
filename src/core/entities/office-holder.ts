import type { Token } from '../text/tokenise';
import { givenNameGender, lookupName } from './gazetteer';
import { LEXICON } from './lexicon';

/** "Ana", and "Eva-Marie" or "Jean-Luc" by their first part: a given name of the name lists. */
export const isGivenName = (word: string): boolean => givenNameGender(word) !== null || givenNameGender(word.split(/[-‑]/)[0] ?? '') !== null;

/**
 * "Deputy Director of | Public Prosecution | Ana Roe", "CEO of | Brellin": how many of the words
 * after a title's "of" name what the office is of. A person's name follows where a given name
 * opens two words or more at the end, or where three words or more follow; otherwise every word is
 * the office's ("Director of Public Prosecutions", "CEO of Brellin").
 */
export function officeWords(rest: readonly string[]): number {
  for (let at = 1; at < rest.length - 1; at += 1) if (isGivenName(rest[at] ?? '')) return at;
  return rest.length >= 3 ? rest.length - 2 : rest.length;
}

/** Offices that head a whole body: "CEO of Brellin" names a company, "Director of Strategy" a department. */
const BODY_HEADS: ReadonlySet<string> = new Set(['CEO', 'Chairman', 'Chairwoman', 'Chair', 'President', 'Founder', 'Co-founder', 'Owner', 'Executive']);

/** Whether the office `word` heads a whole body, so that what it is of is one. */
export const headsBody = (word: string): boolean => BODY_HEADS.has(word);

/** Prepositions that join an office to where or what it serves: "envoy to", "ambassador for". */
const OFFICE_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'of', 'for']);

/**
 * "special envoy to Chile | Tom Hale", "Ambassador to the EU | Ana Roe": after a role (or the
 * title written as one) and its preposition, a name the gazetteer knows (no city) followed by a given name is two
 * names, the office's place or body and then its holder. `first`..`last` are the run so far.
 */
export function holderAfterOffice(tokens: readonly Token[], first: number, last: number): boolean {
  let at = first - 1;
  if (tokens[at]?.text === 'the') at -= 1;
  const office = tokens[at - 1]?.text ?? '';
  // "ambassador to the EU", and a title written as one: "Ambassador to the EU | Ana Roe".
  if (!OFFICE_PREPOSITIONS.has(tokens[at]?.text ?? '') || !(LEXICON.roleNouns.has(office) || LEXICON.roleNouns.has(office.toLowerCase()))) return false;
  const known = lookupName(tokens.slice(first, last + 1).map((token) => token.text).join(' '));
  if (known === null || known.city) return false;
  if (isGivenName(tokens[last + 1]?.text ?? '')) return true;
  // Not "director of the Ohio | Tenant Rights Project": only an office "to" a country, the envoy's.
  return tokens[first - 1]?.text === 'to' && isUnknownName(tokens, first, last + 1);
}

/**
 * "ambassador to Britain | Lin Haoran": two or three capitalised words the name lists do not know, after
 * the office's place, are its holder's name, however it is ordered (a surname first, as in Chinese).
 */
function isUnknownName(tokens: readonly Token[], first: number, from: number): boolean {
  let end = from;
  while (/^\p{Lu}\p{Ll}+$/u.test(tokens[end]?.text ?? '') && (end === from || tokens[end]?.start === (tokens[end - 1] as Token).end + 1)) end += 1;
  const words = tokens.slice(from, end).map((token) => token.text);
  if (words.length < 2 || words.length > 3 || words.some((word) => LEXICON.orgCues.has(word) || LEXICON.placeSuffixes.has(word))) return false;
  // The holder is the clause's subject: a verb follows ("has said", "warned").
  if (!/^(?:has|had|said|says|told|tells|warned|warns|is|was|added)$/.test(tokens[end]?.text ?? '')) return false;
  return lookupName(words.join(' ')) === null && lookupName(tokens.slice(first, end).map((token) => token.text).join(' ')) === null;
}
