// Types of score.mjs for the TypeScript tests that import it.

export type EntityType = 'person' | 'place' | 'organization';

export interface LabelledEntity {
  name: string;
  aliases: string[];
  note?: string;
}

export interface LabelledQuote {
  text: string;
  speaker: string | null;
  note?: string;
  paragraphs?: number;
}

/** The content of a label file (../shared/corpus/labels/*.json, tests/labels/heldout/*.json). */
export interface Label {
  page: string;
  title?: string;
  people: LabelledEntity[];
  places: LabelledEntity[];
  organizations: LabelledEntity[];
  quotes: LabelledQuote[];
  optional?: string[];
  optional_quotes?: LabelledQuote[];
  excluded_segments?: string[];
  notes?: string[];
}

export interface Reported {
  entities: Array<{ type: string; name: string; aliases?: string[] }>;
  /** `speaker` undefined: the system names no speakers, and is never right about one */
  quotes: Array<{ text: string; speaker?: string | null }>;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  wrong: string[];
  missed: string[];
}

export interface PageScore {
  entities: Record<EntityType, Counts>;
  quotes: Counts & { speakerRight: number; wrongSpeaker: string[] };
}

export interface Rates {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

type Summed = { tp: number; fp: number; fn: number } & Rates;

export interface Totals {
  entities: Record<EntityType, Summed>;
  allEntities: Summed;
  quotes: Summed & { speakerRight: number; speakerAccuracy: number | null };
}

export const ENTITY_KEYS: { readonly people: 'person'; readonly places: 'place'; readonly organizations: 'organization' };
export const ENTITY_TYPES: readonly EntityType[];
export function normalise(text: string | null | undefined): string;
export function scorePage(label: Label, reported: Reported): PageScore;
export function rates(counts: { tp: number; fp: number; fn: number }): Rates;
export function totals(pages: PageScore[]): Totals;
