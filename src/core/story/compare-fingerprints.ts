import type { StoryFingerprint } from './fingerprint';
import { fingerprintHashes } from './fingerprint';

/** How much text two fingerprinted stories share. */
export interface FingerprintComparison {
  /** share of the page's fingerprint that is the story's: 1 where the page is nothing but the story */
  readonly containment: number;
  /** share of the story's fingerprint found on the page: 1 where the page carries the whole story */
  readonly coverage: number;
  /** Jaccard similarity of the two fingerprints: 1 where both are the same text */
  readonly similarity: number;
  /** hashes both share: the absolute amount of evidence */
  readonly shared: number;
}

/** Compares a page's fingerprint with a story's. Linear in the two fingerprints' sizes. */
export function compareFingerprints(page: StoryFingerprint, story: StoryFingerprint): FingerprintComparison {
  const a = fingerprintHashes(page);
  const b = fingerprintHashes(story);
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const union = a.length + b.length - shared;
  return {
    containment: a.length > 0 ? shared / a.length : 0,
    coverage: b.length > 0 ? shared / b.length : 0,
    similarity: union > 0 ? shared / union : 0,
    shared,
  };
}
