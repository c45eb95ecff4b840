// Builds Story Lens for Chromium and Firefox from one source.
//
//   node build.mjs            dist/chrome, dist/firefox, the two store zips and dist/cli.mjs
//   node build.mjs --watch    the same, rebuilt on every change (for development)
//
// Browser differences are build-time constants (`__FIREFOX__`), never run-time sniffing.
import * as esbuild from 'esbuild';
import { zipSync } from 'fflate';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, watch as watchFiles, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildData } from './scripts/build-data.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, 'dist');
const watch = process.argv.includes('--watch');

/** The extension's entry points: source file → output file inside each browser folder. */
const extensionEntries = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  story: 'src/content/story-script.ts',
  'popup/popup': 'src/popup/index.ts',
  'options/options': 'src/options/index.ts',
};

/** Files copied as they are (HTML pages with their stylesheets inlined): source → path inside each browser folder. */
const staticFiles = {
  'src/popup/popup.html': 'popup/popup.html',
  'src/options/options.html': 'options/options.html',
  'src/_locales': '_locales',
  'icons/icon-16.png': 'icons/icon-16.png',
  'icons/icon-32.png': 'icons/icon-32.png',
  'icons/icon-48.png': 'icons/icon-48.png',
  'icons/icon-128.png': 'icons/icon-128.png',
};

const targets = {
  chrome: { firefox: false, target: ['chrome120'] },
  firefox: { firefox: true, target: ['firefox128'] },
};

/** The Firefox id is fixed so that storage and the test contract survive reinstalls. */
export const GECKO_ID = 'story-lens@story-lens.dev';

/** Writes the per-browser manifest from the one source `manifest.json`. */
export function manifestFor(browser) {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  if (browser === 'firefox') {
    // Firefox MV3 runs the background as an event page; it has no service workers for extensions.
    manifest.background = { scripts: [manifest.background.service_worker] };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        // 142 is the first version that understands data_collection_permissions without a warning.
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  return manifest;
}

/**
 * An extension page with its stylesheets (the shared theme, the page's own) put inside it: a stylesheet
 * request would hold back the page's first paint, the popup's most of all.
 */
export function inlineStyles(htmlPath) {
  return readFileSync(htmlPath, 'utf8').replace(/<link rel="stylesheet" href="([^"]+)">/g, (_link, href) => `<style>\n${readFileSync(join(dirname(htmlPath), href), 'utf8').trim()}\n</style>`);
}

function copyStatic(outDir) {
  for (const [from, to] of Object.entries(staticFiles)) {
    const source = join(root, from);
    if (!existsSync(source)) continue;
    mkdirSync(dirname(join(outDir, to)), { recursive: true });
    if (from.endsWith('.html')) writeFileSync(join(outDir, to), inlineStyles(source));
    else cpSync(source, join(outDir, to), { recursive: true });
  }
}

function writeManifest(browser, outDir) {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifestFor(browser), null, 2)}\n`);
}

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** Store zips: the browser folder's files at the zip's root, with a fixed date so builds repeat. */
function writeZip(browser) {
  const outDir = join(dist, browser);
  const files = {};
  for (const path of listFiles(outDir).sort()) {
    files[relative(outDir, path).split('\\').join('/')] = [readFileSync(path), { mtime: new Date('2026-01-01T00:00:00Z') }];
  }
  writeFileSync(join(dist, `story-lens-${browser}.zip`), zipSync(files, { level: 9 }));
}

/** Writes a browser folder's extras around its bundles: manifest, static files, zip. */
function finishBrowser(browser) {
  const outDir = join(dist, browser);
  writeManifest(browser, outDir);
  copyStatic(outDir);
  writeZip(browser);
}

/** Rewrites the per-browser extras after each (re)build of the bundles. */
function finishPlugin(browser) {
  return {
    name: 'story-lens-finish',
    setup(build) {
      build.onEnd((result) => {
        if (result.errors.length > 0) return;
        finishBrowser(browser);
        if (watch) console.log(`[${new Date().toLocaleTimeString()}] rebuilt dist/${browser}`);
      });
    },
  };
}

/**
 * What esbuild does not see in watch mode, because no bundle imports it: the manifest, the pages and
 * their inlined stylesheets, the locales, the icons (copied into each browser folder), and the data
 * files (built into src/data/generated/, which the bundles import, so esbuild rebuilds on that).
 */
const watchedSources = ['manifest.json', 'src/popup', 'src/options', 'src/shared', 'src/_locales', 'icons', 'src/data'];

function watchOtherSources() {
  let timer = null;
  const changed = new Set();
  const rebuild = () => {
    timer = null;
    const data = [...changed].some((path) => path.startsWith('src/data/'));
    changed.clear();
    try {
      if (data) buildData();
      for (const browser of Object.keys(targets)) finishBrowser(browser);
      console.log(`[${new Date().toLocaleTimeString()}] rebuilt dist/chrome and dist/firefox (${data ? 'data, ' : ''}manifest, pages, locales, icons)`);
    } catch (error) {
      console.error(`rebuild failed: ${error.message ?? error}`);
    }
  };
  for (const source of watchedSources) {
    const path = join(root, source);
    const isDir = statSync(path).isDirectory();
    watchFiles(path, { recursive: isDir }, (_event, name) => {
      const file = isDir ? `${source}/${name ?? ''}` : source;
      // TypeScript is esbuild's to watch; generated data is our own output.
      if (file.endsWith('.ts') || file.startsWith('src/data/generated')) return;
      changed.add(file);
      if (timer) clearTimeout(timer);
      timer = setTimeout(rebuild, 100);
    });
  }
}

/** esbuild's options for one browser's extension bundles (also used by the content bundle's build test). */
export function extensionOptions(browser) {
  const { firefox, target } = targets[browser];
  return {
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(extensionEntries).map(([out, src]) => [out, src])),
    outdir: join(dist, browser),
    bundle: true,
    format: 'iife',
    target,
    minify: !watch,
    sourcemap: watch ? 'inline' : false,
    legalComments: 'none',
    charset: 'utf8',
    define: { __FIREFOX__: String(firefox), __DEV__: String(watch) },
    loader: { '.txt': 'text' },
    logLevel: 'warning',
    plugins: [finishPlugin(browser)],
  };
}

const cliOptions = {
  absWorkingDir: root,
  entryPoints: ['src/cli/index.ts'],
  outfile: join(dist, 'cli.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: ['node20'],
  // jsdom loads files of its own at run time, so it stays a package import.
  external: ['jsdom'],
  define: { __FIREFOX__: 'false', __DEV__: 'false' },
  loader: { '.txt': 'text' },
  banner: { js: '#!/usr/bin/env node' },
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
};

async function main() {
  buildData();
  if (!watch) rmSync(dist, { recursive: true, force: true });
  const configs = [extensionOptions('chrome'), extensionOptions('firefox'), cliOptions];
  if (watch) {
    const contexts = await Promise.all(configs.map((options) => esbuild.context(options)));
    await Promise.all(contexts.map((context) => context.watch()));
    watchOtherSources();
    console.log('Watching src/, manifest.json and icons/ — dist/ is rebuilt on every change. Ctrl-C stops.');
    return;
  }
  await Promise.all(configs.map((options) => esbuild.build(options)));
  console.log('Built dist/chrome, dist/firefox, dist/story-lens-chrome.zip, dist/story-lens-firefox.zip, dist/cli.mjs');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(error.message ?? error);
    process.exit(1);
  });
}
