// The built content script's own main-thread time, page by page, from a Chromium trace of the real
// extension (loaded unpacked) and of the page it runs on. A content script exposes no timing to its page
// (anything it left in the page's performance timeline, the page could read), so it is measured from
// outside:
//   - evaluation: the trace's EvaluateScript of content.js (compiling and running its top level), and of
//     story.js where the worker injected it (a story);
//   - after it: V8's CPU profile samples (trace category disabled-by-default-v8.cpu_profiler) whose stack
//     holds a frame of content.js: its callbacks (settings, detection, reading, the answer, painting),
//     DOM calls they make included; each sample weighs the time to the next one;
//   - tasks: the page's main-thread tasks (RunTask) in which content.js ran, whole (an upper bound: it
//     counts the message's deserialisation and whatever else shared the task; a task that ran no script,
//     where a sample of ours timed late landed, is none of them), and the longest of them;
//   - latency: from the evaluation's start to the end of the last of those tasks (painted, on a story);
//   - the worker's analysis: the User Timing measure the background leaves per analysis
//     (`story-lens:analyse`: duration, slices, longest slice), read from the service worker.
// Standalone: node scripts/bench/extension-trace.mjs [--runs 5] [--page kerry-syria/homepage.html,corpus/mozilla-1,...] [--breakdown] [--profile]
//   [--against DIR [--turn N]]
// (--breakdown: what runs in each load's longest task with our script, by trace event and by function;
// --profile: our time over the whole load by function, inclusive; --against: see the end of this file)
// TRACE_CATEGORIES=devtools.timeline,v8,v8.execute leaves the profiler out: the evaluation alone, unslowed
// (the script-after column then reads 0).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { arg, CHROMIUM, CHROMIUM_FLAGS, LOCAL_ONLY } from './browser-args.mjs';

const CATEGORIES = process.env.TRACE_CATEGORIES ?? 'devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.execute,disabled-by-default-v8.cpu_profiler';
/** Left to a page that is not a story: the settings load and detection are done within a few tens of ms. */
const QUIET_MS = 1500;

/** Resolves once the page's highlight ranges have stopped changing (a story), or after QUIET_MS (none). */
async function settle(page, story) {
  if (!story) return page.waitForTimeout(QUIET_MS);
  let last = -1;
  let stable = 0;
  for (let i = 0; i < 300 && stable < 3; i++) {
    await page.waitForTimeout(200);
    const ranges = await page.evaluate(() => (globalThis.CSS?.highlights ? [...CSS.highlights.values()].reduce((sum, h) => sum + h.size, 0) : 0));
    stable = ranges > 0 && ranges === last ? stable + 1 : 0;
    last = ranges;
  }
  return undefined;
}

/** The CPU profile of one thread, from the trace's Profile and ProfileChunk events: samples with times and whether ours. */
function samplesOf(events, pid, tid, isOurUrl, frames = false) {
  const samples = [];
  const profiles = new Map();
  for (const e of events) {
    if (e.pid !== pid || (e.name !== 'Profile' && e.name !== 'ProfileChunk')) continue;
    const key = e.id;
    if (e.name === 'Profile') {
      profiles.set(key, { time: e.args.data.startTime, ours: new Map(), frame: new Map(), parent: new Map(), tid: e.tid });
      continue;
    }
    const profile = profiles.get(key);
    if (!profile || profile.tid !== tid) continue;
    const { cpuProfile = {}, timeDeltas = [] } = e.args.data;
    for (const node of cpuProfile.nodes ?? []) {
      const parentOurs = node.parent !== undefined && profile.ours.get(node.parent) === true;
      profile.ours.set(node.id, parentOurs || isOurUrl(node.callFrame?.url ?? ''));
      if (frames) profile.parent.set(node.id, node.parent);
      if (frames) {
        const { functionName = '', url = '', lineNumber = -1, columnNumber = -1 } = node.callFrame ?? {};
        profile.frame.set(node.id, `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}:${columnNumber + 1}`);
      }
    }
    (cpuProfile.samples ?? []).forEach((id, i) => {
      profile.time += timeDeltas[i] ?? 0;
      const stack = () => {
        const names = [];
        for (let at = id; at !== undefined; at = profile.parent.get(at)) names.push(profile.frame.get(at));
        return names;
      };
      samples.push({ ts: profile.time, ours: profile.ours.get(id) === true, frame: frames ? profile.frame.get(id) : undefined, stack: frames ? stack() : undefined });
    });
  }
  samples.sort((a, b) => a.ts - b.ts);
  // Each sample stands for the time until the next one (the last for none).
  return samples.map((s, i) => ({ ...s, weight: i + 1 < samples.length ? Math.min(samples[i + 1].ts - s.ts, 5_000) : 0 }));
}

