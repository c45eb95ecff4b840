/**
 * The content script runs on every page the reader opens, so it carries only the watch for a story:
 * detection and a message listener (content.js). The story script (story.js), injected on stories,
 * carries what needs the page: reading, painting, the hover card. The analysis (src/core: gazetteers,
 * lexicons, the catalog, the entity and quotation engines) runs in the background worker. This builds
 * both as build.mjs does and checks from esbuild's metafile what came along.
 */
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error build.mjs is plain JavaScript without types
import { extensionOptions } from '../../build.mjs';

/** The only core modules the page needs: the step drivers and the shapes of the text model and annotations. */
const CORE_ALLOWED = new Set(['src/core/run-steps.ts', 'src/core/annotation.ts', 'src/core/text-model.ts']);

const catalogIds = readdirSync('src/data/catalog')
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.replace(/\.json$/, ''));

async function buildContent(browser: 'chrome' | 'firefox', entry: 'content' | 'story') {
  const options = extensionOptions(browser);
  const result = await esbuild.build({
    ...options,
    entryPoints: { [entry]: options.entryPoints[entry] },
    write: false,
    metafile: true,
    plugins: [],
    logLevel: 'silent',
  });
  const [path, output] = Object.entries(result.metafile!.outputs).find(([name]) => name.endsWith(`${entry}.js`))!;
  const code = result.outputFiles!.find((file) => file.path.endsWith(`${entry}.js`))!.text;
  return { path, inputs: Object.keys(output.inputs), bytes: Buffer.byteLength(code), code };
}

describe.each(['chrome', 'firefox'] as const)('the built content scripts for %s', (browser) => {
  it('the watch on every page holds detection and nothing of reading, painting or analysis', { timeout: 60_000 }, async () => {
    const { inputs, bytes } = await buildContent(browser, 'content');
    expect(inputs).toContain('src/dom/detect-article.ts');
    const heavy = inputs.filter((input) => /^src\/(core|data)\/|^node_modules\/|read-page|find-body|painter|hover-card/.test(input));
    expect(heavy).toEqual([]);
    // The story script weighs 64 KB: compiling it cost every page about 5 ms of main thread.
    expect(bytes).toBeLessThan(16_000);
  });

  it('the story script holds no analysis code and no generated data, and is a third of its old size', { timeout: 60_000 }, async () => {
    const { inputs, bytes, code } = await buildContent(browser, 'story');
    const data = inputs.filter((input) => input.startsWith('src/data/'));
    const core = inputs.filter((input) => input.startsWith('src/core/') && !CORE_ALLOWED.has(input));
    expect(data).toEqual([]);
    expect(core).toEqual([]);
    expect(inputs).toContain('src/dom/detect-article.ts');
    // With the gazetteers, lexicons and catalog inside it weighed 180 KB minified.
    expect(bytes).toBeLessThan(80_000);
    // Nothing of the shipped catalog's stories either (each one's id is sure to be in its data).
    for (const id of catalogIds) expect(code).not.toContain(id);
  });
});
