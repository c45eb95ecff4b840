import catalogData from '../../data/generated/catalog.json';
import type { PreparedStory } from './prepare-catalog-story';

/**
 * The stories that ship with Story Lens (`src/data/catalog/`), read and fingerprinted by the data
 * build (`prepareCatalogStory`): loading them parses nothing.
 */
export const shippedCatalog: readonly PreparedStory[] = catalogData.stories as readonly PreparedStory[];