/** Trace events that run script: a task without one ran none of ours, whatever sample lands in it. */
const SCRIPT_EVENTS = new Set(['RunMicrotasks', 'FunctionCall', 'EvaluateScript', 'RunYieldContinuation', 'TimerFire', 'EventDispatch', 'FireAnimationFrame', 'v8.callFunction', 'v8.run']);

/**
 * Whether a task of this thread ran script. The profiler's samples are timed on their own clock: on a
 * loaded machine a sample of our painting lands in the rendering task after it (PrePaint, Paint, no
 * script at all), which then counted as a task of ours with all of the browser's painting in it.
 */
function scriptRunIn(events, pid, tid) {
  const times = events.filter((e) => e.pid === pid && e.tid === tid && SCRIPT_EVENTS.has(e.name)).map((e) => e.ts).sort((a, b) => a - b);
  return (task) => {
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (times[mid] < task.ts) lo = mid + 1;
      else hi = mid;
    }
    return lo < times.length && times[lo] <= task.ts + task.dur;
  };
}

/**
 * Reads one page load's trace: the content scripts' evaluations (content.js, the watch on every page, and
 * story.js where the worker injected it on a story), their later script time, their tasks.
 */
export function contentScriptCost(events) {
  const isOurUrl = (url) => url.startsWith('chrome-extension://') && (url.endsWith('/content.js') || url.endsWith('/story.js'));
  const evaluations = events.filter((e) => e.name === 'EvaluateScript' && e.ph === 'X' && isOurUrl(e.args?.data?.url ?? ''));
  const evaluation = evaluations.find((e) => e.args.data.url.endsWith('/content.js'));
  if (!evaluation) return null;
  const { pid, tid } = evaluation;
  const mine = (e) => e.pid === pid && e.tid === tid;
  const ownEvaluations = evaluations.filter(mine);
  const compiles = events.filter((e) => e.name === 'v8.compile' && mine(e) && isOurUrl(e.args?.data?.url ?? ''));
  const evaluationEnd = evaluation.ts + evaluation.dur;
  const evaluating = (ts) => ownEvaluations.some((e) => e.ts <= ts && ts <= e.ts + e.dur);
  const samples = samplesOf(events, pid, tid, isOurUrl);
  const ourSamples = samples.filter((s) => s.ours && s.ts >= evaluationEnd && !evaluating(s.ts));
  const evaluateMs = ownEvaluations.reduce((sum, e) => sum + e.dur, 0) / 1000;
  const afterMs = ourSamples.reduce((sum, s) => sum + s.weight, 0) / 1000;
  const ranScript = scriptRunIn(events, pid, tid);
  const tasks = events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && mine(e))
    .filter((t) => ownEvaluations.some((e) => t.ts <= e.ts && e.ts + e.dur <= t.ts + t.dur) || (ranScript(t) && ourSamples.some((s) => t.ts <= s.ts && s.ts <= t.ts + t.dur)));
  const taskMs = tasks.reduce((sum, t) => sum + t.dur, 0) / 1000;
  const longestTaskMs = Math.max(0, ...tasks.map((t) => t.dur)) / 1000;
  const lastEnd = Math.max(evaluationEnd, ...tasks.map((t) => t.ts + t.dur));
  return {
    evaluateMs,
    compileMs: compiles.reduce((sum, e) => sum + e.dur, 0) / 1000,
    afterMs,
    totalMs: evaluateMs + afterMs,
    taskMs,
    tasks: tasks.length,
    longestTaskMs,
    latencyMs: (lastEnd - evaluation.ts) / 1000,
  };
}

