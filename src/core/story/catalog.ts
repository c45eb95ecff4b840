import type { TextModel } from '../text-model';
import type { StoryFingerprint } from './fingerprint';

/** A story Story Lens knows: shipped in `src/data/catalog/` or saved by the reader. */
export interface CatalogStory {
  readonly id: string;
  readonly title: string;
  readonly highlights: readonly string[];
  /** ISO 8601 date where known */
  readonly published: string | null;
  /** the site or outlet that published it, where known */
  readonly source: string | null;
  /** the story as a text model (headline, highlights, body) */
  readonly model: TextModel;
  /** the model's fingerprint where it was made ahead of time (the shipped stories); else made when indexed */
  readonly fingerprint?: StoryFingerprint;
}
