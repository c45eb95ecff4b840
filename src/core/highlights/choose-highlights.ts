import type { Highlight, StoryMatch } from '../../shared/report';
import type { Entity } from '../entities/entity';
import type { TextModel } from '../text-model';
import { blockText } from '../text-model';
import type { Catalog } from '../story/catalog-index';
import { toCatalogIndex } from '../story/catalog-index';
import { datelineLength } from '../text/dateline-length';
import { summariseStory } from './summarise-story';

/**
 * Coverage from which a page is taken to carry the whole catalog story: a light edit or a dropped
 * sentence still leaves it well above this, an excerpt of a few paragraphs well below.
 */
export const WHOLE_STORY_COVERAGE = 0.6;

/**
 * The story highlights: the page's own highlights block; else, where the page carries the whole of a
 * recognised catalog story, the catalog's highlights; else 2 to 4 sentences chosen from the story
 * (without a wire dateline opening the first).
 * A page quoting only part of a known story gets highlights of its own, not the whole story's.
 */
export function chooseHighlights(model: TextModel, match: StoryMatch, catalog: Catalog, entities: readonly Entity[]): Highlight[] {
  const page = model.blocks.filter((block) => block.kind === 'highlight').map((block) => blockText(model, block));
  if (page.length > 0) return page.map((text) => ({ text, source: 'page' }));
  const known = match.id !== null && match.coverage >= WHOLE_STORY_COVERAGE ? toCatalogIndex(catalog).get(match.id) : undefined;
  if (known && known.highlights.length > 0) return known.highlights.map((text) => ({ text, source: 'catalog' }));
  // A chosen first sentence keeps its words, not the wire dateline before them ("CAIRO (AP) — ").
  return summariseStory(model, entities).map(({ start, end }) => {
    const text = model.text.slice(start, end);
    return { text: text.slice(datelineLength(text)), source: 'generated' };
  });
}