/**
 * What runs in the longest task with our script: the trace events inside it by name (time summed, nested
 * ones counted in their parents too) and the CPU profile's self time by function, the heaviest first.
 */
export function longestTaskBreakdown(events, top = 12) {
  const isOurUrl = (url) => url.startsWith('chrome-extension://') && (url.endsWith('/content.js') || url.endsWith('/story.js'));
  const evaluation = events.find((e) => e.name === 'EvaluateScript' && e.ph === 'X' && isOurUrl(e.args?.data?.url ?? ''));
  if (!evaluation) return null;
  const { pid, tid } = evaluation;
  const samples = samplesOf(events, pid, tid, isOurUrl, true);
  const ours = samples.filter((s) => s.ours && s.ts >= evaluation.ts);
  const ranScript = scriptRunIn(events, pid, tid);
  const tasks = events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === pid && e.tid === tid && e.dur > 0)
    .filter((t) => ranScript(t) && ours.some((s) => t.ts <= s.ts && s.ts <= t.ts + t.dur));
  const task = tasks.reduce((a, b) => (b.dur > (a?.dur ?? -1) ? b : a), null);
  if (!task) return null;
  const inside = (ts) => task.ts <= ts && ts <= task.ts + task.dur;
  const byName = new Map();
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid || e.ph !== 'X' || e === task || !inside(e.ts)) continue;
    const entry = byName.get(e.name) ?? { ms: 0, count: 0 };
    entry.ms += (e.dur ?? 0) / 1000;
    entry.count += 1;
    byName.set(e.name, entry);
  }
  const byFunction = new Map();
  for (const s of samples) {
    if (!inside(s.ts)) continue;
    byFunction.set(s.frame, (byFunction.get(s.frame) ?? 0) + s.weight / 1000);
  }
  const heaviest = (map, weigh) => [...map].sort((a, b) => weigh(b[1]) - weigh(a[1])).slice(0, top);
  return {
    taskMs: task.dur / 1000,
    events: heaviest(byName, (v) => v.ms).map(([name, v]) => ({ name, ...v })),
    functions: heaviest(byFunction, (v) => v).map(([frame, ms]) => ({ frame, ms })),
  };
}

/**
 * Where our script's time goes over a whole load: each function's inclusive time (its samples and its
 * callees'), from content.js's evaluation on, the heaviest first. Readable with the names kept
 * (STORY_LENS_BENCH_NAMES=1).
 */
export function ourProfile(events, top = 40) {
  const isOurUrl = (url) => url.startsWith('chrome-extension://') && (url.endsWith('/content.js') || url.endsWith('/story.js'));
  const evaluation = events.find((e) => e.name === 'EvaluateScript' && e.ph === 'X' && (e.args?.data?.url ?? '').endsWith('/content.js'));
  if (!evaluation) return null;
  const inclusive = new Map();
  for (const s of samplesOf(events, evaluation.pid, evaluation.tid, isOurUrl, true)) {
    if (!s.ours || s.ts < evaluation.ts) continue;
    for (const frame of new Set(s.stack)) inclusive.set(frame, (inclusive.get(frame) ?? 0) + s.weight / 1000);
  }
  return [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top).map(([frame, ms]) => ({ frame, ms }));
}

