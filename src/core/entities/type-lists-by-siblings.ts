import type { Candidate } from './candidate';
import { MEDIUM, WEAK } from './evidence';

/** A capitalised preposition just before a name: the sentence opens with a phrase of place ("In Geneva, "). */
const OPENING_PREPOSITION = /(?:^|[^\p{L}])(?:In|At|From|Near|Inside|Outside|Across)\s+$/u;

// "Brellin rather than Voltra": an alternative is an item of the same kind.
const LIST_GAP = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|instead\s+of|rather\s+than)\s+)(?:the\s+)?$/;
/** The words that join a list's last item, or offer the alternative. */
const CONJUNCTION = /\b(?:and|or|instead\s+of|rather\s+than)\b/;

/** A contest between the names either side: "Ana Roe edged Tom Bell", "Vasco Ferin rallied to beat Ana Roe". */
const CONTEST = /^\s+(?:had\s+)?(?:(?:rallied|came\s+back|battled|fought\s+back)\s+to\s+)?(?:beat|beats|beaten|beating|defeat|defeats|defeated|defeating|edged|edges|edging|downed|outlasted|overcame|routed|thrashed|eliminated|ousted|(?:cruised|eased|got|slipped)\s+past)(?:\s+out)?\s+(?:the\s+)?$/;

/** The longest gap CONTEST can match ("had rallied to beat the"), so that longer ones are not read. */
const CONTEST_GAP = 40;

