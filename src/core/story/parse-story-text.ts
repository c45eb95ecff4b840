import type { BlockKind } from '../text-model';
import { modelFromBlocks } from '../text-model';
import type { CatalogStory } from './catalog';

const BULLET = /^[•●▪◦*\-–—]\s+/;
const HIGHLIGHTS_HEADING = /^(story highlights|highlights|key points|in brief|at a glance)\s*:?$/i;
/** Scraper residue such as "Source by [author_name]" is not the story. */
const RESIDUE = /^source by \[[^\]]*\]$/i;
const SENTENCE_END = /[.!?…]["'”’)\]]*$/;
/** A caption is a line or two under a photo; a longer line run into the next is a paragraph. */
const CAPTION_MAX_WORDS = 30;

type Block = { kind: BlockKind; text: string };

/**
 * Reads a story saved as text: the first line is the headline; bulleted lines before the body (or
 * under a "Story highlights" heading) are its highlights; every other line is body. Paragraphs are
 * separated by blank lines. Where a file separates paragraphs so, a short line run straight into the
 * next one is a photo caption (how scrapers flatten a figure inside the body), and a hard-wrapped
 * paragraph (lines of similar width not ending a sentence) is joined back into one.
 */
export function parseStoryText(id: string, raw: string): CatalogStory {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
  const groups = splitGroups(lines.filter((line) => !RESIDUE.test(line)));
  const blankSeparated = groups.length > 2;
  const blocks: Block[] = [];
  const highlights: string[] = [];
  let title = '';
  let inBody = false;
  for (const group of groups) {
    const rest = title ? group : group.slice(1);
    if (!title) {
      title = group[0] as string;
      blocks.push({ kind: 'headline', text: title });
    }
    if (rest.length === 0) continue;
    if (!inBody && rest.every((line) => BULLET.test(line) || HIGHLIGHTS_HEADING.test(line))) {
      for (const line of rest.filter((line) => BULLET.test(line))) {
        const text = line.replace(BULLET, '');
        highlights.push(text);
        blocks.push({ kind: 'highlight', text });
      }
      continue;
    }
    if (rest.length === 1 && HIGHLIGHTS_HEADING.test(rest[0] as string)) continue;
    inBody = true;
    blocks.push(...bodyBlocks(rest, blankSeparated));
  }
  return { id, title, highlights, published: null, source: null, model: modelFromBlocks(blocks) };
}

/** Runs of non-empty lines. */
function splitGroups(lines: readonly string[]): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line) current.push(line);
    else if (current.length > 0) {
      groups.push(current);
      current = [];
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function bodyBlocks(group: readonly string[], blankSeparated: boolean): Block[] {
  if (group.length === 1) return [{ kind: 'paragraph', text: group[0] as string }];
  if (blankSeparated && isHardWrapped(group)) return [{ kind: 'paragraph', text: group.join(' ') }];
  return group.map((text, index) => ({
    kind: blankSeparated && index < group.length - 1 && wordCount(text) <= CAPTION_MAX_WORDS ? 'caption' : 'paragraph',
    text,
  }));
}

/** Lines broken at a fixed width: all but the last about as long, most not ending a sentence. */
function isHardWrapped(group: readonly string[]): boolean {
  const wrapped = group.slice(0, -1);
  const lengths = wrapped.map((line) => line.length);
  const even = Math.max(...lengths) <= 100 && Math.min(...lengths) >= 40;
  const openEnded = wrapped.filter((line) => !SENTENCE_END.test(line)).length;
  return even && openEnded * 2 >= wrapped.length;
}

const wordCount = (text: string) => text.split(' ').filter(Boolean).length;
