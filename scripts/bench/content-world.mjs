// The watch (content.js, built from src/content/index.ts as build.mjs builds it) compiled and run in a
// fresh isolated world of each page, as a content script's world is, with a stand-in `chrome` (an id, a
// message listener, a send that never answers): the script's own cost, compile and top level, timed
// inside the world with the page made cross-origin isolated (performance.now() to 5 µs, not 100 µs),
// without the extension API's setup, which the trace (extension-trace.mjs) counts and cannot tell apart.
//
//   node scripts/bench/content-world.mjs [--runs 12] [--against DIR]
//
// Pages: the homepage fixture and the shared corpus's pages that are not news. `--against DIR` builds
// another checkout's content.js and runs both load by load in turns, in one Chromium.
import * as esbuild from 'esbuild';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { arg, CHROMIUM, CHROMIUM_FLAGS, LOCAL_ONLY } from './browser-args.mjs';
import { notArticlePages, readCorpusIndex } from './corpus-pages.mjs';
import { serve } from './serve.mjs';
import { summary } from './stats.mjs';

const STAND_IN = "globalThis.chrome = { runtime: { id: 'story-lens', sendMessage: () => new Promise(() => undefined), onMessage: { addListener() {}, removeListener() {} } } };";

async function contentScriptOf(root) {
  const out = await esbuild.build({
    absWorkingDir: root, entryPoints: ['src/content/index.ts'], bundle: true, format: 'iife', write: false, target: ['chrome120'],
    minify: true, legalComments: 'none', charset: 'utf8', define: { __FIREFOX__: 'false', __DEV__: 'false' }, logLevel: 'error',
  });
  return out.outputFiles[0].text;
}

const here = fileURLToPath(new URL('../../', import.meta.url));
const runs = Number(arg('--runs', 12));
const against = arg('--against', null);
const builds = [{ name: 'this checkout', source: await contentScriptOf(here) }];
if (against) builds.push({ name: against, source: await contentScriptOf(resolve(against)) });
const corpusDir = resolve(here, '..', 'shared', 'corpus', 'pages');
const corpus = readCorpusIndex(corpusDir);
const server = await serve({ fixtures: join(here, 'tests', 'fixtures'), corpus: corpusDir });
const pages = notArticlePages(server, corpus);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [...CHROMIUM_FLAGS, LOCAL_ONLY],
});
const loads = [loadavg()[0]];
try {
  const context = await browser.newContext({ bypassCSP: true });
  // cross-origin isolated pages get the fine timer; only the page itself needs the headers
  await context.route('**/*', async (route) => {
    if (!route.request().url().startsWith(server.origin) || route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    return route.fulfill({ response, headers: { ...response.headers(), 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } });
  });
  const f = (n) => (n === undefined ? '–' : n.toFixed(2));
  console.log(`| page | ${builds.map((b) => `${b.name}: ms median (min–max)`).join(' | ')} |`);
  console.log(`|---|${builds.map(() => '---|').join('')}`);
  for (const { name, url } of pages) {
    const times = builds.map(() => []);
    for (let run = 0; run < runs; run++) {
      for (const [i, build] of builds.entries()) {
        const page = await context.newPage();
        try {
          await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
          const cdp = await context.newCDPSession(page);
          const { frameTree } = await cdp.send('Page.getFrameTree');
          const { executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: `watch-${run}-${i}` });
          await cdp.send('Runtime.evaluate', { expression: STAND_IN, contextId });
          // an indirect eval compiles and runs the source as a script, in a task of its own
          const expression = `new Promise((done) => setTimeout(() => { const start = performance.now(); (0, eval)(${JSON.stringify(build.source)}); done(performance.now() - start); }, 0))`;
          const { result } = await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true });
          times[i].push(result.value);
        } finally {
          await page.close();
        }
      }
    }
    console.log(`| ${name} | ${times.map((t) => { const s = summary(t); return `${f(s?.median)} (${f(s?.min)}–${f(s?.max)})`; }).join(' | ')} |`);
    loads.push(loadavg()[0]);
  }
  console.log(`\n${runs} loads per page and build; content.js ${builds.map((b) => `${b.source.length} B`).join(' and ')}; load average (1 min) from ${f(Math.min(...loads))} to ${f(Math.max(...loads))}`);
} finally {
  await browser.close();
  await server.close();
}
