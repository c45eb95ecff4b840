// The real popup in the real extension: the bundles built for the benchmark, loaded unpacked into a
// Chromium of its own; a tab's report seeded in storage.session the way the background keeps it; then
// popup/popup.html?tab=<id> opened, timed from navigation start to the story view on screen.
//
//   node scripts/bench/extension-popup.mjs [--runs N] [--trace FILE] [--against DIR] [--floor] [--minimal]
// runs this part alone (N openings, default 8) and prints each run and the medians; --trace also writes
// a Chromium trace of one more opening to FILE and prints where the popup's main thread spent its time;
// --against measures another checkout's popup (built with its own scripts) in turns with this one's, so
// both see the same machine load; --floor measures, in the same turns, this checkout's popup.html with
// its script taken out: the first contentful paint of the skeleton alone, the floor no script can beat;
// --minimal, a popup.html of one line of text: the browser's floor for any extension page.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { inlineStyles, manifestFor } from '../../build.mjs';
import { CHROMIUM, CHROMIUM_FLAGS } from './browser-args.mjs';
import { buildBundles } from './bundles.mjs';
import { serve } from './serve.mjs';
import { summary } from './stats.mjs';

/** Files the extension needs beside its bundles, as build.mjs copies them (the pages with their styles inlined). */
const STATIC_FILES = {
  'src/popup/popup.html': 'popup/popup.html',
  'src/options/options.html': 'options/options.html',
  'src/_locales': '_locales',
  'icons/icon-16.png': 'icons/icon-16.png',
  'icons/icon-32.png': 'icons/icon-32.png',
  'icons/icon-48.png': 'icons/icon-48.png',
  'icons/icon-128.png': 'icons/icon-128.png',
};

/** Completes the benchmark's bundle folder `dir` (background.js, content.js, …) into an unpacked extension. */
export function assembleExtension(root, dir) {
  for (const [from, to] of Object.entries(STATIC_FILES)) {
    mkdirSync(dirname(join(dir, to)), { recursive: true });
    if (from.endsWith('.html')) writeFileSync(join(dir, to), inlineStyles(join(root, from)));
    else cpSync(join(root, from), join(dir, to), { recursive: true });
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifestFor('chrome'), null, 2));
  return dir;
}

/** The extension at `dir` with its popup.html's scripts taken out, copied to `to`: the skeleton alone. */
export function withoutPopupScript(dir, to) {
  cpSync(dir, to, { recursive: true });
  const page = join(to, 'popup', 'popup.html');
  writeFileSync(page, readFileSync(page, 'utf8').replace(/<script\b[^>]*><\/script>\n?/g, ''));
  return to;
}

/** The extension at `dir` with popup.html a single line of text, no style and no script: the browser's own floor. */
export function minimalPopup(dir, to) {
  cpSync(dir, to, { recursive: true });
  writeFileSync(join(to, 'popup', 'popup.html'), '<!doctype html><meta charset="utf-8"><title>Story Lens</title><p>Story Lens</p>\n');
  return to;
}

/**
 * Opens the popup `runs` times for a tab whose stored report is `report`; answers, per run, the
 * milliseconds from navigation start to the skeleton (the popup's own performance mark), the first
 * contentful paint, the story view (`#app[data-state=story]`: header and highlights on screen) and the
 * complete view (every entity and quotation listed, `story-lens:view-complete`), or an `error`. With
 * `trace`, one more opening is traced and the trace's events are answered as `traceEvents`. With
 * `paintOnly` (a popup without its script, which never shows the story), only the first contentful
 * paint is awaited and answered.
 */
export async function measureExtensionPopup({ executablePath, flags, extensionDir, tabUrl, report, runs, trace = false, paintOnly = false }) {
  const context = await chromium.launchPersistentContext('', {
    headless: true,
    executablePath,
    args: [`--load-extension=${extensionDir}`, `--disable-extensions-except=${extensionDir}`, ...flags],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    const host = new URL(worker.url()).host;
    // The extension opens the tab itself: without the "tabs" permission that is how its id is known.
    const tabId = await worker.evaluate((url) => chrome.tabs.create({ url }).then((t) => t.id ?? null), tabUrl);
    if (tabId === null) return [{ error: 'the benchmark tab could not be opened' }];
    // Let the content script finish with the page (it clears the tab's report on a page that is not a story).
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await worker.evaluate(
      ([id, record]) => chrome.storage.session.set({ [`tab:${id}`]: record }),
      [tabId, { v: 1, url: tabUrl, savedAt: Date.now(), report, fingerprint: null }],
    );
    // Marks the moment the story view is in the DOM, from the document's very start.
    await context.addInitScript(() => {
      new MutationObserver((_records, observer) => {
        const app = document.getElementById('app');
        if (app?.dataset.state === 'story') {
          globalThis.__storyShown = performance.now();
          observer.disconnect();
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
    });
    const url = `chrome-extension://${host}/popup/popup.html?tab=${tabId}`;
    const open = async (page) => {
      // Nothing of the benchmark's is evaluated in the page before its first contentful paint: Playwright's
      // own script, injected on the first in-page call, takes the main thread for several milliseconds and
      // would delay the very paint measured (the more, the sooner a popup reaches its load event). The
      // paint is awaited from outside, as a lifecycle event.
      const cdp = await context.newCDPSession(page);
      const painted = new Promise((resolve) => cdp.on('Page.lifecycleEvent', ({ name }) => name === 'firstContentfulPaint' && resolve()));
      await cdp.send('Page.enable');
      await cdp.send('Page.setLifecycleEventsEnabled', { enabled: true });
      await page.goto(url, { waitUntil: 'commit' });
      await Promise.race([painted, new Promise((resolve, reject) => setTimeout(() => reject(new Error('no first contentful paint in 20 s')), 20_000))]);
      await cdp.detach();
      await page.waitForLoadState('load');
      if (paintOnly) return { fcp: await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null) };
      await page.waitForFunction(() => typeof globalThis.__storyShown === 'number' && !document.getElementById('app')?.hasAttribute('data-pending'), undefined, {
        timeout: 20_000,
      });
      return page.evaluate(
        () =>
          new Promise((resolve) =>
            requestAnimationFrame(() =>
              setTimeout(() =>
                resolve({
                  skeleton: performance.getEntriesByName('story-lens:first-render')[0]?.startTime ?? null,
                  fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
                  story: globalThis.__storyShown,
                  complete: performance.getEntriesByName('story-lens:view-complete')[0]?.startTime ?? globalThis.__storyShown,
                  entities: document.querySelectorAll('#app li').length,
                }),
              ),
            ),
          ),
      );
    };
    const results = [];
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      try {
        results.push(await open(page));
      } catch (error) {
        results.push({ error: String(error?.message ?? error).split('\n')[0] });
      } finally {
        await page.close();
      }
    }
    if (trace) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const events = [];
      cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.start', {
        transferMode: 'ReportEvents',
        traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', 'loading', 'toplevel'] },
      });
      const run = await open(page);
      await cdp.send('Tracing.end');
      await done;
      await page.close();
      results.traceEvents = events;
      results.traced = run;
    }
    return results;
  } finally {
    await context.close();
  }
}

