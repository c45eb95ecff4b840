import type { CatalogStory } from './catalog';
import { fingerprintStory } from './fingerprint';
import { parseStoryText } from './parse-story-text';

/** A shipped story as the data build writes it: read, modelled and fingerprinted ahead of time. */
export interface PreparedStory extends CatalogStory {
  readonly fingerprint: NonNullable<CatalogStory['fingerprint']>;
}

/**
 * Reads a catalog story's text file into everything the extension needs of it, fingerprint included.
 * The data build (`npm run data`) runs this once, so a page's first recognition does not fingerprint
 * the catalog: the content script only decodes the stored hashes.
 */
export function prepareCatalogStory(id: string, text: string, published: string | null, source: string | null): PreparedStory {
  const story = parseStoryText(id, text);
  return { ...story, published, source, fingerprint: fingerprintStory(story.model) };
}
