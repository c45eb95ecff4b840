import type { Candidate } from './candidate';
import { MEDIUM, STRONG, noEvidence } from './evidence';
import { lookupName } from './gazetteer';

/**
 * "US-China trade", "the Baghdad-Damascus highway": two places the gazetteer knows joined by a
 * hyphen are those two places, not one name. The candidate itself where it is no such pair.
 */
export function splitPlacePair(candidate: Candidate): Candidate[] {
  if (candidate.words.length !== 1 || !/^[^-‑]+[-‑][^-‑]+$/.test(candidate.text) || lookupName(candidate.text) !== null) return [candidate];
  const [left = '', right = ''] = candidate.text.split(/[-‑]/);
  const parts = [lookupName(left), lookupName(right)];
  if (!parts.every((known) => known?.type === 'place')) return [candidate];
  return [left, right].map((text, index) => {
    const known = parts[index] ?? null;
    const start = index === 0 ? candidate.start : candidate.end - text.length;
    const evidence = noEvidence();
    evidence.place = known?.city ? MEDIUM : STRONG;
    return { ...candidate, start, end: start + text.length, text, words: [text], evidence, known };
  });
}
