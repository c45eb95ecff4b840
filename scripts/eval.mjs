// npm run eval: scores Story Lens and its peer, compromise, against the labelled pages.
//
//   node scripts/eval.mjs              Markdown tables: development, team-written, held-out, layouts and real-news
//                                      sets, per page and totals, Story Lens beside compromise, and throughput
//   node scripts/eval.mjs --json       the same results as JSON
//   node scripts/eval.mjs --details    also list what Story Lens got wrong or missed, development,
//                                      team-written, layouts and real-news development pages only (the held-out sets stay unseen)
//   node scripts/eval.mjs --runs N     timed runs per page for throughput (default 7); 0 skips timing
//   node scripts/eval.mjs --built      score the reports of the built dist/cli.mjs (run `npm run build`
//                                      first), exactly what outside checks run, one process per page
//
// Story Lens runs as the CLI does (its own code, bundled from src/ as dist/cli.mjs is); compromise
// runs on the same story text. Scoring is the rule of ../shared/corpus/labels/README.md, in
// scripts/eval/score.mjs. The labelled pages live in ../shared: without it the evaluation is skipped.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compromiseReport, compromiseWork } from './eval/compromise-peer.mjs';
import { formatDetails, formatSet, formatThroughput } from './eval/format-tables.mjs';
import { labelledPages } from './eval/pages.mjs';
import { labelsInText } from './eval/reachable.mjs';
import { scorePage, totals } from './eval/score.mjs';
import { loadStoryLens } from './eval/story-lens.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const WARMUP = 2;
/** The sets nobody tunes on: only their counts and F1 are printed, never what was wrong or missed. */
const HELD_OUT = new Set(['heldout', 'realnews', 'realnews2']);

async function main(args) {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(fileHeader());
    return 0;
  }
  const json = args.includes('--json');
  const details = args.includes('--details');
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 7;
  if (!Number.isInteger(runs) || runs < 0) {
    console.error('eval: --runs needs a whole number (0 skips timing)');
    return 2;
  }
  if (!existsSync(join(shared, 'corpus', 'labels')) || !existsSync(join(shared, 'corpus', 'pages'))) {
    const reason = `skipped: ${shared} is absent; the labelled pages (shared corpus and held-out) live there`;
    console.log(json ? JSON.stringify({ skipped: reason }) : `eval ${reason}`);
    return 0;
  }

  let builtCli;
  if (args.includes('--built')) {
    builtCli = join(root, 'dist', 'cli.mjs');
    if (!existsSync(builtCli)) {
      console.error('eval: --built needs dist/cli.mjs; run npm run build first');
      return 2;
    }
  }
  const lens = await loadStoryLens({ builtCli });
  const { dev, extra, heldout, layouts, realnews, realdev, realnews2 } = labelledPages(root, shared);
  const sets = {
    dev: await evaluate(lens, dev, builtCli),
    extra: await evaluate(lens, extra, builtCli),
    heldout: await evaluate(lens, heldout, builtCli),
    layouts: await evaluate(lens, layouts, builtCli),
    realnews: await evaluate(lens, realnews, builtCli),
    realdev: await evaluate(lens, realdev, builtCli),
    realnews2: await evaluate(lens, realnews2, builtCli),
  };
  const throughput = runs > 0 ? measureThroughput(lens, sets, runs) : null;

  if (json) {
    console.log(JSON.stringify({ date: new Date().toISOString(), sets: forJson(sets), throughput }, null, 2));
    return 0;
  }
  const out = [
    '# Story Lens evaluation',
    '',
    `Reports from ${builtCli ? 'the built dist/cli.mjs' : 'the CLI code of the working tree (src/cli/run-cli.ts, bundled in-process)'}.`,
    'Entity-level scoring of `../shared/corpus/labels/README.md`; compromise is scored the same way on the same story text and names no speakers.',
    '',
    formatSet('Development set (shared labels, the Kerry story in 3 layouts)', sets.dev),
  ];
  if (details) out.push(formatDetails(sets.dev));
  out.push(formatSet('Team-written dev (tests/labels/dev-extra, stories written and labelled by the team)', sets.extra));
  if (details) out.push(formatDetails(sets.extra));
  out.push(formatSet('Held-out set (tests/labels/heldout, not used for tuning)', sets.heldout));
  out.push(formatSet('Layouts (blind) (tests/labels/layouts, the article pages of tests/fixtures/layouts)', sets.layouts));
  if (details) out.push(formatDetails(sets.layouts));
  out.push(formatSet('Held-out: real news text (tests/labels/realnews, published articles as text, not used for tuning)', sets.realnews));
  if (sets.realdev.pages.length > 0) {
    out.push(formatSet('Real news, development (tests/labels/realdev, published articles as text, labelled blind)', sets.realdev));
    if (details) out.push(formatDetails(sets.realdev));
  }
  if (sets.realnews2.pages.length > 0) {
    out.push(formatSet('Held-out: real news text, second batch (tests/labels/realnews2, published articles as text, not used for tuning)', sets.realnews2));
  }
  if (throughput) out.push(formatThroughput(throughput));
  console.log(out.join('\n'));
  return 0;
}

