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

/** A module of the extension's own (TypeScript), bundled by esbuild and loaded here: its exports. */
function ownModule(entry) {
  const { outputFiles } = esbuild.buildSync({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    write: false,
    logLevel: 'error',
  });
  const module = { exports: {} };
  new Function('module', 'exports', outputFiles[0].text)(module, module.exports);
  return module.exports;
}

/**
 * The extension's own `prepareCatalogStory`, run here, so the shipped stories are parsed and
 * fingerprinted by the very code that reads a page, once, at build time.
 */
const catalogPreparer = () => ownModule('src/core/story/prepare-catalog-story.ts').prepareCatalogStory;

/**
 * The gazetteer's lookup index (its names' keys, abbreviations, upper-case forms and key prefixes),
 * worked out by the engine's own `indexGazetteer` from gazetteer.json, so that loading the engine
 * builds none of it.
 */
function buildGazetteerIndex() {
  const { indexGazetteer } = ownModule('src/core/entities/gazetteer-index.ts');
  writeJson('gazetteer-index.json', indexGazetteer(JSON.parse(readFileSync(join(generated, 'gazetteer.json'), 'utf8'))));
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
  buildGazetteerIndex();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) buildData();
