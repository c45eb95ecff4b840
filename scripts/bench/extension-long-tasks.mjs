// The built extension's longest main-thread task while it annotates a page, in real headless Chromium:
// the extension bundled from `--root` (default this checkout; e.g. an export of an older commit to compare),
// loaded unpacked; the page served from 127.0.0.1; long tasks (Long Tasks API, ≥ 50 ms) observed from the
// page's start until the content script has painted (CSS.highlights holds ranges, or the wrapper's marks).
// Caution: the page's Long Tasks API does not report tasks that run only the content script's isolated
// world (the build before the slicing ran a 630–930 ms read + analyse task on huge.html that this does not
// show); scripts/bench/trace-long-tasks.mjs measures our own tasks from a trace.
//   node scripts/bench/extension-long-tasks.mjs [--root DIR] [--runs 3] [--page live/huge.html]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { arg, CHROMIUM, CHROMIUM_FLAGS, LOCAL_ONLY } from './browser-args.mjs';
import { buildBundles } from './bundles.mjs';
import { assembleExtension } from './extension-popup.mjs';
import { serve } from './serve.mjs';

const here = fileURLToPath(new URL('../../', import.meta.url));
const root = arg('--root', here);
const runs = Number(arg('--runs', 3));
const pages = arg('--page', 'live/huge.html,kerry-syria/cnn-2016.html').split(',');
const flags = [...CHROMIUM_FLAGS, LOCAL_ONLY];

const work = mkdtempSync(join(tmpdir(), 'story-lens-long-tasks-'));
const bundles = await buildBundles(root, join(work, 'bundles'));
const extensionDir = assembleExtension(root, join(work, 'bundles', 'chrome'));
void bundles;
const server = await serve({ fixtures: join(here, 'tests', 'fixtures') });
const context = await chromium.launchPersistentContext('', {
  headless: true,
  executablePath: CHROMIUM,
  args: [`--load-extension=${extensionDir}`, `--disable-extensions-except=${extensionDir}`, ...flags],
});
await context.addInitScript(() => {
  globalThis.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) globalThis.__longTasks.push({ start: Math.round(entry.startTime), duration: Math.round(entry.duration) });
  }).observe({ type: 'longtask', buffered: true });
});
try {
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 20_000 });
  console.log(`root: ${root}`);
  console.log('| page | run | painted (polled every 200 ms) | long tasks ≥ 50 ms from DOMContentLoaded (start: duration) | longest ms |');
  console.log('|---|---|---|---|---|');
  for (const path of pages) {
    for (let run = 1; run <= runs; run++) {
      const page = await context.newPage();
      await page.goto(server.url(`fixtures/${path}`), { waitUntil: 'load' });
      // The fixture's own script writes its story while the page parses: tasks from DOMContentLoaded on are
      // the content script's (document_idle) and the browser's work on what it paints.
      const loadedAt = await page.evaluate(() => performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd);
      let last = -1;
      let stable = 0;
      let painted = null;
      for (let i = 0; i < 300 && stable < 3; i++) {
        await page.waitForTimeout(200);
        const ranges = await page.evaluate(() => (globalThis.CSS?.highlights ? [...CSS.highlights.values()].reduce((sum, h) => sum + h.size, 0) : 0));
        if (ranges > 0 && ranges === last) stable++;
        else stable = 0;
        if (ranges > 0 && ranges !== last) painted = { ranges, at: await page.evaluate(() => performance.now()) };
        last = ranges;
      }
      const tasks = (await page.evaluate(() => globalThis.__longTasks)).filter((t) => t.start + t.duration >= loadedAt);
      const longest = Math.max(0, ...tasks.map((t) => t.duration));
      console.log(`| ${path} | ${run} | ${painted === null ? 'not painted' : `${painted.ranges} ranges by ${Math.round(painted.at - loadedAt)} ms`} | ${tasks.map((t) => `${Math.round(t.start - loadedAt)}: ${t.duration}`).join(', ') || '—'} | ${longest} |`);
      await page.close();
    }
  }
} finally {
  await context.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
