import { describe, expect, test } from 'vitest';
import { blockAt, modelFromBlocks } from './text-model';

describe('blockAt', () => {
  const model = modelFromBlocks([
    { kind: 'headline', text: 'A headline' },
    { kind: 'paragraph', text: 'First paragraph.' },
    { kind: 'paragraph', text: 'Second one.' },
  ]);

  test('finds the block holding each character, and none between blocks or past the end', () => {
    for (const block of model.blocks) {
      for (let offset = block.start; offset < block.end; offset += 1) expect(blockAt(model, offset)).toBe(block);
    }
    const second = model.blocks[1]!;
    expect(blockAt(model, second.start - 1)).toBeUndefined();
    expect(blockAt(model, model.text.length)).toBeUndefined();
    expect(blockAt(model, -1)).toBeUndefined();
  });
});
