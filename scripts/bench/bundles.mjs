// Builds what the benchmark needs with esbuild, into a folder of its own (never dist/, which other
// builds rewrite): the in-page benchmark bundles, the popup bundle, the extension's five bundles as
// build.mjs makes them (minified IIFEs, data included), and the peers alone for their sizes.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The extension's entry points, as in build.mjs. */
const EXTENSION_ENTRIES = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  story: 'src/content/story-script.ts',
  'popup/popup': 'src/popup/index.ts',
  'options/options': 'src/options/index.ts',
};

/** The peers as a page would ship them: the package's main export, minified, nothing else. */
const PEER_SIZES = {
  'compromise (nlp)': "import nlp from 'compromise'; globalThis.nlp = nlp;",
  '@mozilla/readability (Readability + isProbablyReaderable)': "import { Readability, isProbablyReaderable } from '@mozilla/readability'; globalThis.r = [Readability, isProbablyReaderable];",
  'mark.js': "import Mark from 'mark.js'; globalThis.Mark = Mark;",
};

const common = (root) => ({
  absWorkingDir: root,
  bundle: true,
  format: 'iife',
  legalComments: 'none',
  charset: 'utf8',
  define: { __FIREFOX__: 'false', __DEV__: 'false' },
  loader: { '.txt': 'text' },
  logLevel: 'error',
});

/** Builds every bundle into `out`; answers their paths. */
export async function buildBundles(root, out) {
  await esbuild.build({
    ...common(root),
    entryPoints: {
      'bench-ours': 'scripts/bench/page-entry.mjs',
      'bench-peers': 'scripts/bench/peers-entry.mjs',
      'bench-popup': 'scripts/bench/popup-entry.mjs',
    },
    outdir: out,
    target: ['chrome120'],
    minify: true,
  });
  await esbuild.build({
    ...common(root),
    entryPoints: EXTENSION_ENTRIES,
    outdir: join(out, 'chrome'),
    target: ['chrome120'],
    // STORY_LENS_BENCH_NAMES=1 keeps the names, for a profile read by function (a little more to compile)
    minifyWhitespace: true,
    minifySyntax: true,
    minifyIdentifiers: process.env.STORY_LENS_BENCH_NAMES !== '1',
  });
  return {
    ours: join(out, 'bench-ours.js'),
    peers: join(out, 'bench-peers.js'),
    popup: join(out, 'bench-popup.js'),
    extension: Object.keys(EXTENSION_ENTRIES).map((name) => ({ name: `${name}.js`, path: join(out, 'chrome', `${name}.js`) })),
  };
}

const sizeOf = (bytes) => ({ min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });

/** Minified and gzipped sizes: the extension's bundles, then the peers bundled alone. */
export async function measureSizes(root, bundles) {
  const ours = bundles.extension.map(({ name, path }) => ({ name, ...sizeOf(readFileSync(path)) }));
  const peers = [];
  for (const [name, source] of Object.entries(PEER_SIZES)) {
    const result = await esbuild.build({
      ...common(root),
      stdin: { contents: source, resolveDir: root, loader: 'js' },
      write: false,
      target: ['chrome120'],
      minify: true,
    });
    peers.push({ name, ...sizeOf(Buffer.from(result.outputFiles[0].contents)) });
  }
  return { ours, peers };
}

/**
 * Detection alone (`detectArticle` of the checkout at `root`, as `globalThis.__storyLensDetect`), minified
 * as the benchmark bundle is: what `detection.mjs` injects to time the first call in a fresh page.
 */
export async function buildDetectionBundle(root, outfile) {
  await esbuild.build({
    ...common(root),
    stdin: { contents: "import { detectArticle } from './src/dom/detect-article'; globalThis.__storyLensDetect = detectArticle;", resolveDir: root, loader: 'ts' },
    outfile,
    target: ['chrome120'],
    minify: true,
  });
  return outfile;
}
