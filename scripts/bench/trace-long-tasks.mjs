// What the long tasks (≥ 50 ms) on a page annotated by the built extension are made of, from a Chromium
// trace (CDP Tracing): script (ours and the page's), garbage collection, style and layout, paint. The Long
// Tasks API says how long a task was, not what it did; this says whether it is our script or the browser's
// work on the page (its first layout, painting the highlighted ranges) or a collection of our garbage.
//   node scripts/bench/trace-long-tasks.mjs [--root DIR] [--runs 2] [--page live/huge.html]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { arg, CHROMIUM, CHROMIUM_FLAGS, LOCAL_ONLY } from './browser-args.mjs';
import { buildBundles } from './bundles.mjs';
import { assembleExtension } from './extension-popup.mjs';
import { serve } from './serve.mjs';

const here = fileURLToPath(new URL('../../', import.meta.url));
const root = arg('--root', here);
const runs = Number(arg('--runs', 2));
const path = arg('--page', 'live/huge.html');
const work = mkdtempSync(join(tmpdir(), 'k-trace-'));
await buildBundles(root, join(work, 'b'));
const ext = assembleExtension(root, join(work, 'b', 'chrome'));
const server = await serve({ fixtures: join(here, 'tests', 'fixtures') });
const ctx = await chromium.launchPersistentContext('', { headless: true, executablePath: CHROMIUM, args: [`--load-extension=${ext}`, `--disable-extensions-except=${ext}`, ...CHROMIUM_FLAGS, LOCAL_ONLY] });
if (ctx.serviceWorkers().length === 0) await ctx.waitForEvent('serviceworker');
console.log(`root: ${root}, page: ${path}`);
console.log('| run | task ms | what | GC ms | style + layout ms | paint ms |');
console.log('|---|---|---|---|---|---|');
for (let run = 1; run <= runs; run++) {
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
const events = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8', transferMode: 'ReportEvents' });
await page.goto(server.url('fixtures/' + path), { waitUntil: 'load' });
await page.waitForTimeout(4000);
await cdp.send('Tracing.end');
await done;
const main = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`);
const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur >= 50_000 && main.includes(`${e.pid}:${e.tid}`));
const KINDS = {
  script: ['FunctionCall', 'EvaluateScript', 'v8.callFunction', 'V8.Execute', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame'],
  gc: ['MajorGC', 'MinorGC', 'V8.GCFinalizeMC', 'V8.GCScavenger'],
  layout: ['UpdateLayoutTree', 'Layout', 'RecalculateStyles'],
  paint: ['PrePaint', 'Paint', 'Layerize', 'Commit'],
};
for (const task of tasks) {
  const inside = events.filter((e) => e.pid === task.pid && e.tid === task.tid && e.ph === 'X' && e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur);
  // the outermost event of each kind (nested ones, e.g. a GC inside a function call, count once, in the outer)
  const sum = (names) => {
    const of = inside.filter((e) => names.includes(e.name)).sort((x, y) => x.ts - y.ts);
    let total = 0;
    let end = -1;
    for (const e of of) {
      if (e.ts >= end) { total += e.dur; end = e.ts + e.dur; }
      else if (e.ts + e.dur > end) { total += e.ts + e.dur - end; end = e.ts + e.dur; }
    }
    return (total / 1000).toFixed(0);
  };
  // a content script's time slices resume as scheduler.yield continuations (its script is not traced as FunctionCall)
  const what = inside.some((e) => e.name === 'RunYieldContinuation') ? 'a slice resumed after scheduler.yield' : inside.some((e) => e.name === 'ParseHTML') ? 'parsing (the page\'s own script)' : `script ${sum(KINDS.script)} ms`;
  console.log(`| ${run} | ${(task.dur / 1000).toFixed(0)} | ${what} | ${sum(KINDS.gc)} | ${sum(KINDS.layout)} | ${sum(KINDS.paint)} |`);
}
// each of our slices is the task around a scheduler.yield continuation
const runTasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && main.includes(`${e.pid}:${e.tid}`));
const slices = events
  .filter((e) => e.name === 'RunYieldContinuation' && main.includes(`${e.pid}:${e.tid}`))
  .map((c) => runTasks.find((t) => t.pid === c.pid && t.tid === c.tid && t.ts <= c.ts && c.ts <= t.ts + t.dur))
  .filter(Boolean)
  .map((t) => t.dur / 1000)
  .sort((a, b) => a - b);
const at = (q) => (slices.length ? slices[Math.min(slices.length - 1, Math.floor(q * slices.length))].toFixed(1) : '–');
console.log(`run ${run}: ${slices.length} slices resumed after scheduler.yield: median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms, over 50 ms: ${slices.filter((d) => d >= 50).length}`);
await page.close();
}
await ctx.close(); await server.close();
