import type { Analysis } from '../core/analyse';
import { analyse } from '../core/analyse';
import { analyseSteps } from '../core/analyse-steps';
import { fingerprintStory } from '../core/story/fingerprint';
import { shippedCatalog } from '../core/story/shipped-catalog';
import type { TextModel } from '../core/text-model';
import type { DomReading } from '../dom/read-page';

/**
 * The analysis the content script runs on a story, in a module of its own: the content script loads
 * it with `import()` only once a page holds a story, so the catalog, gazetteers and lexicons are not
 * even initialised on the pages that are not stories (esbuild turns the import into a lazily run
 * module inside the one bundle; no extra file, nothing exposed to the page).
 */
export const analyseStory = (reading: DomReading): Analysis => analyse(reading, shippedCatalog);

/** `analyseStory` in steps, for a content script that runs them in time slices (a very long story). */
export const analyseStorySteps = (reading: DomReading): Generator<void, Analysis, void> => analyseSteps(reading, shippedCatalog);

export const storyFingerprint = (model: TextModel): unknown => fingerprintStory(model);
