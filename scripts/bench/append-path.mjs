// A paragraph appended to an annotated story, the content script's path by stage (page-entry.mjs's
// `measureAppend`, in real headless Chromium): reading the page again, the message's JSON both ways, the
// worker's analysis (played in the page) and anchoring and painting the answer. Each load measures the
// played worker with the block memo or from scratch, in turns (memo, fresh, memo, …), so both meet the
// same load on a shared machine. Pages are served from 127.0.0.1 (tests/fixtures).
//   node scripts/bench/append-path.mjs [--runs 4] [--page live/huge.html,kerry-syria/cnn-2016.html]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { arg, CHROMIUM, CHROMIUM_FLAGS, injectBundle, LOCAL_ONLY, median } from './browser-args.mjs';
import { buildBundles } from './bundles.mjs';
import { serve } from './serve.mjs';

const here = fileURLToPath(new URL('../../', import.meta.url));
const runs = Number(arg('--runs', 4));
const pages = arg('--page', 'live/huge.html,kerry-syria/cnn-2016.html').split(',');

const work = mkdtempSync(join(tmpdir(), 'story-lens-append-path-'));
const bundles = await buildBundles(here, join(work, 'bundles'));
const source = readFileSync(bundles.ours, 'utf8');
const server = await serve({ fixtures: join(here, 'tests', 'fixtures') });
const browser = await chromium.launch({ headless: true, executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS, LOCAL_ONLY] });
const rows = [];
try {
  for (const path of pages) {
    for (let run = 0; run < runs * 2; run++) {
      const memo = run % 2 === 0;
      const page = await browser.newPage();
      await page.goto(server.url(`fixtures/${path}`), { waitUntil: 'load', timeout: 60_000 });
      await injectBundle(page, source);
      rows.push({ path, memo, ...(await page.evaluate((withMemo) => globalThis.__storyLensBench.measureAppend({ memo: withMemo }), memo)) });
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
const f = (value) => value.toFixed(1);
console.log('| page | worker | read again | message JSON | worker analysis (played) | anchor + paint | page total | all | new name painted |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const path of pages) {
  for (const memo of [false, true]) {
    const mine = rows.filter((row) => row.path === path && row.memo === memo);
    const m = (key) => f(median(mine.map((row) => row[key])));
    console.log(`| ${path} | ${memo ? 'block memo' : 'from scratch'} | ${m('readMs')} | ${m('messageMs')} | ${m('analyseMs')} | ${m('paintMs')} | ${m('pageMs')} | ${m('totalMs')} | ${mine.filter((row) => row.painted).length}/${mine.length} |`);
  }
}
console.log(`JSON ${JSON.stringify(rows)}`);
