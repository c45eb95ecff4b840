import { describe, expect, it } from 'vitest';
import type { TextModel } from '../core/text-model';
import { modelFromBlocks } from '../core/text-model';
import { joinStoryParts, PART_BLOCKS, PART_CHARS, storyParts } from './story-parts';

/** A story of `paragraphs` numbered paragraphs of about `chars` characters each. */
function story(paragraphs: number, chars: number): TextModel {
  const words = 'The ferry will not sail until the river rises again, the operator said. '.repeat(Math.ceil(chars / 70)).slice(0, chars);
  return modelFromBlocks(Array.from({ length: paragraphs }, (_, i) => ({ kind: 'paragraph' as const, text: `${i}. ${words}` })));
}

describe('a long story cut into parts and joined again', () => {
  it('a story that fits in one message is not cut', () => {
    expect(storyParts(story(20, 500), 's')).toBeNull();
  });

  it('a 5 MB story arrives whole and in order, no part over the limits', () => {
    const model = story(16_000, 320);
    expect(model.text.length).toBeGreaterThan(5_000_000);
    const parts = storyParts(model, 'story-1')!;
    expect(parts.length).toBeGreaterThanOrEqual(Math.ceil(model.text.length / PART_CHARS));
    for (const [index, part] of parts.entries()) {
      expect(part).toMatchObject({ id: 'story-1', index });
      expect(part.text.length).toBeLessThanOrEqual(PART_CHARS);
      expect(part.blocks.length).toBeLessThanOrEqual(PART_BLOCKS);
    }
    expect(joinStoryParts(parts, 'story-1', parts.length)).toEqual({ ok: true, value: model });
  });

  it('many short blocks are cut by their number, the text with them', () => {
    const model = story(3 * PART_BLOCKS, 4);
    expect(model.text.length).toBeLessThan(PART_CHARS);
    const parts = storyParts(model, 'short')!;
    expect(parts).toHaveLength(3);
    expect(joinStoryParts(parts, 'short', 3)).toEqual({ ok: true, value: model });
  });

  it('a missing part, parts out of order, a part of another story or a count that differs is an error, not a story', () => {
    const parts = storyParts(story(4_000, 320), 'a')!;
    expect(parts.length).toBeGreaterThan(3);
    const missing = joinStoryParts([...parts.slice(0, 2), ...parts.slice(3)], 'a', parts.length);
    expect(missing).toMatchObject({ ok: false, error: expect.stringContaining('arrived') });
    const swapped = [parts[1]!, parts[0]!, ...parts.slice(2)];
    expect(joinStoryParts(swapped, 'a', parts.length)).toMatchObject({ ok: false, error: expect.stringContaining('part 0 is missing') });
    const other = storyParts(story(4_000, 320), 'b')!;
    expect(joinStoryParts([parts[0]!, other[1]!, ...parts.slice(2)], 'a', parts.length).ok).toBe(false);
    expect(joinStoryParts(parts, 'a', parts.length + 1).ok).toBe(false);
  });
});
