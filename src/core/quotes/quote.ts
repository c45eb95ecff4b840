import type { Span } from '../text-model';

/** A quotation of the story: the words inside the marks, and who the story says spoke them. */
export interface Quote {
  /** stable within one report, e.g. "quote-1" */
  readonly id: string;
  /** the words inside the marks, exactly as written */
  readonly text: string;
  /** the spans of `text` (more than one for a quotation running over paragraphs) */
  readonly spans: readonly Span[];
  /** canonical name of the speaker, null where the story does not say */
  readonly speaker: string | null;
  /** the speaker's entity id where the speaker is one of the story's entities */
  readonly speakerId: string | null;
}