/** The worker's analyses since the last call (and forgets them), from its User Timing measures. */
export async function workerAnalyses(context) {
  const worker = context.serviceWorkers()[0];
  if (!worker) return [];
  return worker
    .evaluate(() => {
      const entries = performance.getEntriesByName('story-lens:analyse').map((e) => ({ ms: e.duration, ...e.detail }));
      performance.clearMeasures('story-lens:analyse');
      return entries;
    })
    .catch(() => []);
}

/**
 * Loads each page `runs` times (a fresh tab each time) in one Chromium with the extension, tracing each
 * load. `pages`: [{ name, url, story }]. Answers [{ name, story, runs: [{ ...contentScriptCost, worker }] }];
 * the first story page of the session meets a worker that has analysed nothing yet (cold). `breakdown`
 * adds each load's `longestTaskBreakdown`.
 */
export async function traceExtensionPages({ executablePath, flags, extensionDir, pages, runs, breakdown = false, profile = false }) {
  const context = await chromium.launchPersistentContext('', {
    headless: true,
    executablePath,
    viewport: { width: 1280, height: 900 },
    args: [`--load-extension=${extensionDir}`, `--disable-extensions-except=${extensionDir}`, ...flags],
  });
  try {
    if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 20_000 });
    const results = [];
    for (const { name, url, story } of pages) {
      const result = { name, story, runs: [] };
      for (let run = 0; run < runs; run++) {
        const page = await context.newPage();
        try {
          const cdp = await context.newCDPSession(page);
          const events = [];
          cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
          const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
          await workerAnalyses(context);
          await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
          await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
          await settle(page, story);
          await cdp.send('Tracing.end');
          await complete;
          const cost = contentScriptCost(events);
          const worker = await workerAnalyses(context);
          const longest = breakdown ? { breakdown: longestTaskBreakdown(events) } : {};
          const functions = profile ? { profile: ourProfile(events) } : {};
          result.runs.push(cost ? { ...cost, worker, ...longest, ...functions } : { error: 'content.js was not evaluated on the page', worker });
        } finally {
          await page.close();
        }
      }
      results.push(result);
    }
    return results;
  } finally {
    await context.close();
  }
}

/** Builds and assembles the extension of the checkout at `dir`, with that checkout's own bench scripts. */
async function extensionOf(dir, work) {
  const bundles = await import(join(dir, 'scripts', 'bench', 'bundles.mjs'));
  const popup = await import(join(dir, 'scripts', 'bench', 'extension-popup.mjs'));
  await bundles.buildBundles(dir, join(work, 'bundles'));
  return popup.assembleExtension(dir, join(work, 'bundles', 'chrome'));
}

