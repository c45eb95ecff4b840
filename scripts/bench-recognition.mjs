// Benchmarks story fingerprinting and recognition: cost grows with the page, not with the catalog.
//
//   npm run bench:recognition            a Markdown table on stdout (heap sizes need node --expose-gc,
//                                        which the npm script passes)
//   npm run bench:recognition -- --json  the same numbers as JSON
//
// Catalogs of 1 to 10,000 stories: the shipped Kerry story plus synthetic stories of 300 to 900 words
// drawn from a fixed-seed random generator over a vocabulary of the corpus pages' words (same word
// statistics as news text, none of its sentences). The page is the Kerry story's text, so every
// lookup also finds a match. Times are medians of repeated runs in this Node process.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeError, importSource } from './import-source.mjs';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const asJson = process.argv.includes('--json');

function loadCore() {
  return importSource([
    "export { fingerprintStory } from './src/core/story/fingerprint';",
    "export { CatalogIndex } from './src/core/story/catalog-index';",
    "export { recogniseStory } from './src/core/story/recognise-story';",
    "export { shippedCatalog } from './src/core/story/shipped-catalog';",
    "export { modelFromBlocks } from './src/core/text-model';",
  ]);
}

/** Mulberry32: a small seeded generator, so that every run benchmarks the same catalog. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function vocabulary(kerryText) {
  const corpus = join(root, '..', 'shared', 'corpus', 'pages');
  let text = kerryText;
  if (existsSync(corpus)) {
    for (const name of readdirSync(corpus)) {
      const file = join(corpus, name, 'source.html');
      if (existsSync(file)) text += ` ${readFileSync(file, 'utf8').replace(/<[^>]*>/g, ' ')}`;
    }
  }
  // word frequencies as they occur, so common words stay common
  return text.match(/\b[A-Za-z][a-z]{0,12}\b/g);
}

function syntheticStory(core, id, next, words) {
  const paragraphs = [];
  const length = 300 + Math.floor(next() * 600);
  for (let written = 0; written < length; ) {
    const size = 25 + Math.floor(next() * 40);
    const paragraph = Array.from({ length: size }, () => words[Math.floor(next() * words.length)]).join(' ');
    paragraphs.push({ kind: 'paragraph', text: `${paragraph}.` });
    written += size;
  }
  return { id, title: id, highlights: [], published: null, source: null, model: core.modelFromBlocks(paragraphs) };
}

function median(run, repeat) {
  const times = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

async function main() {
  const core = await loadCore();
  const kerry = core.shippedCatalog[0];
  const words = vocabulary(kerry.model.text);
  const next = random(20161016);
  const sizes = [1, 100, 1000, 10000];
  const stories = Array.from({ length: sizes.at(-1) - 1 }, (_, i) => syntheticStory(core, `synthetic-${i}`, next, words));

  const catalogRows = [];
  for (const size of sizes) {
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const buildStart = performance.now();
    const index = new core.CatalogIndex([kerry, ...stories.slice(0, size - 1)]);
    const buildMs = performance.now() - buildStart;
    global.gc?.();
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
    let match;
    const lookupMs = median(() => (match = core.recogniseStory(kerry.model, index)), 200);
    catalogRows.push({ stories: size, buildMs, heapMb, lookupMs, match: `${match.id} (coverage ${match.coverage})` });
  }

  const pageRows = [];
  for (const copies of [1, 10, 100]) {
    const page = core.modelFromBlocks(
      Array.from({ length: copies }, (_, c) => syntheticStory(core, 'page', random(c + 1), words).model)
        .flatMap((m) => m.blocks.map((b) => ({ kind: b.kind, text: m.text.slice(b.start, b.end) }))),
    );
    const pageWords = page.text.split(/\s+/).length;
    const fingerprintMs = median(() => core.fingerprintStory(page), 50);
    pageRows.push({ words: pageWords, fingerprintMs, usPerWord: (1000 * fingerprintMs) / pageWords });
  }

  if (asJson) {
    console.log(JSON.stringify({ catalogRows, pageRows }, null, 2));
    return;
  }
  console.log('# Story recognition: lookup cost against catalog size\n');
  console.log('| stories in catalog | index build (ms) | index heap (MB) | recogniseStory on the Kerry page (ms, median) | match |');
  console.log('|---|---|---|---|---|');
  for (const r of catalogRows) console.log(`| ${r.stories} | ${r.buildMs.toFixed(0)} | ${r.heapMb.toFixed(1)} | ${r.lookupMs.toFixed(3)} | ${r.match} |`);
  console.log('\n# Fingerprinting cost against page length\n');
  console.log('| page words | fingerprintStory (ms, median) | µs per word |');
  console.log('|---|---|---|');
  for (const r of pageRows) console.log(`| ${r.words} | ${r.fingerprintMs.toFixed(3)} | ${r.usPerWord.toFixed(2)} |`);
}

main().catch((error) => {
  console.error(describeError(error));
  process.exit(1);
});
