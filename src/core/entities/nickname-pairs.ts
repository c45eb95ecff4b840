import type { MentionGroup } from './group-mentions';
import { LEXICON } from './lexicon';

/** Words after a surname that are no part of matching it: "Jr.", "III". */
const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/;

/** A person's name as lower-case words, suffixes aside: "Patrick W. Carlineo Jr." → patrick, w., carlineo. */
const personWords = (group: MentionGroup): string[] => {
  const longest = group.mentions.reduce((best, mention) => (mention.words.length > best.length ? mention.words : best), [] as readonly string[]);
  return longest.map((word) => word.toLowerCase()).filter((word) => !SUFFIX.test(word));
};

/** Whether `rest` is `fullRest` with words left out, and ends where it does: "carlineo" of "w. carlineo". */
function within(rest: readonly string[], fullRest: readonly string[]): boolean {
  if (rest.length === 0 || rest.at(-1) !== fullRest.at(-1)) return false;
  let at = 0;
  for (const word of fullRest) if (word === rest[at]) at += 1;
  return at === rest.length;
}

/**
 * "Bob Haskins" and "Robert J. Haskins", "Pat Roe" and "Patricia Roe": a person named once by a
 * short form of the given name and once by the name in full is one person. The short form's
 * mentions join the fuller name's group; each short form joins the fullest such name, where all of them share one given name.
 */
export function linkNicknames(groups: readonly MentionGroup[]): void {
  const people = groups.filter((group) => group.type === 'person' && group.mentions.length > 0);
  // Each person's words once, and the people by their given name: a short form meets only the people
  // its formal names could be, so that the whole is linear in the people of the story.
  const wordsOf = new Map(people.map((group) => [group, personWords(group)]));
  const byGiven = new Map<string, MentionGroup[]>();
  for (const [group, words] of wordsOf) {
    const given = words[0] ?? '';
    const list = byGiven.get(given);
    if (list) list.push(group);
    else byGiven.set(given, [group]);
  }
  for (const group of people) {
    const words = wordsOf.get(group) as string[];
    const formals = words.length >= 2 ? LEXICON.nicknames.get(words[0] ?? '') : undefined;
    if (!formals) continue;
    const owners = formals.flatMap((formal) => byGiven.get(formal) ?? []).filter((other) => {
      if (other === group || other.mentions.length === 0) return false;
      return within(words.slice(1), (wordsOf.get(other) as string[]).slice(1));
    });
    // "Patrick Roe Jr." and "Patrick W. Roe" are one person named two ways: the fullest takes the short form.
    const length = (other: MentionGroup): number => (wordsOf.get(other) as string[]).length;
    const owner = owners.reduce<MentionGroup | undefined>((best, other) => (!best || length(other) > length(best) ? other : best), undefined);
    if (!owner || new Set(owners.map((other) => (wordsOf.get(other) as string[])[0])).size !== 1) continue;
    owner.mentions.push(...group.mentions);
    owner.evidence.person += group.evidence.person;
    owner.evidence.place += group.evidence.place;
    owner.evidence.organization += group.evidence.organization;
    group.mentions = [];
  }
}
