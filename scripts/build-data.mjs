// Turns the knowledge Story Lens ships as data (src/data/) into compact JSON modules in
// src/data/generated/, which the bundles, the CLI and the unit tests import. Run by build.mjs and
// before the typecheck; deterministic, so two runs write the same bytes.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const generated = join(root, 'src/data/generated');

function writeJson(name, value) {
  mkdirSync(generated, { recursive: true });
  writeFileSync(join(generated, name), `${JSON.stringify(value)}\n`);
}

/** Each `src/data/catalog/<id>.txt` (headline, "Story highlights" bullets, body) becomes one raw entry. */
function buildCatalog() {
  const dir = join(root, 'src/data/catalog');
  const stories = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ id: basename(name, '.txt'), text: readFileSync(join(dir, name), 'utf8') }));
  writeJson('catalog.json', { source: 'src/data/catalog/*.txt', stories });
}

export function buildData() {
  buildCatalog();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) buildData();
