import catalogData from '../../data/generated/catalog.json';
import type { CatalogStory } from './catalog';
import { parseStoryText } from './parse-story-text';

/** The stories that ship with Story Lens (`src/data/catalog/`). */
export const shippedCatalog: readonly CatalogStory[] = catalogData.stories.map(({ id, text, published, source }) => ({
  ...parseStoryText(id, text),
  published,
  source,
}));
