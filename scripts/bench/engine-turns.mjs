// The entity and quotation engine of this checkout against another's, in turns, in real headless
// Chromium, beside compromise on the same story text: what a speed round of src/core is measured by.
//
//   node scripts/bench/engine-turns.mjs --against DIR [--rounds 3] [--warm 3]
//
// Pages: the shared corpus's development pages (those ../shared/corpus/labels labels; the held-out
// pages are never loaded) and the Kerry story's cnn-2016 and reprint fixtures. Each page is loaded
// once per build and round, the builds' order alternating between rounds, so that both meet the same
// load on a shared machine. Per load, the benchmark bundle's `measureArticle` (page-entry.mjs) runs
// the stages cold (the first call in the freshly loaded page) and then `--warm` times; the entities
// and quotes stages are summed, and compromise (people, places, organizations, quotations) is timed on
// the same text in the same page. Prints medians and sums per build, and ratios to compromise.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { arg, CHROMIUM, CHROMIUM_FLAGS, injectBundle, LOCAL_ONLY } from './browser-args.mjs';
import { buildBundles } from './bundles.mjs';
import { serve } from './serve.mjs';
import { summary } from './stats.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const shared = resolve(root, '..', 'shared');

/** The corpus pages the development labels name (the Kerry story's label names fixtures instead). */
function developmentPages() {
  const labels = join(shared, 'corpus', 'labels');
  const corpus = existsSync(labels)
    ? readdirSync(labels)
        .filter((name) => name.endsWith('.json') && name !== 'kerry-syria.json')
        .map((name) => `corpus/${JSON.parse(readFileSync(join(labels, name), 'utf8')).page ?? name.replace(/\.json$/, '')}/source.html`)
    : [];
  return [...corpus.sort(), 'fixtures/kerry-syria/cnn-2016.html', 'fixtures/kerry-syria/reprint.html'];
}

async function main() {
  const against = arg('--against', null);
  if (!against) {
    console.error('usage: node scripts/bench/engine-turns.mjs --against DIR [--rounds 3] [--warm 3]');
    return 2;
  }
  const rounds = Number(arg('--rounds', 3));
  const warm = Number(arg('--warm', 3));
  const work = mkdtempSync(join(tmpdir(), 'story-lens-engine-turns-'));
  const builds = [];
  for (const [name, dir] of [['before', resolve(against)], ['after', root]]) {
    const bundles = await buildBundles(dir, join(work, name));
    builds.push({ name, ours: readFileSync(bundles.ours, 'utf8'), peers: readFileSync(bundles.peers, 'utf8') });
  }
  const server = await serve({ fixtures: join(root, 'tests', 'fixtures'), corpus: join(shared, 'corpus', 'pages') });
  const browser = await chromium.launch({ headless: true, executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS, LOCAL_ONLY] });
  const pages = developmentPages();
  const loads = [];
  const loadAtStart = loadavg()[0];
  try {
    for (let round = 0; round < rounds; round++) {
      for (const path of pages) {
        for (const build of round % 2 ? [...builds].reverse() : builds) {
          const page = await browser.newPage();
          try {
            await page.goto(server.url(path), { waitUntil: 'load', timeout: 60_000 });
            await injectBundle(page, build.peers);
            await injectBundle(page, build.ours);
            const article = await page.evaluate((times) => globalThis.__storyLensBench.measureArticle({ peers: true, warm: times }), warm);
            if (!article.stages) continue;
            loads.push({
              build: build.name,
              path,
              round,
              cold: article.stages.entities + article.stages.quotes,
              warm: article.warm.map((run) => run.stages.entities + run.stages.quotes),
              compromiseCold: article.peers.compromise,
              compromiseWarm: article.warm.map((run) => run.peers.compromise),
            });
          } finally {
            await page.close();
          }
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
  const sum = (values) => values.reduce((total, value) => total + value, 0);
  const ms = (value) => value.toFixed(1);
  console.log(`${pages.length} pages, ${rounds} rounds, ${warm} warm runs per load; load average ${loadAtStart.toFixed(1)} → ${loadavg()[0].toFixed(1)}`);
  console.log('| build | entities + quotes cold, median (min–max) | warm | compromise cold | warm | cold sums, ours / compromise | warm sums |');
  console.log('|---|---|---|---|---|---|---|');
  for (const { name } of builds) {
    const of = loads.filter((load) => load.build === name);
    const cold = summary(of.map((load) => load.cold));
    const warmRuns = summary(of.flatMap((load) => load.warm));
    const peerCold = summary(of.map((load) => load.compromiseCold));
    const peerWarm = summary(of.flatMap((load) => load.compromiseWarm));
    const coldSums = [sum(of.map((load) => load.cold)), sum(of.map((load) => load.compromiseCold))];
    const warmSums = [sum(of.flatMap((load) => load.warm)), sum(of.flatMap((load) => load.compromiseWarm))];
    console.log(
      `| ${name} | ${ms(cold.median)} ms (${ms(cold.min)}–${ms(cold.max)}), ${(peerCold.median / cold.median).toFixed(1)}× faster | ${ms(warmRuns.median)} ms, ${(peerWarm.median / warmRuns.median).toFixed(1)}× | ${ms(peerCold.median)} ms | ${ms(peerWarm.median)} ms | ${coldSums.map((v) => v.toFixed(0)).join(' / ')} ms (${(coldSums[1] / coldSums[0]).toFixed(1)}×) | ${warmSums.map((v) => v.toFixed(0)).join(' / ')} ms (${(warmSums[1] / warmSums[0]).toFixed(1)}×) |`,
    );
  }
  // Each page's two loads of a round met about the same load: their ratio is the steadiest figure.
  const paired = (measure) =>
    summary(
      loads
        .filter((load) => load.build === 'after')
        .map((after) => [after, loads.find((load) => load.build === 'before' && load.path === after.path && load.round === after.round)])
        .filter(([, before]) => before)
        .map(([after, before]) => measure(after) / measure(before)),
    );
  const middle = (values) => summary(values)?.median ?? NaN;
  const cold = paired((load) => load.cold);
  const warmRatio = paired((load) => middle(load.warm));
  console.log(`after / before, per page and round: cold median ${cold.median.toFixed(2)} (${cold.min.toFixed(2)}–${cold.max.toFixed(2)}), warm median ${warmRatio.median.toFixed(2)} (${warmRatio.min.toFixed(2)}–${warmRatio.max.toFixed(2)}), ${cold.n} pairs`);
  return 0;
}

process.exitCode = await main();
