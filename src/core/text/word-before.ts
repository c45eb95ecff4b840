/**
 * The word just before an offset, read by walking back over characters. A pattern anchored at the end
 * of a slice (`/(\p{L}+),?\s+$/u`) answers the same question, but V8 tries it from every start
 * position of the slice, and the speaker rules ask it for every mention of a long story.
 */

/** Which characters make up the word: letters of any script, or only the ASCII ones a title is spelt with. */
export type WordCharacters = 'letters' | 'title';

// JavaScript's `\s`: https://tc39.es/ecma262/#sec-characterclassescape (WhiteSpace and LineTerminator).
const SPACE = /^\s$/;
const LETTER = /^\p{L}$/u;

/** Whether the UTF-16 unit at `index` is JavaScript white space (`\s`). */
export function isSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code > 127 && SPACE.test(text[index] as string);
}

const isTitleCharacter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 45;

/**
 * The start of the character ending just before `end` if it is a word character, else -1; a letter
 * outside the basic plane counts only with both of its halves at or after `floor`.
 */
function wordCharacterStart(text: string, end: number, floor: number, characters: WordCharacters): number {
  const code = text.charCodeAt(end - 1);
  if (characters === 'title') return isTitleCharacter(code) ? end - 1 : -1;
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? end - 1 : -1;
  if (code >= 0xdc00 && code <= 0xdfff && end - 2 >= floor) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return LETTER.test(text.slice(end - 2, end)) ? end - 2 : -1;
  }
  return LETTER.test(text[end - 1] as string) ? end - 1 : -1;
}

/**
 * The word that ends before `at`, followed by at most one `mark` (a comma after a role, a title's full
 * stop) and then white space up to `at`, looking no further back than `reach` characters: "coroner"
 * before "John Ellery" in "the coroner, John Ellery". The word is cut where the reach ends. What
 * `/(\p{L}+),?\s+$/u` captures in `text.slice(at - reach, at)` (`/([A-Za-z-]+)\.?\s+$/` for titles).
 */
export function wordBefore(text: string, at: number, reach: number, characters: WordCharacters, mark: string): string | undefined {
  const span = wordSpanBefore(text, at, reach, characters, mark);
  return span ? text.slice(span.start, span.end) : undefined;
}

/** Where the word `wordBefore` reads lies in `text`. */
export function wordSpanBefore(text: string, at: number, reach: number, characters: WordCharacters, mark: string): { start: number; end: number } | undefined {
  const floor = Math.max(0, at - reach);
  let end = at;
  while (end > floor && isSpaceAt(text, end - 1)) end -= 1;
  if (end === at) return undefined;
  if (end > floor && text[end - 1] === mark) end -= 1;
  let start = end;
  for (;;) {
    if (start <= floor) break;
    const previous = wordCharacterStart(text, start, floor, characters);
    if (previous < 0) break;
    start = previous;
  }
  return start < end ? { start, end } : undefined;
}
