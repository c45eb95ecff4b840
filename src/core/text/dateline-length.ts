/**
 * A wire dateline opening a paragraph: the place in capitals, the region or the date after a comma, the
 * agency in brackets, then a dash ("CAIRO — ", "MEMPHIS, Tenn. (AP) — ", "SANTIAGO, July 2 (Reuters) - ").
 * It tells where the story was filed; the sentence starts after it.
 */
const WIRE_DATELINE = /^\p{Lu}[\p{Lu}.'’ -]{0,40}?\p{Lu}\.?(?:,\s*[\p{L}\d. ]{2,24}?)?\s*(?:\([\p{L}\s.&-]{1,30}\)\s*)?(?:[—–]|--?)\s+(?=["“‘']?[\p{Lu}\d])/u;

/** The length of the wire dateline at the start of `text` (the dash and the space after it included), or 0. */
export function datelineLength(text: string): number {
  return WIRE_DATELINE.exec(text.slice(0, 120))?.[0].length ?? 0;
}