// Standalone: a quick look at a few fixture pages with this checkout's build; `--against DIR` traces
// another checkout's build (an export of an earlier commit) in turns with this one, `--turn N` loads of
// each page per build and turn, so both meet the same load on a shared machine.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { serve } = await import('./serve.mjs');
  const { summary } = await import('./stats.mjs');
  const { loadavg } = await import('node:os');
  const here = fileURLToPath(new URL('../../', import.meta.url));
  const runs = Number(arg('--runs', 5));
  const against = arg('--against', null);
  const turn = against ? Number(arg('--turn', 2)) : runs;
  const paths = arg('--page', 'kerry-syria/homepage.html,kerry-syria/cnn-2016.html,live/huge.html').split(',');
  const work = mkdtempSync(join(tmpdir(), 'story-lens-trace-'));
  const builds = [{ name: 'this checkout', dir: await extensionOf(here, join(work, 'ours')) }];
  if (against) builds.push({ name: against, dir: await extensionOf(resolve(against), join(work, 'theirs')) });
  // `corpus/NAME` names a page of the shared corpus (../shared/corpus/pages), a story where its kind is news
  const corpusDir = resolve(here, '..', 'shared', 'corpus', 'pages');
  const corpusIndex = join(corpusDir, 'INDEX.json');
  const kinds = new Map((existsSync(corpusIndex) ? JSON.parse(readFileSync(corpusIndex, 'utf8')) : []).map((p) => [p.name, p.kind]));
  const server = await serve({ fixtures: join(here, 'tests', 'fixtures'), corpus: corpusDir });
  const pageOf = (path) => {
    const name = path.startsWith('corpus/') ? path.slice('corpus/'.length) : null;
    if (name !== null) return { name: path, url: server.url(`corpus/${name}/source.html`), story: kinds.get(name) === 'news' };
    return { name: path, url: server.url(`fixtures/${path}`), story: !/homepage|not-article/.test(path) };
  };
  const loads = [loadavg()[0]];
  try {
    const results = new Map(builds.map((build) => [build.name, paths.map((path) => ({ name: path, runs: [] }))]));
    for (let done = 0; done < runs; done += turn) {
      for (const build of builds) {
        const traced = await traceExtensionPages({
          executablePath: CHROMIUM,
          flags: [...CHROMIUM_FLAGS, LOCAL_ONLY],
          extensionDir: build.dir,
          pages: paths.map(pageOf),
          runs: Math.min(turn, runs - done),
          breakdown: process.argv.includes('--breakdown'),
          profile: process.argv.includes('--profile'),
        });
        traced.forEach((page, i) => results.get(build.name)[i].runs.push(...page.runs));
        loads.push(loadavg()[0]);
      }
    }
    const f = (n) => (n === undefined ? '–' : n.toFixed(2));
    for (const [buildName, pages] of results) {
      console.log(`\n— ${buildName}\n`);
      console.log('| page | run | evaluate ms (compile) | script after ms | total ms | tasks | task ms | longest task ms | latency ms | worker: analyses (ms, slices, longest slice) |');
      console.log('|---|---|---|---|---|---|---|---|---|---|');
      for (const { name, runs: rs } of pages) {
        rs.forEach((r, i) =>
          console.log(
            `| ${name} | ${i + 1} | ${f(r.evaluateMs)} (${f(r.compileMs)}) | ${f(r.afterMs)} | ${f(r.totalMs)} | ${r.tasks ?? '–'} | ${f(r.taskMs)} | ${f(r.longestTaskMs)} | ${f(r.latencyMs)} | ${r.worker.map((w) => `${f(w.ms)}, ${w.slices}, ${f(w.longestSliceMs)}`).join('; ') || '–'} |`,
          ),
        );
      }
      for (const { name, runs: rs } of pages) {
        const ok = rs.filter((r) => !r.error);
        const line = ['totalMs', 'evaluateMs', 'afterMs', 'longestTaskMs', 'latencyMs'].map((key) => {
          const s = summary(ok.map((r) => r[key]));
          return `${key} ${f(s?.median)} (${f(s?.min)}–${f(s?.max)})`;
        });
        console.log(`${name}, ${ok.length} loads: medians ${line.join(', ')}`);
      }
      for (const { name, runs: rs } of pages) {
        const profiled = rs.filter((r) => r.profile);
        if (profiled.length === 0) continue;
        const byFrame = new Map();
        for (const r of profiled) for (const { frame, ms } of r.profile) byFrame.set(frame, (byFrame.get(frame) ?? 0) + ms / profiled.length);
        console.log(`\n${name}: inclusive time by function, mean of ${profiled.length} loads`);
        for (const [frame, ms] of [...byFrame].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${f(ms).padStart(8)} ms  ${frame}`);
      }
      for (const { name, runs: rs } of pages) {
        rs.forEach(({ breakdown }, i) => {
          if (!breakdown) return;
          console.log(`\n${name}, load ${i + 1}: the longest task, ${f(breakdown.taskMs)} ms`);
          for (const { name: event, ms, count } of breakdown.events) console.log(`  event ${f(ms).padStart(8)} ms  ${count}× ${event}`);
          for (const { frame, ms } of breakdown.functions) console.log(`  self  ${f(ms).padStart(8)} ms  ${frame}`);
        });
      }
    }
    console.log(`\nload average (1 min) from ${f(Math.min(...loads))} to ${f(Math.max(...loads))}`);
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}
