// Types of shingles.mjs for the TypeScript tests that import it.

export interface ShingleScore {
  precision: number;
  recall: number;
  f1: number;
}

export function words(text: string): string[];
export function shingles(list: string[]): Set<string>;
export function shingleScore(extracted: string, reference: string): ShingleScore;
export function averaged(pages: Array<{ precision: number; recall: number }>): ShingleScore;
