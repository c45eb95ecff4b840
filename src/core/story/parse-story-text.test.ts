import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { blockText } from '../text-model';
import { parseStoryText } from './parse-story-text';

const seed = readFileSync(new URL('../../data/catalog/kerry-syria-2016-10-16.txt', import.meta.url), 'utf8');
const kinds = (raw: string) => {
  const { model } = parseStoryText('t', raw);
  return model.blocks.map((block) => [block.kind, blockText(model, block)]);
};

describe('parseStoryText', () => {
  test('reads the catalog story: headline, two highlights, body with the photo caption, no scraper residue', () => {
    const story = parseStoryText('kerry', seed);
    expect(story.title).toBe('Kerry in London for Syria talks with allies');
    expect(story.highlights).toEqual([
      'John Kerry has second meeting in two days in effort to resolve the Syrian crisis',
      'A Turkish-backed faction takes the Syrian town of Dabiq from ISIS, reports say',
    ]);
    const blocks = kinds(seed);
    expect(blocks.filter(([kind]) => kind === 'caption')).toEqual([
      ['caption', 'John Kerry hopes for a new ceasefire in the besieged Syrian city of Aleppo.'],
    ]);
    expect(blocks.filter(([kind]) => kind === 'paragraph')).toHaveLength(13);
    expect(story.model.text).not.toContain('Source by');
    expect(story.model.text).not.toContain('Story highlights');
  });

  test('joins a hard-wrapped paragraph back into one', () => {
    const raw = [
      'Headline',
      '',
      'The council voted late on Tuesday to put a levy for buses on the ballot in',
      'November, after seven hours of testimony from residents on both sides of the',
      'question.',
      '',
      'Opponents said it would hurt retirees.',
    ].join('\n');
    expect(kinds(raw)).toEqual([
      ['headline', 'Headline'],
      [
        'paragraph',
        'The council voted late on Tuesday to put a levy for buses on the ballot in November, after seven hours of testimony from residents on both sides of the question.',
      ],
      ['paragraph', 'Opponents said it would hurt retirees.'],
    ]);
  });

  test('a bulleted list inside the body is body, not highlights', () => {
    const raw = 'Headline\n\nFirst paragraph of the story.\n\n• one point\n• another point\n\nLast paragraph.';
    const story = parseStoryText('t', raw);
    expect(story.highlights).toEqual([]);
    expect(kinds(raw).map(([kind]) => kind)).not.toContain('highlight');
  });

  test('a file without blank lines reads each line as a paragraph', () => {
    expect(kinds('Headline\nOne.\nTwo.\nThree.')).toEqual([
      ['headline', 'Headline'],
      ['paragraph', 'One.'],
      ['paragraph', 'Two.'],
      ['paragraph', 'Three.'],
    ]);
  });

  test('Windows line ends and extra white space do not matter', () => {
    expect(kinds('Headline\r\n\r\n  • A  point \r\n\r\nBody   text.\r\n')).toEqual([
      ['headline', 'Headline'],
      ['highlight', 'A point'],
      ['paragraph', 'Body text.'],
    ]);
  });
});
