import type { Token } from '../text/tokenise';
import { MEDIUM, WEAK } from './evidence';

/**
 * Prepositions that name bodies and people as often as places: "a statement to the Courier",
 * "investigations into Brellin". They say place only for a name the gazetteer knows as one; "in",
 * "at" and "from" stay evidence of a place ("Ana Roe, from Tregwyn,", "gusts recorded at Porthwen").
 */
export const SHARED_LOCATIVES: ReadonlySet<string> = new Set(['to', 'into']);

/** What a company has, counts or cuts: "revenue at X", "job cuts at X". */
const COMPANY_MEASURES: ReadonlySet<string> = new Set(['revenue', 'revenues', 'sales', 'profit', 'profits', 'earnings', 'margins', 'losses', 'growth', 'layoffs', 'cuts', 'jobs', 'executives', 'shareholders', 'subscribers']);

/** What a company is of another: "a unit of Halvex", "a subsidiary of Tessaline". */
const PART_OF: ReadonlySet<string> = new Set(['unit', 'units', 'subsidiary', 'subsidiaries', 'division', 'affiliate', 'affiliates', 'arm']);
/** What is bought and held in a company: "a stake in Corvane", "investments in Drayven". */
const HELD_IN: ReadonlySet<string> = new Set(['stake', 'stakes', 'investment', 'investments', 'invested', 'investing']);
/** Who takes a company over, a person less often: "acquired by Brantwell", "bought by …". */
const TAKEN_OVER_BY: ReadonlySet<string> = new Set(['acquired', 'bought', 'purchased']);
/** Who owns or backs a company, a person as often: "owned by Castell Media", "backed by …". */
const OWNED_BY: ReadonlySet<string> = new Set(['owned', 'backed', 'operated', 'controlled']);
/** Verbs whose object is a body founded: "who founded Quillmark". */
const FOUNDED: ReadonlySet<string> = new Set(['founded', 'co-founded', 'cofounded', 'co-founder', 'cofounder']);
/** A company's rivals; a politician's too, so weakly: "rivals Orbitex and Halcyon", "rivals such as …". */
const RIVALS: ReadonlySet<string> = new Set(['rival', 'rivals', 'competitor', 'competitors']);

/**
 * "revenue at Brellin", "a statement to the Courier", "obtained by the Courier", "a unit of Halvex",
 * "a stake in Corvane", "acquired by Brantwell", "rivals such as Orbitex", "who founded Quillmark",
 * "co-founder of Tessell": a company or an outlet by
 * what the sentence says happens at it or to it. How much evidence of a body the words before the
 * name at `first` give.
 */
export function companyBefore(tokens: readonly Token[], first: number): number {
  let at = first - 1;
  if (tokens[at]?.text === 'the') at -= 1;
  const preposition = tokens[at]?.text ?? '';
  const before = tokens[at - 1]?.text ?? '';
  if (preposition === 'at' && COMPANY_MEASURES.has(before)) return MEDIUM;
  if (preposition === 'to' && (before === 'statement' || before === 'statements')) return MEDIUM;
  if (preposition === 'by' && before === 'obtained') return WEAK;
  if ((preposition === 'of' && PART_OF.has(before)) || (preposition === 'in' && HELD_IN.has(before)) || (preposition === 'by' && TAKEN_OVER_BY.has(before))) return MEDIUM;
  if (preposition === 'by' && OWNED_BY.has(before)) return WEAK;
  if (FOUNDED.has(preposition) || (preposition === 'of' && FOUNDED.has(before))) return MEDIUM;
  const rivals = preposition === 'as' && before === 'such' ? (tokens[at - 2]?.text ?? '') : preposition;
  return RIVALS.has(rivals) ? WEAK : 0;
}

