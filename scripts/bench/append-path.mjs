// A paragraph appended to an annotated story, the content script's path by stage (page-entry.mjs's
// `measureAppend`, in real headless Chromium): reading the page again, the message's JSON both ways, the
// worker's analysis (played in the page) and anchoring and painting the answer. Each load measures the
// played worker with the block memo or from scratch, in turns (memo, fresh, memo, …), so both meet the
// same load on a shared machine. Pages are served from 127.0.0.1 (tests/fixtures).
//   node scripts/bench/append-path.mjs [--runs 4] [--page live/huge.html,kerry-syria/cnn-2016.html]
import { fileURLToPath } from 'node:url';
import { arg, median } from './browser-args.mjs';
import { measureInTurns } from './in-page-turns.mjs';

const here = fileURLToPath(new URL('../../', import.meta.url));
const runs = Number(arg('--runs', 4));
const pages = arg('--page', 'live/huge.html,kerry-syria/cnn-2016.html').split(',');

// memo, fresh, memo, …
const rows = (await measureInTurns({ root: here, pages, runs, measure: 'measureAppend', settings: [{ memo: true }, { memo: false }] })).map(
  ({ turn, ...row }) => ({ ...row, memo: turn === 0 }),
);
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
