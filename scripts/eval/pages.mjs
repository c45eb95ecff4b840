// The labelled pages the evaluation scores, in sets kept apart:
//   dev      ../shared/corpus/labels/*.json: the shared corpus pages, and the Kerry story in the
//            layouts a file can hold (cnn-2016, reprint, plain.txt; spa.html needs a browser's JS)
//   heldout  tests/labels/heldout/*.json: our own labels, which the engine is not tuned on
//   extra    tests/labels/dev-extra/*.json: stories the team wrote and labelled, development material
//   layouts  tests/labels/layouts/*.json: the article pages of tests/fixtures/layouts, labelled blind
//   realnews tests/labels/realnews/*.json: real news articles as text, held out like heldout
//   realdev  tests/labels/realdev/*.json: other real news articles as text, development material
//   realnews2 tests/labels/realnews2/*.json: a second batch of real news articles as text, held out
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const KERRY_LAYOUTS = ['cnn-2016.html', 'reprint.html', 'plain.txt'];

/** @typedef {{id: string, file: string, label: object}} Page */

/**
 * @param {string} root the repository
 * @param {string} shared the shared folder (../shared from the repository)
 * @returns {{dev: Page[], extra: Page[], heldout: Page[], layouts: Page[], realnews: Page[], realdev: Page[], realnews2: Page[]}}
 */
export function labelledPages(root, shared) {
  const dev = [];
  for (const [name, label] of readLabels(join(shared, 'corpus', 'labels'))) {
    if (name === 'kerry-syria') {
      for (const layout of KERRY_LAYOUTS) {
        dev.push({ id: `kerry-syria/${layout.replace(/\.\w+$/, '')}`, file: join(shared, 'fixtures', 'kerry-syria', layout), label });
      }
    } else dev.push({ id: name, file: pageFile(shared, label.page ?? name), label });
  }
  const heldout = readLabels(join(root, 'tests', 'labels', 'heldout')).map(([name, label]) => ({
    id: name,
    file: pageFile(shared, label.page ?? name),
    label,
  }));
  const extra = textPages(join(root, 'tests', 'labels', 'dev-extra'));
  const layoutsDir = join(root, 'tests', 'fixtures', 'layouts');
  const layouts = readLabels(join(root, 'tests', 'labels', 'layouts')).map(([name, label]) => ({
    id: name,
    file: join(layoutsDir, label.file ?? `${name}.html`),
    label,
  }));
  const realnews = textPages(join(root, 'tests', 'labels', 'realnews'));
  const realdev = textPages(join(root, 'tests', 'labels', 'realdev'));
  const realnews2 = textPages(join(root, 'tests', 'labels', 'realnews2'));
  return { dev, extra, heldout, layouts, realnews, realdev, realnews2 };
}

/** Labels kept beside the `.txt` stories they label. */
const textPages = (dir) => readLabels(dir).map(([name, label]) => ({ id: name, file: join(dir, label.file ?? `${name}.txt`), label }));

const pageFile = (shared, page) => join(shared, 'corpus', 'pages', page, 'source.html');

function readLabels(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => [name.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, name), 'utf8'))]);
}
