import { WEAK } from './evidence';
import { gazetteerKey } from './gazetteer';
import type { MentionGroup } from './group-mentions';
import { LEXICON } from './lexicon';

/** A group's only written form where all its mentions are written alike, else null. */
const onlyForm = (group: MentionGroup): readonly string[] | null => {
  const first = group.mentions[0];
  return first && group.mentions.every((mention) => mention.text === first.text) ? first.words : null;
};

const plainWord = (word: string): boolean => /^\p{Lu}\p{Ll}/u.test(word) && !LEXICON.orgCues.has(word) && !LEXICON.placeSuffixes.has(word) && !LEXICON.placePrefixes.has(word) && !LEXICON.commonWords.has(word.toLowerCase());

/**
 * "clash with Rajon Rondo … Rondo had eight points": a story names a person in full once and then
 * by surname, where it shortens a body's name by its first words ("Harbor Tunes") and rarely a
 * place's at all. A name of two words with no evidence of any type, whose last word the story also
 * writes alone, as a sentence's subject or with a person's evidence and none of a body or a place
 * ("the Blue Nile … the Nile" is no person), is a person's.
 */
export function lendRepeatedSurname(groups: readonly MentionGroup[]): void {
  const singles = new Map<string, MentionGroup>();
  for (const group of groups) {
    const words = onlyForm(group);
    if (words?.length === 1 && group.known === null) singles.set(gazetteerKey(words[0] ?? ''), group);
  }
  for (const group of groups) {
    const words = onlyForm(group);
    const { person, place, organization } = group.evidence;
    if (words?.length !== 2 || group.known !== null || person + place + organization > 0 || !words.every(plainWord)) continue;
    const surname = singles.get(gazetteerKey(words[1] ?? ''));
    if (surname && surname.evidence.place === 0 && surname.evidence.organization === 0 && (surname.evidence.person > 0 || surname.mentions.some((mention) => mention.initial))) group.evidence.person += WEAK;
  }
}
