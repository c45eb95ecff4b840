import { STRONG } from './evidence';
import type { MentionGroup } from './group-mentions';

/**
 * "Adam Kessel … A spokeswoman for Kessel … some of Kessel’s shares": a single word the story
 * first gave as a person's surname stays that person's where only hints of context ("’s shares")
 * made it a body; a cue in its name, the gazetteer or a strong apposition still makes it one. The
 * groups it retypes become people, which the short-name rules then join to the full name.
 */
export function keepSurnamesPeople(groups: readonly MentionGroup[]): void {
  const firstFullName = surnamesNamedInFull(groups);
  if (firstFullName.size === 0) return;
  for (const group of groups) {
    if (group.type !== 'organization' || group.known !== null || group.evidence.organization >= STRONG) continue;
    const word = group.mentions[0]?.words[0] ?? '';
    if (!group.mentions.every((mention) => mention.words.length === 1 && mention.words[0] === word)) continue;
    const named = firstFullName.get(word);
    if (named !== undefined && group.mentions.every((mention) => mention.start > named)) group.type = 'person';
  }
}

/** The surnames of the people the story names in full, each with where it first does so. */
export function surnamesNamedInFull(groups: readonly MentionGroup[]): Map<string, number> {
  const firstFullName = new Map<string, number>();
  for (const group of groups) {
    if (group.type !== 'person') continue;
    for (const mention of group.mentions) {
      const surname = mention.words.at(-1);
      if (mention.words.length < 2 || !surname) continue;
      firstFullName.set(surname, Math.min(firstFullName.get(surname) ?? Infinity, mention.start));
    }
  }
  return firstFullName;
}
