// The benchmark bundle injected into each page (built by scripts/bench/bundles.mjs with esbuild from the
// project's own modules): `window.__storyLensBench`. The peers come in a bundle of their own
// (peers-entry.mjs), so heap measurements of our code never include theirs. Every function runs one cold measurement in a freshly
// loaded page and answers plain JSON. Times are main-thread milliseconds from performance.now(); long tasks
// come from the Long Tasks API (tasks of 50 ms or more).
import { analyse } from '../../src/core/analyse';
import { analyseSteps } from '../../src/core/analyse-steps';
import { BlockMemo } from '../../src/core/block-memo';
import { runStepsSliced, withFirstSlice } from '../../src/core/run-steps';
import { findEntities } from '../../src/core/entities/find-entities';
import { chooseHighlights } from '../../src/core/highlights/choose-highlights';
import { findQuotes } from '../../src/core/quotes/find-quotes';
import { CatalogIndex } from '../../src/core/story/catalog-index';
import { fingerprintStory } from '../../src/core/story/fingerprint';
import { recogniseStory } from '../../src/core/story/recognise-story';
import { shippedCatalog } from '../../src/core/story/shipped-catalog';
import { modelFromBlocks } from '../../src/core/text-model';
import { createPainter } from '../../src/content/create-painter';
import { LivePage } from '../../src/content/live-page';
import { WrapPainter } from '../../src/content/wrap-painter';
import { detectArticle } from '../../src/dom/detect-article';
import { readPage, readPageSteps } from '../../src/dom/read-page';
import { decodeAnalysis, encodeAnalysis } from '../../src/shared/analysis-wire';
import { timeSlicer } from '../../src/shared/yield-to-main';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';

const now = () => performance.now();

/** Long tasks seen since the bundle was loaded. */
const longTasks = [];
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch {
  // no Long Tasks API: longest task is reported as unknown
}
/** Layout shifts (CLS entries) seen since the bundle was loaded. */
const shifts = [];
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) shifts.push({ start: entry.startTime, value: entry.value });
  }).observe({ type: 'layout-shift', buffered: true });
} catch {
  // no Layout Instability API
}

/** Gives the browser a task boundary (and a chance to report long tasks) between measured steps. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));

/** The longest task (Long Tasks API, ≥ 50 ms) that overlaps [from, to]; 0 when none was that long. */
function longestTask(from, to) {
  let longest = 0;
  for (const task of longTasks) if (task.start + task.duration >= from && task.start <= to) longest = Math.max(longest, task.duration);
  return longest;
}

const layoutShift = (from, to) => shifts.filter((s) => s.start >= from && s.start <= to).reduce((sum, s) => sum + s.value, 0);

function time(fn) {
  const start = now();
  const value = fn();
  return { ms: now() - start, value };
}

/** The element that holds the whole story: the common ancestor of its first and last characters. */
function storyContainer(reading) {
  const range = reading.anchors.rangeFor({ start: 0, end: reading.model.text.length });
  const node = range?.commonAncestorContainer ?? document.body;
  return node.nodeType === 1 ? node : node.parentElement;
}

const rectOf = (el) => {
  const r = el.getBoundingClientRect();
  return { top: r.top, height: r.height, width: r.width };
};

/** A page that is not an article: the content script's cost is its detection (readPage stops there). */
export async function measureDetection() {
  await nextTask();
  const detect = time(() => detectArticle(document));
  await nextTask();
  const read = time(() => readPage(document, location.href));
  return { detectMs: detect.ms, readMs: read.ms, detected: read.value.article.detected, reason: read.value.detection.reason };
}

/**
 * What the first read of a page costs beyond the page's own work: `readPage` on the live page cold (the
 * code's first run in this page), or first on a copy of the page parsed apart (`DOMParser`: the same
 * markup, never rendered) and only then on the live page, whose read then meets code that has run once;
 * then the live page once more (warm). Each in a task of its own.
 */
export async function measureColdStart({ copyFirst }) {
  await nextTask();
  const copy = copyFirst ? time(() => readPage(new DOMParser().parseFromString(document.documentElement.outerHTML, 'text/html'), location.href)) : null;
  await nextTask();
  const live = time(() => readPage(document, location.href));
  await nextTask();
  const again = time(() => readPage(document, location.href));
  return { copyMs: copy?.ms ?? null, liveMs: live.ms, againMs: again.ms, blocks: live.value.model.blocks.length, same: copy ? copy.value.model.text === live.value.model.text : null };
}

