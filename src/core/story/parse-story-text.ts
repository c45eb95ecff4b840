import type { BlockKind } from '../text-model';
import { modelFromBlocks } from '../text-model';
import type { CatalogStory } from './catalog';

const BULLET = /^\s*[•*\-–]\s+/;
const HIGHLIGHTS_HEADING = /^(story highlights|highlights|key points|in brief)$/i;
/** Scraper residue such as "Source by [author_name]" is not the story. */
const RESIDUE = /^source by \[[^\]]*\]$/i;

/**
 * Reads a story saved as text: the first line is the headline, an optional "Story highlights"
 * heading is followed by bulleted highlights, and every other non-empty line is a paragraph.
 */
export function parseStoryText(id: string, raw: string): CatalogStory {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
  const blocks: Array<{ kind: BlockKind; text: string }> = [];
  const highlights: string[] = [];
  let title = '';
  for (const [index, rawLine] of lines.entries()) {
    const line = rawLine.trim();
    if (!line || RESIDUE.test(line) || HIGHLIGHTS_HEADING.test(line)) continue;
    if (!title) {
      title = line;
      blocks.push({ kind: 'headline', text: line });
    } else if (BULLET.test(lines[index] ?? '')) {
      const text = line.replace(BULLET, '');
      highlights.push(text);
      blocks.push({ kind: 'highlight', text });
    } else {
      blocks.push({ kind: 'paragraph', text: line });
    }
  }
  return { id, title, highlights, published: null, source: null, model: modelFromBlocks(blocks) };
}
