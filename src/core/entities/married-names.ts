/**
 * A woman named by her maiden name and by her married name is one person where the story says so:
 * "Ana Gale, née Roe" (Ana Roe is Ana Gale), or "Ana Roe married Tom Gale" before an "Ana Gale".
 */
import type { Candidate } from './candidate';
import { addEvidence } from './evidence';
import { gazetteerKey } from './gazetteer';
import type { MentionGroup } from './group-mentions';

/** ", née Roe", "(née Roe)": the maiden surname after a name. */
const NEE = /^,? \(?n[ée]e (\p{Lu}[\p{L}'’-]+)/u;
/** "married", "had married", "later wed": the clause between a bride's name and her husband's. */
const MARRIED = /^,? (?:(?:had|has|later|then|soon) )?(?:married|wed) $/;
/** The lower-case words after a name, up to the next capital. */
const CLAUSE_AFTER = /^[^A-Z]{0,25}/;

/** Forms of one person's name, as pairs of gazetteer keys: each married name with its maiden name. */
export function marriedNamePairs(text: string, candidates: readonly Candidate[]): Array<readonly [string, string]> {
  const pairs: Array<readonly [string, string]> = [];
  const byStart = new Map<number, Candidate>();
  for (const candidate of candidates) byStart.set(candidate.start, candidate);
  for (const candidate of candidates) {
    const { words } = candidate;
    if (words.length < 2 || candidate.known !== null) continue;
    const given = words.slice(0, -1).join(' ');
    const after = text.slice(candidate.end, candidate.end + 40);
    const maiden = NEE.exec(after)?.[1];
    if (maiden) pairs.push([gazetteerKey(candidate.text), gazetteerKey(`${given} ${maiden}`)]);
    // "Ana Roe married Tom Gale": the husband's name starts where the clause ends.
    const clause = CLAUSE_AFTER.exec(after)?.[0] ?? '';
    const husband = MARRIED.test(clause) ? byStart.get(candidate.end + clause.length) : undefined;
    if (husband && husband.words.length >= 2 && husband.known === null) pairs.push([gazetteerKey(`${given} ${husband.words.at(-1) ?? ''}`), gazetteerKey(candidate.text)]);
  }
  return pairs;
}

/** Joins each married name's group to its maiden name's, where both are people of the story. */
export function joinMarriedNames(groups: readonly MentionGroup[], pairs: ReadonlyArray<readonly [string, string]>): void {
  if (pairs.length === 0) return;
  const byForm = new Map<string, MentionGroup>();
  for (const group of groups) if (group.type === 'person') for (const mention of group.mentions) byForm.set(gazetteerKey(mention.text), group);
  for (const [married, maiden] of pairs) {
    const from = byForm.get(married);
    const into = byForm.get(maiden);
    if (!from || !into || from === into) continue;
    into.mentions.push(...from.mentions);
    addEvidence(into.evidence, from.evidence);
    for (const mention of from.mentions) byForm.set(gazetteerKey(mention.text), into);
    from.mentions = [];
  }
}
