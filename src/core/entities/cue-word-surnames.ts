/**
 * "said Hill", "Park told reporters": a surname that is also a place's or a body's head word ("Hill",
 * "Park", "Banks") is a common noun when a block is read alone, so the block reader drops it. Where the
 * story named the person in full ("Fiona Hill"), each such word standing alone is that person.
 */
import type { Candidate } from './candidate';
import { noEvidence } from './evidence';
import type { MentionGroup } from './group-mentions';
import { LEXICON } from './lexicon';

/** Adds to each person whose surname is a cue word the mentions of that surname standing alone in `text`. */
export function addCueWordSurnames(text: string, groups: readonly MentionGroup[]): void {
  let taken: Set<number> | undefined;
  for (const group of groups) {
    if (group.type !== 'person') continue;
    const surname = group.mentions.find((mention) => mention.words.length > 1)?.words.at(-1);
    if (!surname || !(LEXICON.placeSuffixes.has(surname) || LEXICON.orgCues.has(surname))) continue;
    taken ??= new Set(groups.flatMap((other) => other.mentions.map((mention) => mention.start)));
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + surname.length)) {
      const end = at + surname.length;
      if (taken.has(at) || !standsAlone(text, at, end)) continue;
      group.mentions.push({ start: at, end, text: surname, words: [surname], initial: false, compound: false, evidence: noEvidence(), known: null, acronym: null } satisfies Candidate);
      taken.add(at);
    }
  }
}

/** A capitalised word before it ("Capitol Hill") or after it ("Hill Street") makes it part of another name. */
function standsAlone(text: string, start: number, end: number): boolean {
  if (/[\p{L}\p{N}]/u.test(text[start - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) return false;
  if (/\p{Lu}[\p{L}.'’-]*[ \u00A0]$/u.test(text.slice(Math.max(0, start - 30), start))) return false;
  return !/^[ \u00A0]\p{Lu}/u.test(text.slice(end, end + 2));
}
