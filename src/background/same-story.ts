/** How much text two fingerprinted stories share (see `compareFingerprints` in src/core/story). */
export interface Overlap {
  containment: number;
  coverage: number;
  similarity: number;
  shared: number;
}

/** Compares two stored fingerprints; null where either is missing or not a fingerprint. */
export type CompareStored = (page: unknown, story: unknown) => Overlap | null;

export interface StoryIdentity {
  /** the catalog story the page was recognised as, if any */
  storyId: string | null;
  fingerprint: unknown;
}

/** Fewer shared hashes than this is too little text to call two pages one story. */
const MIN_SHARED = 8;

/**
 * Whether two pages carry the same story: recognised as the same catalog story, or their text
 * fingerprints mostly agree (the same text, or one page being an excerpt of the other).
 */
export function isSameStory(page: StoryIdentity, other: StoryIdentity, compare: CompareStored): boolean {
  if (page.storyId !== null && page.storyId === other.storyId) return true;
  const overlap = compare(page.fingerprint, other.fingerprint);
  if (!overlap || overlap.shared < MIN_SHARED) return false;
  return overlap.similarity >= 0.5 || Math.max(overlap.containment, overlap.coverage) >= 0.8;
}
