import type { Span } from '../text-model';
import type { Evidence } from './evidence';
import type { GazetteerEntry } from './gazetteer';

/** One mention of a possible name, with what the text around it says about its type. */
export interface Candidate extends Span {
  /** the name as written, without title or possessive */
  readonly text: string;
  readonly words: readonly string[];
  /** first word of its sentence: capitalised by position, maybe a common word */
  readonly initial: boolean;
  /** the name part of "UK-based": kept only where the name is known */
  readonly compound: boolean;
  readonly evidence: Evidence;
  readonly known: GazetteerEntry | null;
  /** an acronym the story defines for it: "the Islamic State (ISIS)" */
  readonly acronym: string | null;
}
