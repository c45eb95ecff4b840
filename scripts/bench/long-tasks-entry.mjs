// The bundle for long-tasks.mjs: the content script's path (LivePage with the painter the content script
// creates) in two ways, one-piece (readPage + analyse in one task, as before issue 5's slicing) and in
// time slices (readPageSteps + analyseSteps run by runStepsSliced, as run-content-script.ts does now: a first reading
// slice of 20 ms, stories up to 20,000 characters analysed in one go, longer ones in 8 ms slices).
import { analyse } from '../../src/core/analyse';
import { analyseSteps } from '../../src/core/analyse-steps';
import { runSteps, runStepsSliced, withFirstSlice } from '../../src/core/run-steps';
import { shippedCatalog } from '../../src/core/story/shipped-catalog';
import { createPainter } from '../../src/content/create-painter';
import { LivePage } from '../../src/content/live-page';
import { timeSlicer } from '../../src/shared/yield-to-main';
import { readPage, readPageSteps } from '../../src/dom/read-page';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';

const longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });

/** A time slicer that also records how long each of its slices ran (the first `firstMs`, as the content script's reading). */
function recordingSlicer(slices, firstMs) {
  const slicer = firstMs ? withFirstSlice(timeSlicer(firstMs), timeSlicer()) : timeSlicer();
  let started = performance.now();
  return {
    due: () => slicer.due(),
    async next() {
      slices.push(performance.now() - started);
      await slicer.next();
      started = performance.now();
    },
    end: () => slices.push(performance.now() - started),
  };
}

async function sliced(steps, slices, firstMs) {
  const slicer = recordingSlicer(slices, firstMs);
  const value = await runStepsSliced(steps, slicer);
  slicer.end();
  return value;
}

export async function run(mode) {
  await new Promise((resolve) => setTimeout(resolve, 50));
  const t0 = performance.now();
  const slices = [];
  let readMs = 0;
  let analyseMs = 0;
  const timed = async (add, fn) => {
    const start = performance.now();
    const value = await fn();
    add(performance.now() - start);
    return value;
  };
  const page = new LivePage(
    {
      doc: document,
      read: (doc) =>
        timed((ms) => (readMs += ms), () => (mode === 'sliced' ? sliced(readPageSteps(doc, location.href), slices, 20) : readPage(doc, location.href))),
      analyse: (reading) =>
        timed((ms) => (analyseMs += ms), () => (mode === 'sliced' ? (reading.model.text.length <= 20_000 ? runSteps(analyseSteps(reading, shippedCatalog)) : sliced(analyseSteps(reading, shippedCatalog), slices)) : analyse(reading, shippedCatalog))),
      painter: createPainter(document, DEFAULT_SETTINGS, 'bench'),
      send: () => undefined,
      quietly: (change) => change(),
    },
    DEFAULT_SETTINGS,
  );
  const state = await page.annotate();
  const paintedAt = performance.now();
  const totalMs = performance.now() - t0;
  await new Promise((resolve) => setTimeout(resolve, 100));
  const ours = longTasks.filter((task) => task.start + task.duration >= t0);
  return {
    mode,
    words: page.analysis?.report.article.wordCount ?? 0,
    painted: Object.values(state.painted).reduce((a, b) => a + b, 0),
    readMs,
    analyseMs,
    totalMs,
    slices: slices.length,
    longestSliceMs: Math.max(0, ...slices),
    longTasks: ours.map((task) => Math.round(task.duration)),
    /** where each long task started: during reading, analysis, ranges and painting, or after (style and layout of the painted ranges) */
    longTaskPhases: ours.map((task) => (task.start < t0 + readMs ? 'read' : task.start < t0 + readMs + analyseMs ? 'analyse' : task.start < paintedAt ? 'paint' : 'after')),
    longestTaskMs: Math.max(0, ...ours.map((task) => task.duration)),
  };
}

globalThis.__longTasks = { run };
