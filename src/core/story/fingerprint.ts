import type { BlockMemo } from '../block-memo';
import { noMemo } from '../block-memo';
import { runSteps } from '../run-steps';
import type { BlockKind, TextModel } from '../text-model';
import { shingleHashes } from './shingle-hashes';
import { blockWords, storyBody } from './story-words';
import { winnow } from './winnow';

/** Winnowing window: any shared run of SHINGLE_WORDS + 5 = 10 words or more is always seen. */
export const WINNOW_WINDOW = 6;

export const FINGERPRINT_VERSION = 1;

/**
 * A story's text fingerprint: compact, JSON-serialisable, comparable across sites and layouts.
 * Stored by the background for every story the reader sees, so it carries a format version.
 */
export interface StoryFingerprint {
  readonly version: typeof FINGERPRINT_VERSION;
  /** words of the fingerprinted body text */
  readonly words: number;
  /** winnowed 5-word shingle hashes, unique, ascending, as little-endian uint32s in base64 */
  readonly hashes: string;
}

/**
 * Fingerprints the story's body: 5-word shingles of normalised words (so case, punctuation, curly or
 * straight quotes and white space do not matter) inside each paragraph, winnowed. Shingles stay
 * inside a paragraph so that reordered paragraphs keep every hash. About 0.24 hashes a word (93 for
 * the shipped 393-word story: 533 characters of JSON); linear in the text's length. A block's share is
 * taken from `memo` where an earlier analysis read the block.
 */
export function fingerprintStory(model: TextModel, memo = noMemo()): StoryFingerprint {
  return runSteps(fingerprintSteps(model, memo));
}

/** Blocks fingerprinted between two pauses of `fingerprintSteps`. */
const BLOCKS_PER_STEP = 500;

/** `fingerprintStory` in steps: it pauses every few hundred blocks, for the worker's time slices. */
export function* fingerprintSteps(model: TextModel, memo = noMemo()): Generator<void, StoryFingerprint, void> {
  const kept = new Set<number>();
  let words = 0;
  const texts = memo.blockTexts(model);
  const inBody = storyBody(model);
  for (const [index, block] of model.blocks.entries()) {
    if (index % BLOCKS_PER_STEP === BLOCKS_PER_STEP - 1) yield;
    if (!inBody(block)) continue;
    const print = blockPrint(memo, block.kind, texts[index] as string);
    words += print.words;
    for (const hash of print.hashes) kept.add(hash);
  }
  yield;
  return { version: FINGERPRINT_VERSION, words, hashes: encodeHashes(Uint32Array.from(kept).sort()) };
}

/** A block's share of the fingerprint: its words, and its shingles' hashes winnowed. */
interface BlockPrint {
  readonly words: number;
  readonly hashes: readonly number[];
}

/** The memo's stage `fingerprint`: a block's print, from its words (stage `words`). */
const blockPrint = (memo: BlockMemo, kind: BlockKind, text: string): BlockPrint =>
  memo.read('fingerprint', kind, text, (own) => {
    const words = blockWords(memo, kind, own);
    return { words: words.length, hashes: winnow(shingleHashes(words), WINNOW_WINDOW) };
  });

/** The fingerprint's hashes, ascending. Check untrusted values with `isStoryFingerprint` first. */
export function fingerprintHashes(fingerprint: StoryFingerprint): Uint32Array {
  const bytes = atob(fingerprint.hashes);
  const hashes = new Uint32Array(bytes.length >>> 2);
  for (let i = 0; i < hashes.length; i++) {
    const at = i * 4;
    hashes[i] =
      (bytes.charCodeAt(at) | (bytes.charCodeAt(at + 1) << 8) | (bytes.charCodeAt(at + 2) << 16) | (bytes.charCodeAt(at + 3) << 24)) >>> 0;
  }
  return hashes;
}

function encodeHashes(hashes: Uint32Array): string {
  let bytes = '';
  for (const hash of hashes) {
    bytes += String.fromCharCode(hash & 0xff, (hash >>> 8) & 0xff, (hash >>> 16) & 0xff, hash >>> 24);
  }
  return btoa(bytes);
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Checks a fingerprint read from storage or a message, which may be old, foreign or corrupt. */
export function isStoryFingerprint(value: unknown): value is StoryFingerprint {
  if (typeof value !== 'object' || value === null) return false;
  const { version, words, hashes } = value as Record<string, unknown>;
  if (version !== FINGERPRINT_VERSION || typeof hashes !== 'string' || !BASE64.test(hashes)) return false;
  if (typeof words !== 'number' || !Number.isInteger(words) || words < 0) return false;
  return atob(hashes).length % 4 === 0;
}
