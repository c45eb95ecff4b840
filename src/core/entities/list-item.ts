import type { Token } from '../text/tokenise';

/**
 * "Brellin, Tyvo Corp., Dara Robotics and Kelp Systems": whether the run starting at `first` follows
 * a comma after a capitalised word or a company's dotted form, as an item of a list of names does.
 * An "and" after such an item is the list's, not a word of one name.
 */
export function itemOfList(text: string, tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  const start = (tokens[first] as Token).start;
  if (!before || !/^\p{Lu}/u.test(before.text)) return false;
  const gap = text.slice(before.end, start);
  return gap === ', ' || gap === '., ';
}
