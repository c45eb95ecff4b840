/** "he’d", "she’ll", "he’s": a pronoun contracted with its auxiliary, still the subject of the verb after it. */
const CONTRACTION = /['’](?:d|ll|s|ve|re)$/i;

/** The word without the auxiliary contracted onto it ("he’d" → "he"); the word itself where none is. */
export const uncontracted = (word: string): string => word.replace(CONTRACTION, '');
