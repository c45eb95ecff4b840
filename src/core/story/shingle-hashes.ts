/** Words per shingle: long enough that shared shingles mean shared text, not a shared phrase. */
export const SHINGLE_WORDS = 5;

/** FNV-1a over a word's UTF-16 code units. */
function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** MurmurHash3's finaliser: spreads the bits so that low and high bits are equally random. */
function mix(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * One 32-bit hash per run of `size` consecutive words, in text order (`words.length - size + 1` of
 * them). A text shorter than a shingle but not empty gives one hash of all its words, so a short
 * caption still counts. Linear in the number of words.
 */
export function shingleHashes(words: readonly string[], size: number = SHINGLE_WORDS): Uint32Array {
  if (words.length === 0) return new Uint32Array(0);
  const wordHashes = words.map(hashWord);
  const width = Math.min(size, words.length);
  const out = new Uint32Array(words.length - width + 1);
  for (let start = 0; start < out.length; start++) {
    let hash = 0x9747b28c;
    for (let i = start; i < start + width; i++) hash = Math.imul(hash ^ (wordHashes[i] as number), 0x01000193);
    out[start] = mix(hash ^ width);
  }
  return out;
}
