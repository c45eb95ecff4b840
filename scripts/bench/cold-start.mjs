// What the first read of a page costs the content script beyond the page's own work (page-entry.mjs's
// `measureColdStart`, in real headless Chromium): `readPage` on the live page as the code's first run in
// that page, against the same read once the code has run on a copy of the page parsed apart (the same
// markup, never rendered), and warm. Loads alternate the two orders, so both meet the same load on a
// shared machine. Pages are served from 127.0.0.1 (tests/fixtures).
//   node scripts/bench/cold-start.mjs [--runs 6] [--page kerry-syria/cnn-2016.html,layouts/bbc.html]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { arg, CHROMIUM, CHROMIUM_FLAGS, injectBundle, LOCAL_ONLY, median } from './browser-args.mjs';
import { buildBundles } from './bundles.mjs';
import { serve } from './serve.mjs';

const here = fileURLToPath(new URL('../../', import.meta.url));
const runs = Number(arg('--runs', 6));
const pages = arg('--page', 'kerry-syria/cnn-2016.html,layouts/bbc.html,layouts/guardian.html').split(',');

const work = mkdtempSync(join(tmpdir(), 'story-lens-cold-start-'));
const bundles = await buildBundles(here, join(work, 'bundles'));
const source = readFileSync(bundles.ours, 'utf8');
const server = await serve({ fixtures: join(here, 'tests', 'fixtures') });
const browser = await chromium.launch({ headless: true, executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS, LOCAL_ONLY] });
const loads = [loadavg()[0]];
const rows = [];
try {
  for (const path of pages) {
    for (let run = 0; run < runs * 2; run++) {
      const copyFirst = run % 2 === 1;
      const page = await browser.newPage();
      await page.goto(server.url(`fixtures/${path}`), { waitUntil: 'load', timeout: 60_000 });
      await injectBundle(page, source);
      rows.push({ path, copyFirst, ...(await page.evaluate((first) => globalThis.__storyLensBench.measureColdStart({ copyFirst: first }), copyFirst)) });
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
loads.push(loadavg()[0]);
const f = (value) => value.toFixed(1);
console.log(`readPage, ms (median of ${runs} loads each; load average ${loads.map((l) => l.toFixed(1)).join(' → ')})`);
console.log('| page | live page, cold | copy first, cold | live page after the copy | live page, warm | same text |');
console.log('|---|---|---|---|---|---|');
for (const path of pages) {
  const cold = rows.filter((row) => row.path === path && !row.copyFirst);
  const primed = rows.filter((row) => row.path === path && row.copyFirst);
  const m = (list, key) => f(median(list.map((row) => row[key])));
  const warm = rows.filter((row) => row.path === path).map((row) => row.againMs);
  console.log(`| ${path} | ${m(cold, 'liveMs')} | ${m(primed, 'copyMs')} | ${m(primed, 'liveMs')} | ${f(median(warm))} | ${primed.every((row) => row.same) ? 'yes' : 'no'} |`);
}