/**
 * Where the traced popup's renderer main thread spent its time up to the complete view: the top-level
 * tasks' children by name, in milliseconds.
 */
function traceSummary(events, until) {
  const marks = events.filter((e) => e.name === 'navigationStart' || e.name === 'story-lens:view-complete');
  const start = Math.min(...events.filter((e) => e.name === 'navigationStart').map((e) => e.ts));
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'ParseHTML'));
  const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= start && e.ts - start <= until * 1000);
  const byName = new Map();
  for (const e of onMain) byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 1000).map((e) => ({ at: +((e.ts - start) / 1000).toFixed(1), ms: +(e.dur / 1000).toFixed(1) }));
  return { marks: marks.length, byName: [...byName].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([name, ms]) => `${ms.toFixed(1)} ${name}`), tasks };
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Builds and assembles the extension of the checkout at `dir`, with that checkout's own bench scripts. */
async function extensionOf(dir, work) {
  const bundles = await import(join(dir, 'scripts', 'bench', 'bundles.mjs'));
  const popup = await import(join(dir, 'scripts', 'bench', 'extension-popup.mjs'));
  await bundles.buildBundles(dir, join(work, 'bundles'));
  return popup.assembleExtension(dir, join(work, 'bundles', 'chrome'));
}

async function main(args) {
  const at = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const runs = Number(at('--runs') ?? 8);
  const tracePath = at('--trace');
  const against = at('--against');
  const floor = args.includes('--floor');
  const work = mkdtempSync(join(os.tmpdir(), 'story-lens-popup-bench-'));
  const server = await serve({ fixtures: join(root, 'tests', 'fixtures') });
  try {
    const builds = [{ name: 'this checkout', dir: await extensionOf(root, join(work, 'ours')) }];
    if (against) builds.push({ name: against, dir: await extensionOf(resolve(against), join(work, 'theirs')) });
    if (floor) builds.push({ name: 'this checkout without popup.js', dir: withoutPopupScript(builds[0].dir, join(work, 'floor')), paintOnly: true });
    if (args.includes('--minimal')) builds.push({ name: 'a one-line popup.html', dir: minimalPopup(builds[0].dir, join(work, 'minimal')), paintOnly: true });
    const results = new Map(builds.map((build) => [build.name, []]));
    const loads = [os.loadavg()[0]];
    // In turns, a few openings each, so that the builds meet the same load on a shared machine.
    const inTurns = builds.length > 1;
    const rounds = inTurns ? Math.max(1, Math.ceil(runs / 4)) : 1;
    for (let round = 0; round < rounds; round++) {
      for (const build of builds) {
        const last = round === rounds - 1 && build === builds[0];
        const measured = await measureExtensionPopup({
          executablePath: CHROMIUM,
          flags: CHROMIUM_FLAGS,
          extensionDir: build.dir,
          tabUrl: server.url('fixtures/kerry-syria/homepage.html'),
          report: JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'reports', 'large.json'), 'utf8')),
          runs: inTurns ? Math.min(4, runs) : runs,
          trace: Boolean(tracePath) && last,
          paintOnly: build.paintOnly,
        });
        results.get(build.name).push(...measured);
        loads.push(os.loadavg()[0]);
        if (measured.traceEvents) {
          writeFileSync(tracePath, JSON.stringify({ traceEvents: measured.traceEvents }));
          console.log('traced run', JSON.stringify(measured.traced));
          console.log(JSON.stringify(traceSummary(measured.traceEvents, measured.traced.complete ?? measured.traced.story), null, 1));
        }
      }
    }
    console.log(`load average (1 min) during the runs: ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`);
    for (const [name, measured] of results) {
      console.log(`— ${name}`);
      for (const run of measured) console.log(JSON.stringify(run, (key, value) => (typeof value === 'number' ? Math.round(value * 10) / 10 : value)));
      const ok = measured.filter((run) => !run.error);
      for (const key of ['skeleton', 'fcp', 'story', 'complete']) {
        const s = summary(ok.map((run) => run[key]));
        if (!s) continue;
        console.log(`${key}: median ${s.median.toFixed(1)} ms (${s.min.toFixed(1)}–${s.max.toFixed(1)}), ${s.n} runs`);
      }
    }
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
