import type { Token } from './tokenise';

// The commonest function words of English and of the languages news pages most often come in
// (French, Spanish, German, Italian, Portuguese, Dutch): a page whose words are mostly the others'
// is not English, and capitals there say nothing our rules understand.
const ENGLISH = new Set('the of and to in is that for it with was as on he she by at from his her said are be this have has not but they which who'.split(' '));
const OTHERS = new Set(
  (
    'le la les des du et est une un pour dans que qui sur au aux pas par avec ce ces son sa ses il elle ils été ' +
    'el los las del y en es por con una para como más lo se su sus fue ' +
    'der die das und ist nicht mit von zu den dem ein eine auf für sich auch ' +
    'il di che per non della delle gli nel sono ' +
    'os da em não uma com ao dos ' +
    'het een van en zijn niet met voor op'
  ).split(' '),
);

/** How many words a text has, and how many of them are English's and the other languages' function words. */
export interface LanguageCounts {
  english: number;
  other: number;
  words: number;
}

export const noLanguageCounts = (): LanguageCounts => ({ english: 0, other: 0, words: 0 });

/** The longest function word: a longer word is none of them in any case (lower-casing never shortens a word). */
const LONGEST = Math.max(...[...ENGLISH, ...OTHERS].map((word) => word.length));

/** Adds the function words of `tokens` to `counts` (a new count by default) and answers it. */
export function countLanguage(tokens: readonly Token[], counts = noLanguageCounts()): LanguageCounts {
  for (const { text } of tokens) {
    counts.words += 1;
    if (text.length > LONGEST) continue;
    const word = text.toLowerCase();
    if (ENGLISH.has(word)) counts.english += 1;
    else if (OTHERS.has(word)) counts.other += 1;
  }
  return counts;
}

/**
 * Whether the story is in English: its function words are more English than other languages', or
 * (for scripts without spaces, such as Japanese) it has any at all. Empty text counts as English.
 * Reads the counts of the story's words (`countLanguage`).
 */
export function isEnglish({ english, other, words }: LanguageCounts): boolean {
  if (words === 0) return true;
  if (english + other === 0) return words < 20;
  return english >= other && english / words > 0.03;
}
