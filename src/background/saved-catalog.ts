import type { CatalogStory } from '../core/story/catalog';
import { CatalogIndex } from '../core/story/catalog-index';
import type { StoryFingerprint } from '../core/story/fingerprint';
import { isStoryFingerprint } from '../core/story/fingerprint';
import type { SavedStory } from '../shared/protocol';

/** What a saved story must hold to be recognised; anything else in the background's answer is left out. */
function readSaved(raw: unknown): { story: SavedStory; fingerprint: StoryFingerprint } | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { id, title, highlights, published, source, fingerprint } = raw as Record<string, unknown>;
  if (typeof id !== 'string' || id === '' || typeof title !== 'string' || !isStoryFingerprint(fingerprint)) return null;
  const texts = Array.isArray(highlights) ? highlights.filter((text): text is string => typeof text === 'string') : [];
  return {
    story: {
      id,
      title,
      highlights: texts,
      published: typeof published === 'string' ? published : null,
      source: typeof source === 'string' ? source : null,
      fingerprint,
    },
    fingerprint,
  };
}

/**
 * The catalog the worker recognises stories with: the shipped stories and the ones the reader
 * saved, kept in one index. `sync` brings the saved part up to date with the stored list (a
 * story saved from any tab joins, a cleared library leaves) and re-indexes only what changed, so
 * asking before every analysis costs little. A saved story never replaces a shipped one.
 */
export class SavedCatalog {
  readonly index: CatalogIndex;
  readonly #shipped: ReadonlySet<string>;
  /** saved id → what was indexed of it (fingerprint and entry), to re-index only a changed story */
  readonly #saved = new Map<string, string>();

  constructor(shipped: Iterable<CatalogStory>) {
    const stories = [...shipped];
    this.index = new CatalogIndex(stories);
    this.#shipped = new Set(stories.map((story) => story.id));
  }

  /** the ids of the saved stories indexed now */
  get savedIds(): string[] {
    return [...this.#saved.keys()];
  }

  sync(saved: readonly unknown[]): CatalogIndex {
    const seen = new Set<string>();
    for (const raw of saved) {
      const read = readSaved(raw);
      if (!read || this.#shipped.has(read.story.id) || seen.has(read.story.id)) continue;
      const { story, fingerprint } = read;
      seen.add(story.id);
      const entry = { id: story.id, title: story.title, highlights: story.highlights, published: story.published, source: story.source };
      const key = `${fingerprint.hashes}\u0000${JSON.stringify(entry)}`;
      if (this.#saved.get(story.id) === key) continue;
      this.index.addFingerprint(entry, fingerprint);
      this.#saved.set(story.id, key);
    }
    for (const id of [...this.#saved.keys()]) {
      if (seen.has(id)) continue;
      this.index.remove(id);
      this.#saved.delete(id);
    }
    return this.index;
  }
}
