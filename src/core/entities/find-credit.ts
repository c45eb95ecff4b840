// Credit lines left in captions and at the end of stories name photographers and agencies, not
// the story's people: "(Thomas Coex/AFP/Getty Images)", "Credit: DESMOND KWANDE/ AFP",
// "Jeon Heon-Kyun/EPA, via Shutterstock", "Heba Habib contributed to this report.", "… in 1989. (AP)"
const LABELLED = /(?:\b|(?<=\p{Ll}))(?:Credits?|Photo(?:graph)?s?|Image|Pictures?|Illustration)\s*:?\s*(?:Credit\s*)?(?=\p{Lu})/u;
const PARENTHESISED = /\(([^()]{2,80}\/[^()]{1,80})\)\s*$/u;
const TRAILING_SLASHES = /(?:^|[.!?]["”’]?\s+)(\p{Lu}[^.!?]{0,80}\/[^.!?]{0,80})$/u;
/** "… in 1989. (AP)", "… at dawn. (Getty Images)": an agency's name alone in parentheses after a caption's last sentence. */
const AGENCY_AFTER_SENTENCE = /[.!?]["”’]?\s+(\((?:\p{Lu}[\p{L}&.]*\s?){1,3}\))\s*$/u;
const CONTRIBUTED = /(?:^|[.!?]\s+)(\p{Lu}[^.!?]{0,120}\bcontributed (?:to this report|reporting|research)\b.*)$/u;
const MAX_CREDIT = 140;

/** Where a credit line starts in a block's text, or null where the block has none. */
export function findCredit(blockText: string): number | null {
  let start: number | null = null;
  const consider = (at: number): void => {
    if (blockText.length - at <= MAX_CREDIT && (start === null || at < start)) start = at;
  };
  // Cheap tests first: most blocks have no slash, no "contributed" and no credit word at all.
  const slash = blockText.includes('/');
  if (/Credit|Photo|Image|Picture|Illustration/.test(blockText)) {
    const labelled = LABELLED.exec(blockText);
    if (labelled) consider(labelled.index);
  }
  const parenthesised = slash ? PARENTHESISED.exec(blockText) : null;
  if (parenthesised) consider(parenthesised.index);
  const patterns = [...(slash ? [TRAILING_SLASHES] : []), ...(blockText.includes('contributed') ? [CONTRIBUTED] : []), ...(blockText.endsWith(')') ? [AGENCY_AFTER_SENTENCE] : [])];
  for (const pattern of patterns) {
    const match = pattern.exec(blockText);
    const part = match?.[1];
    if (match && part) consider(match.index + match[0].length - part.length);
  }
  return start;
}