/**
 * Our stages on the page, each in a task of its own: detect, read (readPage), recognise, entities,
 * quotes, highlights, paint (ranges, the Highlight API painter, style and layout). The painting is
 * cleared afterwards. Answers the times and what the run found.
 */
async function runOurs() {
  const t0 = now();
  await nextTask();
  const stages = {};
  stages.detect = time(() => detectArticle(document)).ms;
  await nextTask();
  const read = time(() => readPage(document, location.href));
  stages.read = read.ms;
  const reading = read.value;
  if (!reading.article.detected) return { detected: false, reason: reading.detection.reason };
  const { model } = reading;
  await nextTask();
  const recognise = time(() => recogniseStory(model, shippedCatalog));
  stages.recognise = recognise.ms;
  await nextTask();
  const entities = time(() => findEntities(model));
  stages.entities = entities.ms;
  await nextTask();
  const quotes = time(() => findQuotes(model, entities.value));
  stages.quotes = quotes.ms;
  await nextTask();
  stages.highlights = time(() => chooseHighlights(model, recognise.value, shippedCatalog, entities.value)).ms;
  await nextTask();
  // The annotations exactly as analyse() lays them out for the painter (analyse is pure; not timed here).
  const analysis = analyse(reading, shippedCatalog);
  await nextTask();
  const container = storyContainer(reading);
  const before = rectOf(container);
  const paintStart = now();
  const painter = createPainter(document, DEFAULT_SETTINGS, 'bench');
  const marks = [];
  for (const annotation of analysis.annotations) {
    const range = reading.anchors.rangeFor(annotation);
    if (range && !range.collapsed) marks.push({ annotation, range });
  }
  painter.add(marks);
  painter.flush();
  document.body.getBoundingClientRect(); // style and layout now, inside the measured time
  stages.paint = now() - paintStart;
  await nextFrame();
  const after = rectOf(container);
  stages.total = stages.read + stages.recognise + stages.entities + stages.quotes + stages.highlights + stages.paint;
  const run = {
    detected: true,
    words: reading.article.wordCount,
    textChars: model.text.length,
    annotations: analysis.annotations.length,
    marks: marks.length,
    renderer: painter.renderer,
    entities: analysis.entities.length,
    quotes: analysis.quotes.length,
    stages,
    longestTask: longestTask(t0, now()),
    paint: { shift: layoutShift(paintStart, now()), heightDelta: after.height - before.height },
  };
  painter.clear();
  await nextFrame();
  return { run, reading, analysis, container };
}

/**
 * An article page: one cold run of our stages (the first call in a fresh page, as a content script
 * pays on each page load) and of the peers, then `warm` runs of both in the same page.
 */
export async function measureArticle({ peers = true, warm = 0 } = {}) {
  const cold = await runOurs();
  if (!cold.run) return cold;
  const result = { ...cold.run, warm: [] };
  const withPeers = peers && globalThis.__storyLensPeers;
  if (withPeers) result.peers = await measurePeers(cold.reading.model.text, cold.analysis, cold.container);
  for (let i = 0; i < warm; i++) {
    const again = await runOurs();
    if (!again.run) break;
    const sample = { stages: again.run.stages };
    if (withPeers) sample.peers = await measurePeers(again.reading.model.text, again.analysis, again.container);
    result.warm.push(sample);
  }
  return result;
}

