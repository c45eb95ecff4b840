import type { EntityType } from '../../shared/report';
import type { Candidate } from './candidate';
import type { Evidence } from './evidence';
import { MEDIUM, WEAK, addEvidence, noEvidence, strongestType } from './evidence';
import type { GazetteerEntry } from './gazetteer';
import { gazetteerKey } from './gazetteer';
import { LEXICON } from './lexicon';

/** Mentions believed to name one thing, with the evidence of all of them. */
export interface MentionGroup {
  mentions: Candidate[];
  evidence: Evidence;
  known: GazetteerEntry | null;
  type: EntityType | null;
}

const nameWords = (candidate: Candidate): string[] => candidate.words.filter((word) => !LEXICON.nameParticles.has(word));

export function newGroup(mentions: Candidate[]): MentionGroup {
  const evidence = noEvidence();
  let known: GazetteerEntry | null = null;
  for (const mention of mentions) {
    addEvidence(evidence, mention.evidence);
    if (mention.known && (!known || (known.city && !mention.known.city))) known = mention.known;
  }
  return { mentions, evidence, known, type: null };
}

/** The type the group's evidence supports, or null where it is not a name at all. */
export function decideType(group: MentionGroup, lowerCaseWords: ReadonlySet<string>): EntityType | null {
  const sample = group.mentions[0];
  if (!sample) return null;
  const typed = strongestType(group.evidence);
  const single = nameWords(sample).length === 1;
  const named = group.known !== null && !group.known.city;
  // A word capitalised only because it starts its sentences ("Officials said"), or a word the story
  // also writes in lower case, is not a name without strong evidence.
  if (single && !named && group.mentions.every((mention) => mention.initial)) {
    const key = sample.text.toLowerCase();
    // A city's name at a sentence's start ("Build", "Reading") is not evidence enough.
    const place = group.evidence.place - (group.known?.city ? MEDIUM * group.mentions.length : 0);
    const best = Math.max(group.evidence.person, place, group.evidence.organization);
    if (lowerCaseWords.has(key) || best < MEDIUM) return null;
  }
  if (single && !named && lowerCaseWords.has(sample.text.toLowerCase()) && Math.max(group.evidence.person, group.evidence.place, group.evidence.organization) < MEDIUM) return null;
  // Capitalised words with no evidence of a type are not taken: product names, slogans, events and
  // the like are as common as unknown people, and a person's name nearly always has a given name, a
  // title, a role or a verb of saying beside it somewhere in the story.
  return typed;
}

/** Groups mentions by their written form, case and dots aside ("U.S." and "US" meet). */
export function groupByForm(candidates: readonly Candidate[]): Map<string, Candidate[]> {
  const byKey = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const key = gazetteerKey(candidate.text);
    if (key.length === 0) continue;
    const list = byKey.get(key);
    if (list) list.push(candidate);
    else byKey.set(key, [candidate]);
  }
  return byKey;
}

export const hasPersonEvidence = (group: MentionGroup): boolean => group.evidence.person >= WEAK;
