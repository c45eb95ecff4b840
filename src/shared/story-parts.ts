import type { TextBlock, TextModel } from '../core/text-model';
import type { StoryPart } from './protocol';
import type { Result } from './result';
import { err, ok } from './result';

/**
 * A long story's text model travels to the worker in parts. The browser serialises a message on the
 * page's main thread in one go: a 5 MB story sent whole was one task of over 100 ms on the page. In
 * parts of about a quarter of a megabyte, each message costs the page a few milliseconds, and the
 * page gets its turn between them.
 */

/** Characters of story text per part. */
export const PART_CHARS = 250_000;
/** Blocks per part (each is a small object on the wire: 5,000 of them are about as long as the text). */
export const PART_BLOCKS = 5_000;

/**
 * The parts of a model too long for one message, in order, named `id`; null where it fits in one.
 * Each part holds a slice of the text and a slice of the blocks (offsets into the whole text): the
 * two are cut independently, and only the whole is checked once joined.
 */
export function storyParts(model: TextModel, id: string): StoryPart[] | null {
  const { text, blocks } = model;
  if (text.length <= PART_CHARS && blocks.length <= PART_BLOCKS) return null;
  const count = Math.max(Math.ceil(text.length / PART_CHARS), Math.ceil(blocks.length / PART_BLOCKS));
  const parts: StoryPart[] = [];
  for (let index = 0; index < count; index++) {
    parts.push({
      id,
      index,
      text: text.slice(index * PART_CHARS, (index + 1) * PART_CHARS),
      blocks: blocks.slice(index * PART_BLOCKS, (index + 1) * PART_BLOCKS),
    });
  }
  return parts;
}

/**
 * Puts parts back together: they must be those of one story (`id`), all `count` of them, in order.
 * The joined model is the one the parts were cut from; whether its blocks are spans of its text is
 * for the caller to check, as for a model sent whole.
 */
export function joinStoryParts(parts: readonly StoryPart[], id: string, count: number): Result<TextModel, string> {
  if (parts.length !== count) return err(`story ${id}: ${parts.length} of ${count} parts arrived`);
  const texts: string[] = [];
  const blocks: TextBlock[] = [];
  for (const [at, part] of parts.entries()) {
    if (part.id !== id || part.index !== at) return err(`story ${id}: part ${at} is missing (found part ${part.index} of story ${part.id})`);
    texts.push(part.text);
    for (const block of part.blocks) blocks.push(block);
  }
  return ok({ text: texts.join(''), blocks });
}
