/**
 * "Harwick Dockers Guild Legislative Director Pia Sandoval", "Brellin Team Leader Ana Roe", "Tarvel
 * Bakers Guild Secretary-Treasurer Dara Quell": news glues a body's name, its officer's title and the
 * officer's name into one capitalised run. The body ends where the title starts, and the name before
 * the title is the body's, not a person's.
 */
import type { Token } from '../text/tokenise';
import { isCapitalised } from '../text/tokenise';
import { MEDIUM } from './evidence';
import { isTitle, LEXICON } from './lexicon';
import { isGivenName } from './office-holder';

/** Titles of a body's officers, which a body's name qualifies ("Union Director"), unlike a town's "Mayor". */
const BODY_OFFICES: ReadonlySet<string> = new Set(['Director', 'Leader', 'Chairman', 'Chairwoman', 'Chair', 'CEO', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Treasurer', 'Founder', 'Co-founder', 'Manager', 'Coordinator']);

/** "Legislative", "Medical", "Scientific": an adjective that qualifies an office ("Legislative Director"). */
const QUALIFIER = /^\p{Lu}\p{Ll}{3,}(?:al|ive|ic)$/u;

/** "Secretary-Treasurer", "Vice-Chairman": a title whose parts are titles, their qualifiers or roles. */
export function isHyphenatedOffice(word: string): boolean {
  const parts = word.split(/[-‑]/);
  const office = (part: string): boolean => isTitle(part) || LEXICON.titleModifiers.has(part) || LEXICON.roleNouns.has(part.toLowerCase());
  return parts.length > 1 && parts.every((part) => isCapitalised(part) && office(part)) && parts.some((part) => isTitle(part) || BODY_OFFICES.has(part));
}

const isBodyOffice = (word: string): boolean => BODY_OFFICES.has(word) || isHyphenatedOffice(word);

const spaced = (text: string, left: Token | undefined, right: Token | undefined): boolean => left !== undefined && right !== undefined && text.slice(left.end, right.start) === ' ';

/**
 * The index of the body officer's title that starts at `at` (after a qualifier or two, "Legislative
 * Director"), where a given name follows it; -1 where none does.
 */
function officeAt(text: string, tokens: readonly Token[], at: number): number {
  let office = at;
  while (office < at + 2 && (QUALIFIER.test(tokens[office]?.text ?? '') || LEXICON.titleModifiers.has(tokens[office]?.text ?? '')) && spaced(text, tokens[office], tokens[office + 1])) office += 1;
  const holder = tokens[office + 1];
  if (!isBodyOffice(tokens[office]?.text ?? '') || !spaced(text, tokens[office], holder) || !isGivenName(holder?.text ?? '')) return -1;
  return office;
}

/** Whether a capitalised run ends before a body officer's title at `next` ("Bakers Guild | Secretary-Treasurer Ana Roe"). */
export const officeStartsAt = (text: string, tokens: readonly Token[], next: number): boolean => isHyphenatedOffice(tokens[next]?.text ?? '') && officeAt(text, tokens, next) === next;

/**
 * "Harwick Dockers Guild Legislative | Director": how many qualifiers of the office after the run
 * ended it (the run's words from `last` back), to leave out of the body's name.
 */
export function qualifiersAtEnd(text: string, tokens: readonly Token[], first: number, last: number): number {
  for (let count = 1; count <= 2 && last - count >= first; count += 1) {
    if (!QUALIFIER.test(tokens[last - count + 1]?.text ?? '') && !LEXICON.titleModifiers.has(tokens[last - count + 1]?.text ?? '')) return 0;
    if (spaced(text, tokens[last], tokens[last + 1]) && officeAt(text, tokens, last - count + 1) === last + 1) return count;
  }
  return 0;
}

/** Evidence that the name ending at `last` is the body whose officer's title and name follow it ("Brellin Team | Leader Ana Roe"). */
export function bodyBeforeOffice(text: string, tokens: readonly Token[], last: number): number {
  return spaced(text, tokens[last], tokens[last + 1]) && officeAt(text, tokens, last + 1) > last ? MEDIUM : 0;
}
