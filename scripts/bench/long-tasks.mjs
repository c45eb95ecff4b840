// The content script's longest main-thread task on a very long story, in real headless Chromium:
// LivePage.annotate one-piece (readPage + analyse in one task) and in time slices (readPageSteps +
// analyseSteps, as the content script runs them), on the 100,000-word live fixture and cnn-2016.
// Long tasks come from the Long Tasks API (≥ 50 ms); slices are timed in the page.
//   node scripts/bench/long-tasks.mjs [--runs 3]
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, median } from './browser-args.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] || 3) || 3;
const bundle = await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['scripts/bench/long-tasks-entry.mjs'],
  bundle: true,
  format: 'iife',
  write: false,
  minify: true,
  define: { __FIREFOX__: 'false', __DEV__: 'false' },
  loader: { '.txt': 'text' },
  logLevel: 'error',
});
const script = bundle.outputFiles[0].text;
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: CHROMIUM_FLAGS,
});
const pages = [
  ['huge (100k words)', `file://${root}tests/fixtures/live/huge.html`],
  ['cnn-2016', `file://${root}tests/fixtures/kerry-syria/cnn-2016.html`],
];
try {
  console.log('| page | mode | words | painted | read ms | analyse ms | total ms | slices | longest slice ms | longest task ms (all runs) | long tasks ≥ 50 ms per run (where) |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const [name, url] of pages) {
    for (const mode of ['one-piece', 'sliced']) {
      const results = [];
      for (let i = 0; i < runs; i++) {
        const page = await browser.newPage();
        await page.goto(url, { waitUntil: 'load' });
        await page.addScriptTag({ content: script });
        results.push(await page.evaluate((m) => globalThis.__longTasks.run(m), mode));
        await page.close();
      }
      const m = (key) => median(results.map((r) => r[key])).toFixed(1);
      const first = results[0];
      console.log(`| ${name} | ${mode} | ${first.words} | ${first.painted} | ${m('readMs')} | ${m('analyseMs')} | ${m('totalMs')} | ${m('slices')} | ${m('longestSliceMs')} | ${Math.max(...results.map((r) => r.longestTaskMs)).toFixed(0)} | ${results.map((r) => r.longTasks.map((ms, i) => `${ms} (${r.longTaskPhases[i]})`).join(' ') || '—').join('; ')} |`);
    }
  }
} finally {
  await browser.close();
}
