import type { Candidate } from './candidate';
import { MEDIUM, STRONG } from './evidence';

/** Between two items of a list: a comma, "and" or "or", after a company form's dot too ("Tyvo Corp., "). */
const LIST_GAP = /^\.?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;

/** Plural nouns for bodies before a list of their names: "companies Brellin, Tyvo and Kelp". */
const BODIES = /\b(?:companies|firms|startups|start-ups|brands|retailers|banks|lenders|insurers|airlines|carriers|manufacturers|automakers|carmakers|chains|contractors|suppliers|studios|publishers|broadcasters|agencies|charities|universities)\s+(?:including\s+|like\s+|such\s+as\s+)?$/;

/**
 * "contracts to companies Brellin, Dara Robotics and Kelp Beyond", "Tyvo Corp. and Dara Robotics":
 * a list of names after a plural noun for bodies is a list of bodies; in a list one of whose items
 * is a body by its own words, names of two words or more that nothing else types are bodies too.
 */
export function typeBodyLists(text: string, candidates: readonly Candidate[]): void {
  let from = 0;
  for (let index = 1; index <= candidates.length; index += 1) {
    const [previous, current] = [candidates[index - 1] as Candidate, candidates[index]];
    if (current && current.start - previous.end <= 8 && LIST_GAP.test(text.slice(previous.end, current.start))) continue;
    const list = candidates.slice(from, index);
    from = index;
    if (list.length < 2) continue;
    const first = list[0] as Candidate;
    const named = BODIES.test(text.slice(Math.max(0, first.start - 40), first.start));
    const body = list.some((item) => item.evidence.organization >= STRONG && item.evidence.organization > item.evidence.person + item.evidence.place);
    if (!named && !body) continue;
    // A single word beside a body is as often a person's surname ("accused Roe, Bell and Brellin Corp.").
    const untyped = (item: Candidate): boolean => item.words.length > 1 && item.evidence.person + item.evidence.place + item.evidence.organization === 0;
    for (const item of list) if (named || untyped(item)) item.evidence.organization += MEDIUM;
  }
}