/** Annotates and scores every page of a set, Story Lens and compromise on the same text. */
async function evaluate(lens, pages, builtCli) {
  const results = [];
  for (const page of pages) {
    let report = { entities: [], quotes: [] };
    let reading = null;
    let error;
    try {
      ({ report, reading } = await lens.annotate(page.file));
      // compromise and the timing read the file as run-cli.ts does; if that reading drifted from the
      // CLI's, its analysis would differ from the report being scored.
      if (JSON.stringify(lens.analyse(reading).report) !== JSON.stringify(report)) {
        const hint = builtCli ? 'dist/cli.mjs is older than src/? run npm run build' : 'run-cli.ts reads files differently now?';
        console.error(`eval: ${page.id}: the in-process analysis differs from the scored report (${hint}); compromise and the timing may see other text`);
      }
    } catch (caught) {
      error = caught instanceof Error ? caught.message.split('\n')[0] : String(caught);
    }
    const text = reading?.model.text ?? '';
    const ours = scorePage(page.label, report);
    const theirs = scorePage(page.label, compromiseReport(text));
    results.push({
      id: page.id,
      file: page.file,
      words: countWords(text),
      labelsInText: labelsInText(page.label, text),
      ...(error ? { error } : {}),
      reading,
      ours: { score: ours, rates: pageRates(ours) },
      compromise: { score: theirs, rates: pageRates(theirs) },
    });
  }
  return {
    pages: results,
    totals: { ours: totals(results.map((r) => r.ours.score)), compromise: totals(results.map((r) => r.compromise.score)) },
  };
}

function pageRates(score) {
  const t = totals([score]);
  return { ...t.entities, all: t.allEntities, quotes: t.quotes };
}

const countWords = (text) => text.split(/\s+/).filter(Boolean).length;

/** Median time of the analysis per page, Story Lens and compromise on the same text, summed per set. */
function measureThroughput(lens, sets, runs) {
  const rows = [];
  const all = { set: 'all', pages: 0, words: 0, oursMs: 0, compromiseMs: 0 };
  for (const [name, set] of Object.entries(sets)) {
    const row = { set: name, pages: 0, words: 0, oursMs: 0, compromiseMs: 0 };
    for (const page of set.pages) {
      if (!page.reading || page.words === 0) continue;
      const text = page.reading.model.text;
      row.pages++;
      row.words += page.words;
      row.oursMs += medianMs(() => lens.analyse(page.reading), runs);
      row.compromiseMs += medianMs(() => compromiseWork(text), runs);
    }
    if (row.pages === 0) continue;
    rows.push(row);
    for (const key of ['pages', 'words', 'oursMs', 'compromiseMs']) all[key] += row[key];
  }
  rows.push(all);
  return { runs, warmup: WARMUP, sets: rows };
}

function medianMs(run, runs) {
  for (let i = 0; i < WARMUP; i++) run();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const middle = times.length >> 1;
  return times.length % 2 ? times[middle] : (times[middle - 1] + times[middle]) / 2;
}

/** Results without the page readings; held-out pages without the lists of what was wrong or missed. */
function forJson(sets) {
  const strip = (side, keepLists) =>
    keepLists
      ? side
      : {
          rates: side.rates,
          score: {
            entities: Object.fromEntries(Object.entries(side.score.entities).map(([type, c]) => [type, { tp: c.tp, fp: c.fp, fn: c.fn }])),
            quotes: { tp: side.score.quotes.tp, fp: side.score.quotes.fp, fn: side.score.quotes.fn, speakerRight: side.score.quotes.speakerRight },
          },
        };
  return Object.fromEntries(
    Object.entries(sets).map(([name, set]) => [
      name,
      {
        totals: set.totals,
        pages: set.pages.map(({ reading, ours, compromise, ...page }) => ({
          ...page,
          ours: strip(ours, !HELD_OUT.has(name)),
          compromise: strip(compromise, !HELD_OUT.has(name)),
        })),
      },
    ]),
  );
}

function fileHeader() {
  return 'Usage: node scripts/eval.mjs [--json] [--details] [--runs N] [--built]\n\nScores Story Lens and compromise against the labelled pages (see the comment at the top of scripts/eval.mjs).';
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`eval: ${error instanceof Error ? error.stack : error}`);
    process.exitCode = 1;
  },
);
