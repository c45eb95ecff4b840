// Types of attribution.mjs for the TypeScript tests that import it.

export interface DirectQuote {
  start: number;
  content: string;
  source: string | null;
}

export type SourceKind = 'named' | 'pronoun' | 'description' | 'none';

export function readDirectQuotes(ann: string): DirectQuote[];
export function namePart(source: string): string;
export function sourceKind(source: string | null): SourceKind;
export function isNamedSource(source: string, speaker: string | null, entities: ReadonlyArray<{ name: string; aliases: string[] }>): boolean;
export function findReported<Q extends { text: string }>(content: string, reported: readonly Q[]): Q | undefined;
