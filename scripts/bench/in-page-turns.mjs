// Loads fixture pages in headless Chromium, runs the benchmark bundle (page-entry.mjs) in each, and calls
// one of its measures with two settings in turns (the first, the second, the first, …), so that both meet
// the same load on a shared machine. Pages are served from 127.0.0.1 (tests/fixtures).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, injectBundle, LOCAL_ONLY } from './browser-args.mjs';
import { buildBundles } from './bundles.mjs';
import { serve } from './serve.mjs';

/**
 * `runs` loads per page and setting of `__storyLensBench[measure](settings[run % 2])`; answers one row per
 * load: `{ path, turn, ...the measure's answer }`, `turn` being 0 or 1 (which setting).
 */
export async function measureInTurns({ root, pages, runs, measure, settings }) {
  const work = mkdtempSync(join(tmpdir(), 'story-lens-in-page-'));
  const bundles = await buildBundles(root, join(work, 'bundles'));
  const source = readFileSync(bundles.ours, 'utf8');
  const server = await serve({ fixtures: join(root, 'tests', 'fixtures') });
  const browser = await chromium.launch({ headless: true, executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS, LOCAL_ONLY] });
  const rows = [];
  try {
    for (const path of pages) {
      for (let run = 0; run < runs * 2; run++) {
        const turn = run % 2;
        const page = await browser.newPage();
        await page.goto(server.url(`fixtures/${path}`), { waitUntil: 'load', timeout: 60_000 });
        await injectBundle(page, source);
        const answer = await page.evaluate(([name, setting]) => globalThis.__storyLensBench[name](setting), [measure, settings[turn]]);
        rows.push({ path, turn, ...answer });
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
  return rows;
}
