// Turns the knowledge Story Lens ships as data (src/data/) into compact JSON modules in
// src/data/generated/, which the bundles, the CLI and the unit tests import. Run by build.mjs and
// before the typecheck; deterministic, so two runs write the same bytes.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGazetteer } from './build-gazetteer.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const generated = join(root, 'src/data/generated');

function writeJson(name, value) {
  mkdirSync(generated, { recursive: true });
  writeFileSync(join(generated, name), `${JSON.stringify(value)}\n`);
}

/**
 * Each `src/data/catalog/<id>.txt` (headline, "Story highlights" bullets, body) becomes one entry,
 * with the date and outlet from the `<id>.json` beside it (`null` where there is none).
 */
function buildCatalog() {
  const dir = join(root, 'src/data/catalog');
  const stories = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const id = basename(name, '.txt');
      const metaPath = join(dir, `${id}.json`);
      const meta = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, 'utf8')) : {};
      if (meta.id !== undefined && meta.id !== id) throw new Error(`${metaPath}: id "${meta.id}" is not the file's name`);
      return { id, published: meta.published ?? null, source: meta.source ?? null, text: readFileSync(join(dir, name), 'utf8') };
    });
  writeJson('catalog.json', { source: 'src/data/catalog/*.txt and *.json', stories });
}

export function buildData() {
  buildCatalog();
  buildGazetteer();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) buildData();
