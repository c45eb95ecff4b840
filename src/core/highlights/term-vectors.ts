import type { StorySentence } from './story-sentences';

/** A bag of words weighted by TF-IDF. */
export type TermVector = ReadonlyMap<string, number>;

/** Words frequent across the story's sentences ("the", "said") weigh little; rare ones weigh more. */
export function inverseFrequencies(sentences: readonly StorySentence[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const s of sentences) for (const word of new Set(s.words)) df.set(word, (df.get(word) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [word, count] of df) idf.set(word, Math.log((sentences.length + 1) / count));
  return idf;
}

/** Term frequency times inverse frequency; a word the story never uses weighs as a rare one. */
export function termVector(words: readonly string[], idf: ReadonlyMap<string, number>): TermVector {
  const vector = new Map<string, number>();
  for (const word of words) vector.set(word, (vector.get(word) ?? 0) + (idf.get(word) ?? Math.log(2)));
  return vector;
}

export function vectorNorm(vector: TermVector): number {
  let sum = 0;
  for (const x of vector.values()) sum += x * x;
  return Math.sqrt(sum);
}

/** Cosine similarity; pass `bNorm` when comparing many vectors with one. */
export function cosine(a: TermVector, b: TermVector, bNorm = vectorNorm(b)): number {
  let dot = 0;
  for (const [word, weight] of a) dot += weight * (b.get(word) ?? 0);
  const denominator = vectorNorm(a) * bNorm;
  return denominator > 0 ? dot / denominator : 0;
}
