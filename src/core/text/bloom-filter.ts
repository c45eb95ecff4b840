/**
 * A Bloom filter built by `scripts/build-gazetteer.mjs`: large name sets (cities, given names) in a
 * few kilobytes. `has` may answer true for a name that is not in the set (about 1 in 200-500, see
 * the build script), never false for one that is; callers treat a hit as evidence, not proof.
 */
export interface BloomFilterData {
  readonly size: number;
  readonly bits: number;
  readonly probes: number;
  /** the bit array, base64 */
  readonly data: string;
}

export interface BloomFilter {
  has(key: string): boolean;
}

function decodeBase64(data: string): Uint8Array {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** FNV-1a, then a mixed second hash: must match `hashes` in scripts/build-gazetteer.mjs. */
function hashes(key: string): [number, number] {
  let h1 = 0x811c9dc5;
  for (let index = 0; index < key.length; index += 1) {
    h1 ^= key.charCodeAt(index);
    h1 = Math.imul(h1, 0x01000193);
  }
  let h2 = Math.imul(h1 ^ (h1 >>> 15), 0x2c1b3c6d);
  h2 = Math.imul(h2 ^ (h2 >>> 12), 0x297a2d39);
  return [h1 >>> 0, ((h2 ^ (h2 >>> 15)) | 1) >>> 0];
}

/** Decodes the filter lazily, on the first lookup, so that loading the bundle stays cheap. */
export function bloomFilter(filter: BloomFilterData): BloomFilter {
  let bytes: Uint8Array | null = null;
  return {
    has(key: string): boolean {
      bytes ??= decodeBase64(filter.data);
      const [h1, h2] = hashes(key.toLowerCase());
      for (let probe = 0; probe < filter.probes; probe += 1) {
        const index = ((h1 + Math.imul(probe, h2)) >>> 0) % filter.bits;
        if (((bytes[index >>> 3] ?? 0) & (1 << (index & 7))) === 0) return false;
      }
      return true;
    },
  };
}
