// What a paragraph appended to a story already annotated costs, in the built extension in real headless
// Chromium: the extension bundled from `--root` (default this checkout; an export of an older commit to
// compare), loaded unpacked; the page served from 127.0.0.1. Each run opens the page, waits until it is
// painted and still, then appends a paragraph (a new person, a quotation) after the story's last one, and
// times until the new name is highlighted (the content script's debounce, its reading of the page, the
// worker's analysis, the answer's anchoring and painting), and reads the worker's analysis measure of the
// append (its time and the block results worked out afresh and reused, where the build reports them).
// The paragraph goes after the one holding the story's last highlight, so it is inside the story.
//   node scripts/bench/extension-append.mjs [--root DIR] [--runs 3] [--page live/huge.html,kerry-syria/cnn-2016.html]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { arg, CHROMIUM, CHROMIUM_FLAGS, LOCAL_ONLY } from './browser-args.mjs';
import { buildBundles } from './bundles.mjs';
import { assembleExtension } from './extension-popup.mjs';
import { workerAnalyses } from './extension-trace.mjs';
import { serve } from './serve.mjs';

const here = fileURLToPath(new URL('../../', import.meta.url));
const root = arg('--root', here);
const runs = Number(arg('--runs', 3));
const pages = arg('--page', 'live/huge.html,kerry-syria/cnn-2016.html').split(',');
const flags = [...CHROMIUM_FLAGS, LOCAL_ONLY];
/** A name no fixture uses, so its highlight can only come from the appended paragraph. */
const LATE_NAME = 'Ottilie Brennan';

const highlighted = (name) => (globalThis.CSS?.highlights ? [...CSS.highlights.values()].some((h) => [...h].some((range) => range.toString() === name)) : false);
const ranges = () => (globalThis.CSS?.highlights ? [...CSS.highlights.values()].reduce((sum, h) => sum + h.size, 0) : 0);

const work = mkdtempSync(join(tmpdir(), 'story-lens-append-'));
await buildBundles(root, join(work, 'bundles'));
const extensionDir = assembleExtension(root, join(work, 'bundles', 'chrome'));
const server = await serve({ fixtures: join(here, 'tests', 'fixtures') });
const context = await chromium.launchPersistentContext('', {
  headless: true,
  executablePath: CHROMIUM,
  args: [`--load-extension=${extensionDir}`, `--disable-extensions-except=${extensionDir}`, ...flags],
});
const rows = [];
try {
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 20_000 });
  for (const path of pages) {
    for (let run = 1; run <= runs; run++) {
      const page = await context.newPage();
      await page.goto(server.url(`fixtures/${path}`), { waitUntil: 'load' });
      let last = -1;
      let stable = 0;
      for (let i = 0; i < 300 && stable < 3; i++) {
        await page.waitForTimeout(200);
        const now = await page.evaluate(ranges);
        stable = now > 0 && now === last ? stable + 1 : 0;
        last = now;
      }
      await workerAnalyses(context);
      const appendedAt = await page.evaluate((name) => {
        // after the paragraph of the story's last painted range: inside the story, whatever the page's layout
        const all = [...CSS.highlights.values()].flatMap((h) => [...h]);
        const lastRange = all.reduce((a, b) => (a.compareBoundaryPoints(Range.START_TO_START, b) >= 0 ? a : b));
        const node = lastRange.startContainer;
        const after = (node.nodeType === 1 ? node : node.parentElement).closest('p') ?? node.parentElement;
        const late = document.createElement('p');
        late.textContent = `Later that evening ${name}, a spokeswoman for the regional council, told reporters: “We expect more news by the morning, and we will share it.”`;
        after.after(late);
        return performance.now();
      }, LATE_NAME);
      await page.waitForFunction(highlighted, LATE_NAME, { polling: 10, timeout: 60_000 });
      const paintedAt = await page.evaluate(() => performance.now());
      // the worker's measure is left once the answer is made: read it after the paint
      const analyses = await workerAnalyses(context);
      const worker = analyses.at(-1);
      rows.push({ path, run, latency: paintedAt - appendedAt, worker: worker?.ms ?? null, blocks: worker?.blocks ?? null, analyses: analyses.length });
      await page.close();
    }
  }
} finally {
  await context.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
console.log(`root: ${root}`);
console.log('| page | run | append → new name painted, ms | worker analysis, ms | block results computed / reused |');
console.log('|---|---|---|---|---|');
for (const { path, run, latency, worker, blocks } of rows) {
  console.log(`| ${path} | ${run} | ${latency.toFixed(0)} | ${worker === null ? '—' : worker.toFixed(1)} | ${blocks ? `${blocks.computed} / ${blocks.reused}` : '—'} |`);
}
console.log(`JSON ${JSON.stringify(rows)}`);