/** "Lowe’s (LOW)", "Macy’s (NYSE: M)": a ticker in brackets after a name with "’s". */
const TICKER_AFTER_POSSESSIVE = /^['’]s\s*\((?:(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX)\s*:\s*)?[A-Z]{1,5}\)/;

/**
 * "peer Lowe’s (LOW) stock": a stock ticker after a name ending in "’s" tells a company named so
 * (Lowe’s, Macy’s, McDonald’s), not a person’s possessive. `end` is where the name ends, before "’s".
 */
export const tickerAfterPossessive = (text: string, end: number): boolean => (text[end] === '’' || text[end] === "'") && TICKER_AFTER_POSSESSIVE.test(text.slice(end, end + 20));

/** Roles a firm's name qualifies before its employee's name: "Harbor Capital analyst Ana Roe". */
const FIRM_ROLES: ReadonlySet<string> = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'researcher', 'researchers']);

/**
 * "Harbor Capital analyst Ana Roe", "Brellin economist Dara Quell": a name before such a role and a
 * person's capitalised name is the firm they work for. `last` is the name's last token.
 */
export function firmBeforeRole(text: string, tokens: readonly Token[], last: number): number {
  const role = tokens[last + 1];
  const person = tokens[last + 2];
  if (!role || !person || !FIRM_ROLES.has(role.text) || !/^\p{Lu}\p{Ll}/u.test(person.text)) return 0;
  return text.slice(tokens[last]?.end ?? 0, role.start) === ' ' && text.slice(role.end, person.start) === ' ' ? MEDIUM : 0;
}

/** Verbs whose object is who a source speaks to: "told The Courier". */
const TOLD: ReadonlySet<string> = new Set(['told', 'tells', 'telling']);
/** Nouns of speaking to an outlet, before "with" or "to": "an interview with The Courier". */
const SPOKEN_TO: ReadonlySet<string> = new Set(['interview', 'interviews', 'statement', 'statements']);

/**
 * "told The Courier in a statement", "in an interview with The Courier": a capital "The" inside a
 * sentence opens a title, and a title a source speaks to is an outlet's. The name starts at `first`.
 */
export function outletTold(text: string, tokens: readonly Token[], first: number): number {
  const [the, verb, noun] = [tokens[first - 1], tokens[first - 2], tokens[first - 3]];
  if (!the || !verb || the.text !== 'The' || text.slice(verb.end, the.start) !== ' ') return 0;
  const spokenTo = (verb.text === 'with' || verb.text === 'to') && SPOKEN_TO.has(noun?.text ?? '');
  return TOLD.has(verb.text) || spokenTo ? MEDIUM : 0;
}

/**
 * What only a business does, said of the name just before: "Brellin reported a quarterly loss",
 * "Tyvo filed for bankruptcy", "Kelp agreed to acquire …", "Lumbry said its sales fell", "Tessell
 * will cut 900 jobs". Words between the verb and what it reports are a few of any kind ("posted a
 * record third-quarter profit").
 */
const COMPANY_CLAUSE = new RegExp(
  [
    '^ (?:(?:has|had|also|will|would|then|previously|recently|now) )?(?:',
    [
      '(?:reported|reports|posted|posts|booked|swung to|returned to) (?:[^ .;:,]+ ){0,4}?(?:profits?|loss|losses|revenues?|earnings|sales)\\b',
      'filed for (?:Chapter \\d+ )?bankruptcy',
      '(?:acquired|acquires|agreed to (?:buy|acquire|purchase|merge)|merged with)\\b',
      'said (?:its|their) (?:shares|sales|revenues?|profits?|earnings|quarterly|annual|board|shareholders|customers|subscribers|stores|employees|factories|plants)\\b',
      '(?:cut|cuts|will cut|is cutting|plans to cut) (?:about |some |around |nearly |more than )?[\\d,]+ (?:jobs|positions|workers|employees)\\b',
      '(?:went|will go|plans to go) public\\b',
      '(?:employs|operates|runs) (?:about |some |around |nearly |more than )?[\\d,]+ ',
    ].join('|'),
    ')',
  ].join(''),
);

/** How much evidence of a company the clause after a name ending at `end` gives (see `COMPANY_CLAUSE`). */
export const companyVerbAfter = (text: string, end: number): number => (text.charCodeAt(end) === 32 && COMPANY_CLAUSE.test(text.slice(end, end + 70)) ? MEDIUM : 0);
