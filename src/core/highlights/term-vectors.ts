import type { StorySentence } from './story-sentences';

/**
 * The story's words as small integers, numbered in the order the story first uses them, so that term
 * vectors are arrays indexed by id rather than maps keyed by string. Every sentence's ids sit in one
 * array: sentence `i` is `words[offsets[i], offsets[i + 1])`.
 */
export interface Terms {
  readonly ids: ReadonlyMap<string, number>;
  readonly words: Int32Array;
  readonly offsets: Int32Array;
}

/** A TF-IDF vector over the story's term ids, with its Euclidean norm. */
export interface TermVector {
  readonly weights: Float64Array;
  readonly norm: number;
}

/** Numbers the sentences' words in order of first use; one map lookup per word. */
export function internTerms(sentences: readonly StorySentence[]): Terms {
  const ids = new Map<string, number>();
  const offsets = new Int32Array(sentences.length + 1);
  for (let i = 0; i < sentences.length; i++) offsets[i + 1] = (offsets[i] as number) + (sentences[i] as StorySentence).words.length;
  const words = new Int32Array(offsets[sentences.length] as number);
  let at = 0;
  for (const sentence of sentences) {
    for (const word of sentence.words) {
      let id = ids.get(word);
      if (id === undefined) ids.set(word, (id = ids.size));
      words[at++] = id;
    }
  }
  return { ids, words, offsets };
}

/** Words frequent across the story's sentences ("the", "said") weigh little; rare ones weigh more. */
export function inverseFrequencies(terms: Terms): Float64Array {
  const df = new Int32Array(terms.ids.size);
  // the last sentence counted for each term: a word repeated in one sentence counts once, with no set per sentence
  const last = new Int32Array(terms.ids.size).fill(-1);
  const n = terms.offsets.length - 1;
  for (let index = 0; index < n; index++) {
    for (let at = terms.offsets[index] as number; at < (terms.offsets[index + 1] as number); at++) {
      const id = terms.words[at] as number;
      if (last[id] === index) continue;
      last[id] = index;
      df[id] = (df[id] as number) + 1;
    }
  }
  const idf = new Float64Array(df.length);
  for (let id = 0; id < df.length; id++) idf[id] = Math.log((n + 1) / (df[id] as number));
  return idf;
}

/** The whole story's vector (its centroid): term frequency times inverse frequency over every sentence. */
export function centroidVector(terms: Terms, idf: Float64Array): TermVector {
  const weights = new Float64Array(idf.length);
  for (const id of terms.words) weights[id] = (weights[id] as number) + (idf[id] as number);
  // ids run in order of first use, so the sum runs in the order a map of the words would give
  let sum = 0;
  for (const weight of weights) sum += weight * weight;
  return { weights, norm: Math.sqrt(sum) };
}

/**
 * The vector of a text outside the sentences (the headline): a word the story never uses weighs as a
 * rare one, and counts towards the norm only, as no sentence shares it.
 */
export function textVector(words: readonly string[], terms: Terms, idf: Float64Array): TermVector {
  const weights = new Float64Array(idf.length);
  const own = new Map<string, number>();
  for (const word of words) {
    const id = terms.ids.get(word);
    own.set(word, (own.get(word) ?? 0) + (id === undefined ? Math.log(2) : (idf[id] as number)));
  }
  let sum = 0;
  for (const [word, weight] of own) {
    sum += weight * weight;
    const id = terms.ids.get(word);
    if (id !== undefined) weights[id] = weight;
  }
  return { weights, norm: Math.sqrt(sum) };
}

/**
 * Cosine similarity of sentences with fixed vectors (the centroid, the headline). Answers a function
 * that takes a sentence's index and fills `out` with one similarity per target; one scratch vector
 * serves every sentence, so scoring a sentence allocates nothing.
 */
export function cosineScorer(terms: Terms, idf: Float64Array, targets: readonly TermVector[]): (sentence: number, out: Float64Array) => void {
  const weights = new Float64Array(idf.length);
  const touched = new Int32Array(idf.length);
  const dots = new Float64Array(targets.length);
  const vectors = targets.map((target) => target.weights);
  return (sentence, out) => {
    let count = 0;
    for (let at = terms.offsets[sentence] as number; at < (terms.offsets[sentence + 1] as number); at++) {
      const id = terms.words[at] as number;
      if ((weights[id] as number) === 0) touched[count++] = id;
      weights[id] = (weights[id] as number) + (idf[id] as number);
    }
    let sum = 0;
    dots.fill(0);
    for (let i = 0; i < count; i++) {
      const id = touched[i] as number;
      const weight = weights[id] as number;
      sum += weight * weight;
      for (let t = 0; t < vectors.length; t++) dots[t] = (dots[t] as number) + weight * ((vectors[t] as Float64Array)[id] as number);
      weights[id] = 0;
    }
    const norm = Math.sqrt(sum);
    for (let t = 0; t < vectors.length; t++) {
      const denominator = norm * (targets[t] as TermVector).norm;
      out[t] = denominator > 0 ? (dots[t] as number) / denominator : 0;
    }
  };
}
