// Imports modules of src/ straight from the TypeScript sources, bundled in memory with esbuild, so a
// script measures the working tree as it is (no build, no files written).
import * as esbuild from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @param {string[]} lines export statements relative to the repository root, e.g.
 *   "export { recogniseStory } from './src/core/story/recognise-story';"
 */
export async function importSource(lines) {
  const bundle = await esbuild.build({
    absWorkingDir: root,
    stdin: { contents: lines.join('\n'), resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    define: { __FIREFOX__: 'false', __DEV__: 'false' },
    loader: { '.txt': 'text' },
    logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
}

/** An error's stack without the bundle's base64 (it is imported from a data: URL). */
export const describeError = (error) => String(error?.stack ?? error).replace(/data:text\/javascript;base64,[A-Za-z0-9+/=]+/g, 'bundle');