/** A possessive between two names: the first owns the second ("Chile’s Zorvan Pelic", "Jones’ Quillbyte"). */
const OWNS = /^['’]s $/;
/** A plural's possessive, its apostrophe alone: not a closing quotation mark ("‘Brexit’ Tom Bell"). */
const OWNS_PLURAL = /^['’] $/;

/**
 * One item of a list: a name, and the name that qualifies it where one does: its owner ("Chile’s
 * Zorvan Pelic") or where it is from ("Ana Roe of Chile"). Bodies' names with "of" ("Bank of
 * England") are one name already.
 */
interface Item {
  readonly name: Candidate;
  readonly qualifier: Candidate | null;
  readonly start: number;
  readonly end: number;
}

/** The sentence's names as list items: "Jane Holm’s Quillbyte" is one item, owned by Jane Holm. */
function itemsOf(text: string, candidates: readonly Candidate[]): Item[] {
  const items: Item[] = [];
  for (let index = 0; index < candidates.length; index += 1) {
    const candidate = candidates[index] as Candidate;
    const next = candidates[index + 1];
    // Only short gaps ("’s ", " of ") are read: most names stand far apart.
    const gap = next && next.start - candidate.end <= 4 ? text.slice(candidate.end, next.start) : '';
    if (next && gap !== '' && (OWNS.test(gap) || (OWNS_PLURAL.test(gap) && candidate.text.endsWith('s')))) items.push({ name: next, qualifier: candidate, start: candidate.start, end: next.end });
    else if (next && gap === ' of ' && !headsList(text, candidates, index + 1)) items.push({ name: candidate, qualifier: next, start: candidate.start, end: next.end });
    else {
      items.push({ name: candidate, qualifier: null, start: candidate.start, end: candidate.end });
      continue;
    }
    index += 1;
  }
  return items;
}

/**
 * "Ana Roe of Chile and Peru": the name after "of" heads a list of its own, unless the next item
 * has an "of" too ("Ana Roe of Chile and Tom Bell of Peru").
 */
function headsList(text: string, candidates: readonly Candidate[], at: number): boolean {
  const [item, next, after] = [candidates[at], candidates[at + 1], candidates[at + 2]];
  if (!item || !next || !LIST_GAP.test(text.slice(item.end, next.start))) return false;
  return !after || text.slice(next.end, after.start) !== ' of ';
}

/**
 * "Walmart, Kroger and Costco": names listed together are of one type, so a known item lends its
 * type to the unknown ones. In "Jane Holm’s Quillbyte and Drevan Kolst’s Zentara" and "Ana Roe of
 * Chile and Tom Bell of Peru" the names are one list and their qualifiers another: "Chile" is no
 * sibling of "Tom Bell".
 */
export function typeListsBySiblings(text: string, candidates: readonly Candidate[]): void {
  const items = itemsOf(text, candidates);
  let from = 0;
  for (let index = 1; index <= items.length; index += 1) {
    const previous = items[index - 1] as Item;
    const current = items[index];
    if (current && LIST_GAP.test(text.slice(previous.end, current.start))) continue;
    const list = items.slice(from, index);
    from = index;
    // "In an interview with Bloomberg, Demir said": a name after a comma that speaks is the clause's
    // subject, not a second item of a list without "and"/"or".
    if (list.length < 2) continue;
    const gaps = list.slice(1).map((item, at) => text.slice((list[at] as Item).end, item.start));
    const subject = /^\s+(?:[a-z]+\s+)?(?:said|says|told|added|wrote|asked)\b/.test(text.slice((list.at(-1) as Item).end, (list.at(-1) as Item).end + 30));
    if (list.length === 2 && subject && !gaps.some((gap) => CONJUNCTION.test(gap))) continue;
    // "In Geneva, World Health Organization official X spoke": an opening phrase of place, then the subject.
    const first = list[0] as Item;
    if (list.length === 2 && OPENING_PREPOSITION.test(text.slice(Math.max(0, first.start - 8), first.start)) && !CONJUNCTION.test(gaps[0] ?? '')) continue;
    // Not "the coroner for the Black Country, Helena Voss": two names and a comma are an apposition.
    const listed = list.length > 2 || gaps.some((gap) => CONJUNCTION.test(gap));
    // "in Tregwyn, Llanferth and Caerbryn": the preposition before the first item governs them all.
    if (listed && governedByLocative(text, first.start)) for (const item of list.slice(1)) item.name.evidence.place += WEAK;
    typeSiblings(list.map((item) => item.name), listed);
    const qualifiers = list.flatMap((item) => (item.qualifier ? [item.qualifier] : []));
    if (qualifiers.length > 1) typeSiblings(qualifiers, listed);
  }
  // "Vasco Ferin defeated Ana Roe": a player's opponent is a player. Only people lend their type here:
  // "Brellin beat Wall Street estimates" makes no place of Brellin.
  for (let index = 1; index < items.length; index += 1) {
    const [winner, loser] = [items[index - 1] as Item, items[index] as Item];
    if (loser.start - winner.end <= CONTEST_GAP && CONTEST.test(text.slice(winner.end, loser.start))) lendPerson([winner.name, loser.name]);
  }
}

/** Lends the type that some items of one list show to the others. */
function typeSiblings(list: readonly Candidate[], listed: boolean): void {
  const known = list.find((item) => item.known && !item.known.city);
  if (known?.known) {
    for (const item of list) if (!item.known) item.evidence[known.known.type] += MEDIUM;
    return;
  }
  const person = list.some((item) => item.evidence.person >= MEDIUM);
  if (listed) lendPerson(list);
  // "Granbury and Mount Pellam": a list with a place by its own words (not by the city list, which
  // holds many given names) is of places, and lends that to items nothing else types.
  const place = list.some((item) => item.evidence.place - (item.known?.city ? MEDIUM : 0) >= MEDIUM && item.evidence.place > Math.max(item.evidence.person, item.evidence.organization));
  if (place && !person && listed) for (const item of list) if (item.evidence.person + item.evidence.place + item.evidence.organization === 0) item.evidence.place += WEAK;
  // "executives from Voltra, Brantwell and Orbitex": so is a list with a body by its context or its words.
  const body = list.some((item) => item.evidence.organization >= MEDIUM && item.evidence.organization > Math.max(item.evidence.person, item.evidence.place));
  if (body && !place && !person && listed) for (const item of list) if (item.evidence.person + item.evidence.place + item.evidence.organization === 0) item.evidence.organization += WEAK;
}

/** "ministers Jonathan Moyo and Saviour Kasukuwere": names with a clear person among them, and no clear place or body, are people's. */
function lendPerson(names: readonly Candidate[]): void {
  const person = names.some((item) => item.evidence.person >= MEDIUM);
  const other = names.some((item) => Math.max(item.evidence.place, item.evidence.organization) >= MEDIUM);
  if (person && !other) for (const item of names) item.evidence.person += MEDIUM;
}

/**
 * Prepositions that place every item of a list after them: "in Tregwyn, Llanferth and Caerbryn",
 * "between Porthwen and Cork". Not "from" or "to", which name senders and bodies as often ("a letter
 * to Acme and Brellin"), nor "at", which names employers ("analysts at X and Y").
 */
const LIST_LOCATIVES: ReadonlySet<string> = new Set(['in', 'near', 'across', 'throughout', 'between', 'outside', 'inside']);

// Module level: the bundle builds a `\p{…}` pattern written inside a function again at every call.
const WORD_BEFORE = /(\p{Ll}+)\s+(?:the\s+)?$/u;

/** Whether such a preposition comes just before `start`. */
function governedByLocative(text: string, start: number): boolean {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[1];
  return word !== undefined && LIST_LOCATIVES.has(word);
}
