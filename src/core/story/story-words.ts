import type { TextModel } from '../text-model';
import { blockText } from '../text-model';
import { normaliseWords } from './normalise-words';

/**
 * The normalised words of the story's body (paragraphs and captions), one list per block. Headlines
 * and highlights are left out because sites rewrite them; a model with no body block (a bare list of
 * lines) gives all its blocks instead.
 */
export function storyWords(model: TextModel): string[][] {
  const body = model.blocks.filter((block) => block.kind === 'paragraph' || block.kind === 'caption');
  const blocks = body.length > 0 ? body : model.blocks;
  return blocks.map((block) => normaliseWords(blockText(model, block))).filter((words) => words.length > 0);
}
