import type { Analysis } from '../core/analyse';
import { analyse } from '../core/analyse';
import { analyseSteps } from '../core/analyse-steps';
import type { Catalog } from '../core/story/catalog-index';
import { fingerprintStory } from '../core/story/fingerprint';
import { shippedCatalog } from '../core/story/shipped-catalog';
import type { TextModel } from '../core/text-model';
import type { DomReading } from '../dom/read-page';
import type { CallError, SavedStory } from '../shared/protocol';
import type { Result } from '../shared/result';
import { err } from '../shared/result';
import { SavedCatalog } from './saved-catalog';

/** The shipped stories and the reader's saved ones, for as long as this page's content script lives. */
const savedCatalog = new SavedCatalog(shippedCatalog);

/**
 * The analysis the content script runs on a story, in a module of its own: the content script loads
 * it with `import()` only once a page holds a story, so the catalog, gazetteers and lexicons are not
 * even initialised on the pages that are not stories (esbuild turns the import into a lazily run
 * module inside the one bundle; no extra file, nothing exposed to the page).
 */
export const analyseStory = (reading: DomReading, catalog: Catalog = savedCatalog.index): Analysis => analyse(reading, catalog);

/** `analyseStory` in steps, for a content script that runs them in time slices (a very long story). */
export const analyseStorySteps = (reading: DomReading, catalog: Catalog = savedCatalog.index): Generator<void, Analysis, void> =>
  analyseSteps(reading, catalog);

export const storyFingerprint = (model: TextModel): unknown => fingerprintStory(model);

/** A background that does not answer within this long is not waited for: the page is annotated without its saved stories. */
const ASK_TIMEOUT_MS = 3_000;

export type AskSavedStories = () => Promise<Result<SavedStory[], CallError>>;

/**
 * The catalog to recognise a story with: the shipped stories plus those the reader saved, asked of
 * the background before each analysis (a story saved in another tab since counts at once). Where
 * the background cannot answer, the catalog as last known.
 */
export async function storyCatalog(ask: AskSavedStories = askBackground): Promise<Catalog> {
  const saved = await ask();
  return saved.ok && Array.isArray(saved.value) ? savedCatalog.sync(saved.value) : savedCatalog.index;
}

/**
 * `catalog:saved` through the shared send helper, loaded here rather than at the top: outside an
 * extension (the content script's node tests) webextension-polyfill throws on import, and that
 * becomes an error value like any other failed call.
 */
async function askBackground(): Promise<Result<SavedStory[], CallError>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Result<SavedStory[], CallError>>((resolve) => {
    timer = setTimeout(() => resolve(err({ code: 'failed', message: `no answer to catalog:saved within ${ASK_TIMEOUT_MS} ms` })), ASK_TIMEOUT_MS);
  });
  const call = import('../shared/send-message').then(
    ({ sendToBackground }) => sendToBackground('catalog:saved', {}),
    (error: unknown) => err({ code: 'failed' as const, message: String(error) }),
  );
  return Promise.race([call, timeout]).finally(() => clearTimeout(timer));
}