/** The peers on this page and our story text, each call in a task of its own. */
async function measurePeers(text, analysis, container) {
  const { isProbablyReaderable, Readability, nlp, Mark } = globalThis.__storyLensPeers;
  const peers = {};
  await nextTask();
  // Readability: the readerable check on the live page, parse() on a clone (it rewrites the document it gets).
  peers.readerable = time(() => isProbablyReaderable(document)).ms;
  await nextTask();
  const clone = document.cloneNode(true);
  await nextTask();
  peers.readabilityParse = time(() => new Readability(clone).parse()).ms;
  await nextTask();
  // compromise on the same story text: people, places, organizations, quotations.
  peers.compromise = time(() => {
    const doc = nlp(text);
    return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array'), doc.quotations().out('array')];
  }).ms;
  await nextTask();
  // The same highlights drawn by DOM wrapping, as mark.js does: every alias and quotation as a search term.
  const terms = [...new Set([...analysis.report.entities.flatMap((e) => e.aliases), ...analysis.report.quotes.map((q) => q.text)])];
  const before = rectOf(container);
  const markStart = now();
  const marker = new Mark(container);
  let markCount = 0;
  marker.mark(terms, { separateWordSearch: false, acrossElements: true, diacritics: false, each: () => markCount++ });
  document.body.getBoundingClientRect();
  peers.markjs = now() - markStart;
  await nextFrame();
  peers.markjsShift = layoutShift(markStart, now());
  const after = rectOf(container);
  peers.markjsHeightDelta = after.height - before.height;
  peers.markjsMarks = markCount;
  marker.unmark();
  await nextFrame();
  // Our own wrapping fallback on the same ranges (the renderer used where the Highlight API is missing).
  const fresh = readPage(document, location.href);
  const wrapStart = now();
  const wrap = new WrapPainter(document, DEFAULT_SETTINGS.colours, DEFAULT_SETTINGS.shown);
  const marks = [];
  for (const annotation of analysis.annotations) {
    const range = fresh.anchors.rangeFor(annotation);
    if (range && !range.collapsed) marks.push({ annotation, range });
  }
  wrap.add(marks);
  wrap.flush();
  document.body.getBoundingClientRect();
  peers.wrapPainter = now() - wrapStart;
  await nextFrame();
  peers.wrapPainterShift = layoutShift(wrapStart, now());
  peers.wrapPainterHeightDelta = rectOf(container).height - after.height;
  wrap.clear();
  await nextFrame();
  return peers;
}

/**
 * LivePage as the extension wires it, each stage's time added to `times` (readMs, messageMs, analyseMs):
 * reading in slices, the first of 20 ms (yields included), as run-content-script.ts reads; the message as
 * JSON both ways; the worker's part (20 ms slices there) played in this page, with the memo `memoFor()`
 * answers (none: each stage a memo that keeps nothing), shown to `analysed(memo)` after each analysis.
 */
function timedLivePage(times, { memoFor = () => undefined, analysed = () => undefined } = {}) {
  return new LivePage(
    {
      doc: document,
      read: async (doc) => {
        const start = now();
        const reading = await runStepsSliced(readPageSteps(doc, location.href), withFirstSlice(timeSlicer(20), timeSlicer()));
        times.readMs += now() - start;
        return reading;
      },
      analyse: async (reading) => {
        const sent = now();
        const request = JSON.stringify({ type: 'story:analyse', url: reading.url, article: reading.article, model: reading.model });
        times.messageMs += now() - sent;
        const start = now();
        const { type: _type, ...params } = JSON.parse(request);
        const memo = memoFor();
        const analysis = await runStepsSliced(analyseSteps(params, shippedCatalog, memo), timeSlicer(20));
        const answer = JSON.stringify(encodeAnalysis(analysis, fingerprintStory(params.model, memo)));
        analysed(memo);
        times.analyseMs += now() - start;
        const received = now();
        const checked = decodeAnalysis(JSON.parse(answer), reading.model.text.length);
        times.messageMs += now() - received;
        return checked;
      },
      painter: createPainter(document, DEFAULT_SETTINGS, 'bench'),
      send: () => undefined,
      quietly: (change) => change(),
    },
    DEFAULT_SETTINGS,
  );
}

/**
 * The content script's own path, cold, in a fresh page: LivePage.annotate as the content script runs it
 * (reading in time slices, ranges in time slices, paint), with the painter the content script would
 * create. The analysis runs in the background worker there; here its part is played in the page and
 * timed apart (`analyseMs`, cold: a worker's first story; not the page's time): the page's share is the
 * message (the request put on the wire as Chrome's messaging does, JSON, and the answer read back and
 * checked, `messageMs`). The longest task comes from the Long Tasks API. The LivePage is kept on
 * `window` so the runner can measure the heap it retains.
 */
