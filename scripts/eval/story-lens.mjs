// Story Lens as the evaluation runs it: the CLI's own code (src/cli/run-cli.ts), bundled from
// src/ with the options build.mjs gives dist/cli.mjs, and imported in-process so that its analysis
// can be timed without process start-up. The report scored is exactly what
// `node dist/cli.mjs annotate FILE --json` prints for the same sources.
import { execFile } from 'node:child_process';
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// One file per run: several engineers may evaluate at once in the same checkout.
const bundlePath = join(root, 'node_modules', '.cache', 'story-lens-eval', `story-lens-${process.pid}.mjs`);

/** What the bundle exports: the CLI and the pieces it reads a file with. */
const ENTRY = `
export { runCli } from './src/cli/run-cli.ts';
export { readPage } from './src/dom/read-page.ts';
export { analyse } from './src/core/analyse.ts';
export { shippedCatalog } from './src/core/story/shipped-catalog.ts';
export { parseStoryText } from './src/core/story/parse-story-text.ts';
`;

/**
 * Bundles the current sources and returns Story Lens's entry points.
 * @param {{builtCli?: string}} [options] `builtCli`: take each report from that built CLI
 *   (`node dist/cli.mjs annotate FILE --json`, one process per page) instead of the in-process bundle
 * @returns {Promise<{annotate(file: string): Promise<{report: any, reading: any}>, analyse(reading: any): any}>}
 */
export async function loadStoryLens(options = {}) {
  try {
    const { buildData } = await import(pathToFileURL(join(root, 'scripts', 'build-data.mjs')).href);
    buildData();
  } catch (error) {
    console.error(`eval: scripts/build-data.mjs failed (${error.message}); using the generated data as it is`);
  }
  mkdirSync(dirname(bundlePath), { recursive: true });
  await esbuild.build({
    absWorkingDir: root,
    stdin: { contents: ENTRY, resolveDir: root, sourcefile: 'eval-entry.mjs', loader: 'js' },
    outfile: bundlePath,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: ['node20'],
    // As for dist/cli.mjs: jsdom loads files of its own at run time, so it stays a package import.
    external: ['jsdom'],
    define: { __FIREFOX__: 'false', __DEV__: 'false' },
    loader: { '.txt': 'text' },
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'error',
  });
  let lens;
  try {
    lens = await import(pathToFileURL(bundlePath).href);
  } finally {
    rmSync(bundlePath, { force: true });
  }
  const { JSDOM, VirtualConsole } = await import('jsdom');

  /** Reads a file as the CLI does (run-cli.ts `readInput`), for the text model the analysis runs on. */
  function read(file) {
    const text = readFileSync(file, 'utf8');
    if (/\.x?html?$/i.test(file)) {
      const dom = new JSDOM(text, { contentType: 'text/html', virtualConsole: new VirtualConsole() });
      return lens.readPage(dom.window.document, null);
    }
    const story = lens.parseStoryText('input', text);
    const wordCount = story.model.text.split(/\s+/).filter(Boolean).length;
    return {
      url: null,
      article: { detected: wordCount > 0, title: story.title || null, byline: null, published: null, site: null, wordCount },
      model: story.model,
    };
  }

  return {
    async annotate(file) {
      if (options.builtCli) return { report: await runBuiltCli(options.builtCli, file), reading: read(file) };
      const stdout = [];
      const stderr = [];
      const code = await quietly(() =>
        lens.runCli(['annotate', file, '--json'], { stdout: (t) => stdout.push(t), stderr: (t) => stderr.push(t) }),
      );
      if (code !== 0) throw new Error(stderr.join('').trim() || `the CLI exited with ${code}`);
      return { report: JSON.parse(stdout.join('')), reading: read(file) };
    },
    analyse: (reading) => lens.analyse(reading, lens.shippedCatalog),
  };
}

function runBuiltCli(cli, file) {
  return new Promise((resolvePromise, reject) => {
    execFile(process.execPath, [cli, 'annotate', file, '--json'], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(stderr.trim() || error.message));
      else resolvePromise(JSON.parse(stdout));
    });
  });
}

/** jsdom reports every stylesheet it cannot parse on console.error; those lines are noise here. */
async function quietly(run) {
  const original = console.error;
  console.error = () => {};
  try {
    return await run();
  } finally {
    console.error = original;
  }
}
