// Turns the knowledge Story Lens ships as data (src/data/) into compact JSON modules in
// src/data/generated/, which the bundles, the CLI and the unit tests import. Run by build.mjs and
// before the typecheck; deterministic, so two runs write the same bytes.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { buildGazetteer } from './build-gazetteer.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const generated = join(root, 'src/data/generated');

function writeJson(name, value) {
  mkdirSync(generated, { recursive: true });
  writeFileSync(join(generated, name), `${JSON.stringify(value)}\n`);
}

/**
 * The extension's own `prepareCatalogStory` (TypeScript), bundled by esbuild and run here, so the shipped
 * stories are parsed and fingerprinted by the very code that reads a page, once, at build time.
 */
function catalogPreparer() {
  const { outputFiles } = esbuild.buildSync({
    absWorkingDir: root,
    entryPoints: ['src/core/story/prepare-catalog-story.ts'],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    write: false,
    logLevel: 'error',
  });
  const module = { exports: {} };
  new Function('module', 'exports', outputFiles[0].text)(module, module.exports);
  return module.exports.prepareCatalogStory;
}

/**
 * Each `src/data/catalog/<id>.txt` (headline, "Story highlights" bullets, body) becomes one entry,
 * with the date and outlet from the `<id>.json` beside it (`null` where there is none), its text model
 * and its fingerprint.
 */
function buildCatalog() {
  const prepare = catalogPreparer();
  const dir = join(root, 'src/data/catalog');
  const stories = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const id = basename(name, '.txt');
      const metaPath = join(dir, `${id}.json`);
      const meta = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, 'utf8')) : {};
      if (meta.id !== undefined && meta.id !== id) throw new Error(`${metaPath}: id "${meta.id}" is not the file's name`);
      return prepare(id, readFileSync(join(dir, name), 'utf8'), meta.published ?? null, meta.source ?? null);
    });
  writeJson('catalog.json', { source: 'src/data/catalog/*.txt and *.json', stories });
}

export function buildData() {
  buildCatalog();
  buildGazetteer();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) buildData();
