import type { MentionGroup } from './group-mentions';

// "-sky", "-skiy", "-skyy", "-ski": the endings transliterations of one Slavic surname differ by.
const SLAVIC_ENDING = /(?<=[kz])(?:iy|yy|ij|ii|yi|y|i)$/;

/** A surname's spelling with its transliterated ending made one: "zelenskiy", "zelenskyy" → "zelensky". */
const spelling = (surname: string): string => surname.replace(SLAVIC_ENDING, 'y');

/**
 * "Ana Kovalsky", "Kovalskiy" and "Kovalskyy" in one story: one person whose surname the story (or
 * the wires it quotes) transliterates in several ways. People whose names match word for word but for
 * such an ending are one: a surname alone joins the full name, two full names the one the story
 * names first. `wordsOf` gives a group's fullest name's words.
 * Linear in the groups.
 */
export function joinSpellingVariants(groups: readonly MentionGroup[], wordsOf: (group: MentionGroup) => readonly string[]): void {
  const byKey = new Map<string, MentionGroup>();
  const bySurname = new Map<string, MentionGroup>();
  const people = groups.filter((group) => group.type === 'person' && group.mentions.length > 0);
  // Full names first, so that a surname alone meets the full name it stands for.
  people.sort((a, b) => wordsOf(b).length - wordsOf(a).length || firstStart(a) - firstStart(b));
  for (const group of people) {
    const words = wordsOf(group).map((word) => word.toLowerCase());
    const surname = words.at(-1) ?? '';
    if (surname.length < 6) continue;
    const normal = [...words.slice(0, -1), spelling(surname)];
    const key = normal.join(' ');
    const same = byKey.get(key) ?? (words.length === 1 ? bySurname.get(normal[0] as string) : undefined);
    if (same && same !== group && wordsOf(same).join(' ').toLowerCase() !== words.join(' ')) {
      same.mentions.push(...group.mentions);
      group.mentions = [];
      continue;
    }
    if (!byKey.has(key)) byKey.set(key, group);
    const surnameKey = spelling(surname);
    if (words.length > 1 && !bySurname.has(surnameKey)) bySurname.set(surnameKey, group);
  }
}

const firstStart = (group: MentionGroup): number => group.mentions.reduce((min, mention) => Math.min(min, mention.start), Infinity);
