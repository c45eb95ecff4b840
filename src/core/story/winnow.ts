/**
 * Winnowing (Schleimer, Wilkerson & Aiken, "Winnowing: local algorithms for document fingerprinting",
 * SIGMOD 2003): from every window of `window` consecutive hashes keep the smallest (the rightmost on
 * ties), each kept position once. Any text shared by two documents that spans at least `window`
 * hashes yields at least one common kept hash, and about 2 / (window + 1) of the hashes are kept.
 * A sequence shorter than one window keeps its smallest hash. Linear in the sequence's length.
 */
export function winnow(hashes: ArrayLike<number>, window: number): number[] {
  const kept: number[] = [];
  if (hashes.length === 0) return kept;
  const width = Math.min(window, hashes.length);
  let keptAt = -1;
  for (let end = width - 1; end < hashes.length; end++) {
    let minAt = end;
    for (let i = end - 1; i > end - width; i--) if ((hashes[i] as number) < (hashes[minAt] as number)) minAt = i;
    if (minAt !== keptAt) {
      kept.push(hashes[minAt] as number);
      keptAt = minAt;
    }
  }
  return kept;
}
