import type { MentionGroup } from './group-mentions';
import { CLUB_CUES } from './teams';

/**
 * "Moorfield Rovers … against the Rovers": a club's head word alone stands for the one club of the
 * story whose name ends in it, and joins that club's entry.
 */
export function joinClubShortNames(groups: readonly MentionGroup[]): void {
  for (const group of groups) {
    const word = group.mentions[0]?.words[0] ?? '';
    if (group.type !== 'organization' || !CLUB_CUES.has(word) || group.mentions.some((mention) => mention.words.length !== 1)) continue;
    const owners = groups.filter((other) => other !== group && other.type === 'organization' && other.mentions.some((mention) => mention.words.length > 1 && mention.words.at(-1) === word));
    const owner = owners[0];
    if (owners.length !== 1 || !owner) continue;
    owner.mentions.push(...group.mentions);
    owner.evidence.organization += group.evidence.organization;
    group.mentions = [];
  }
}
