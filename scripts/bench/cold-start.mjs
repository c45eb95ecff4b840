// What the first read of a page costs the content script beyond the page's own work (page-entry.mjs's
// `measureColdStart`, in real headless Chromium): `readPage` on the live page as the code's first run in
// that page, against the same read once the code has run on a copy of the page parsed apart (the same
// markup, never rendered), and warm. Loads alternate the two orders, so both meet the same load on a
// shared machine. Pages are served from 127.0.0.1 (tests/fixtures).
//   node scripts/bench/cold-start.mjs [--runs 6] [--page kerry-syria/cnn-2016.html,layouts/bbc.html]
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { arg, median } from './browser-args.mjs';
import { measureInTurns } from './in-page-turns.mjs';

const here = fileURLToPath(new URL('../../', import.meta.url));
const runs = Number(arg('--runs', 6));
const pages = arg('--page', 'kerry-syria/cnn-2016.html,layouts/bbc.html,layouts/guardian.html').split(',');

const loads = [loadavg()[0]];
// the live page first, a copy first, the live page first, …
const rows = (await measureInTurns({ root: here, pages, runs, measure: 'measureColdStart', settings: [{ copyFirst: false }, { copyFirst: true }] })).map(
  ({ turn, ...row }) => ({ ...row, copyFirst: turn === 1 }),
);
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