export async function measureContentPath() {
  await nextTask();
  const t0 = now();
  const times = { readMs: 0, messageMs: 0, analyseMs: 0 };
  const page = timedLivePage(times);
  const state = await page.annotate();
  const totalMs = now() - t0;
  globalThis.__storyLensKeep = page;
  await nextFrame();
  return {
    state: state.state,
    painted: Object.values(state.painted).reduce((a, b) => a + b, 0),
    renderer: state.renderer,
    readMs: times.readMs,
    messageMs: times.messageMs,
    /** the worker's part, played in this page: not the page's time */
    analyseMs: times.analyseMs,
    /** ranges and painting, yields to the page included */
    paintMs: totalMs - times.readMs - times.analyseMs - times.messageMs,
    /** the page's time: read, message, ranges and paint */
    totalMs: totalMs - times.analyseMs,
    /** read in slices that yield to the page (their yields included) */
    syncMs: times.readMs,
    longestTask: longestTask(t0, now()),
  };
}

/** A paragraph a live page adds: a new person, a quotation. */
const LATE_PARAGRAPH = 'Later that evening Ottilie Brennan, a spokeswoman for the regional council, told reporters: “We expect more news by the morning, and we will share it.”';

/**
 * A paragraph appended to the story once it is painted: LivePage as the content script runs it (the
 * worker's part played in the page, as in measureContentPath), then the paragraph added after the one
 * holding the story's last highlight, and the refresh that follows timed by stage. `memo`: the played
 * worker keeps a block memo between the two analyses, as the extension's worker does for a tab; without
 * it each analysis starts from scratch (the code before the memo).
 */
export async function measureAppend({ memo: keep = true } = {}) {
  await nextTask();
  const times = { readMs: 0, messageMs: 0, analyseMs: 0 };
  let blocks = null;
  const memo = new BlockMemo();
  const page = timedLivePage(times, {
    memoFor: () => (keep ? memo : new BlockMemo()),
    analysed: (used) => {
      blocks = used.settle();
    },
  });
  await page.annotate();
  await nextFrame();
  const ranges = [...CSS.highlights.values()].flatMap((highlight) => [...highlight]);
  const last = ranges.reduce((a, b) => (a.compareBoundaryPoints(Range.START_TO_START, b) >= 0 ? a : b));
  const node = last.startContainer.nodeType === 1 ? last.startContainer : last.startContainer.parentElement;
  const late = document.createElement('p');
  late.textContent = LATE_PARAGRAPH;
  (node.closest('p') ?? node).after(late);
  Object.assign(times, { readMs: 0, messageMs: 0, analyseMs: 0 });
  const t0 = now();
  await page.refresh();
  const totalMs = now() - t0;
  const painted = [...CSS.highlights.values()].some((highlight) => [...highlight].some((range) => range.toString() === 'Ottilie Brennan'));
  globalThis.__storyLensKeep = page;
  return {
    painted,
    blocks,
    ...times,
    /** ranges and painting, yields to the page included */
    paintMs: totalMs - times.readMs - times.analyseMs - times.messageMs,
    /** the page's time: read, message, ranges and paint */
    pageMs: totalMs - times.analyseMs,
    totalMs,
  };
}

/** Catalog lookups: `count` synthetic stories indexed, then the page's model looked up `lookups` times. */
export function measureCatalog({ stories, page, lookups }) {
  const build = time(() => {
    const index = new CatalogIndex(shippedCatalog);
    for (const story of stories) {
      index.add({
        id: story.id,
        title: story.title,
        highlights: [],
        published: null,
        source: null,
        model: modelFromBlocks([{ kind: 'headline', text: story.title }, ...story.paragraphs.map((text) => ({ kind: 'paragraph', text }))]),
      });
    }
    return index;
  });
  const model = modelFromBlocks(page.map((text) => ({ kind: 'paragraph', text })));
  const times = [];
  let match = null;
  for (let i = 0; i < lookups; i++) {
    const start = now();
    match = recogniseStory(model, build.value);
    times.push(now() - start);
  }
  return { buildMs: build.ms, size: build.value.size, times, match };
}

globalThis.__storyLensBench = { measureDetection, measureArticle, measureContentPath, measureAppend, measureCatalog, measureColdStart };
