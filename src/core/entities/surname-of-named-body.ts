import { MEDIUM } from './evidence';
import type { MentionGroup } from './group-mentions';
import { surnamesNamedInFull } from './surname-of-person';

/** What the gazetteer's knowing a name weighs for its type (`weighWords`), per mention. */
const NAMED = 4;

/**
 * "the even wealthier Ana Brellin … Tom Bell and Brellin are moving into the race": a word the
 * gazetteer knows as a body's name (a company named after its founder) that is also the surname of
 * a person the story has already named in full is that person, where nothing around its mentions
 * speaks for a body beyond the gazetteer itself. The group is retyped a person's, so that the short
 * names' rule joins it to the full name.
 */
export function surnameOfNamedBody(groups: readonly MentionGroup[]): void {
  const surnames = surnamesNamedInFull(groups);
  for (const group of groups) {
    const first = group.mentions[0];
    if (group.type !== 'organization' || !group.known || group.known.city || !first || first.words.length !== 1) continue;
    if (group.evidence.organization > NAMED * group.mentions.length || group.mentions.some((mention) => mention.text !== first.text)) continue;
    const named = surnames.get(first.text);
    if (named === undefined || group.mentions.some((mention) => mention.start < named)) continue;
    group.type = 'person';
    group.evidence.person += MEDIUM;
  }
}
