// The built content script's own cost, as the browser counts it: the same pages opened in a Chromium
// without the extension and in one with it, and the renderer's main-thread script time (CDP
// Performance.getMetrics ScriptDuration, all worlds) and JS heap compared. The content script exposes no
// timing of its own, so the difference is its cost: evaluating content.js, reading, analysing, painting.
import { chromium } from 'playwright-core';

/** How long a page is left to the content script (document_idle, then reading and painting in slices). */
const SETTLE_MS = 1500;

async function metricsOf(context, url) {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
    return { scriptMs: get('ScriptDuration') * 1000, taskMs: get('TaskDuration') * 1000, heap: get('JSHeapUsedSize') };
  } finally {
    await page.close();
  }
}

/**
 * For each page, `runs` loads without the extension and `runs` with it, alternating; answers
 * { name, without: [...], with: [...] } of { scriptMs, taskMs, heap }.
 */
export async function measureContentScriptCost({ executablePath, flags, extensionDir, pages, runs }) {
  const launch = (extension) =>
    chromium.launchPersistentContext('', {
      headless: true,
      executablePath,
      args: extension ? [`--load-extension=${extensionDir}`, `--disable-extensions-except=${extensionDir}`, ...flags] : flags,
    });
  const plain = await launch(false);
  const withExtension = await launch(true);
  try {
    if (withExtension.serviceWorkers().length === 0) await withExtension.waitForEvent('serviceworker', { timeout: 20_000 });
    const results = [];
    for (const { name, url } of pages) {
      const result = { name, without: [], with: [] };
      for (let i = 0; i < runs; i++) {
        result.without.push(await metricsOf(plain, url));
        result.with.push(await metricsOf(withExtension, url));
      }
      results.push(result);
    }
    return results;
  } finally {
    await plain.close();
    await withExtension.close();
  }
}
