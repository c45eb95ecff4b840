// Detection alone (`detectArticle`), cold, in real headless Chromium: each page loaded fresh, the
// detection bundle injected, then one call in a task of its own, timed with performance.now(). The
// verdict of every load is kept, so a change that moves a page's verdict shows beside its time.
//
//   node scripts/bench/detection.mjs [--runs 10] [--page NAME,...] [--all] [--against DIR [--turn N]]
//
// Pages: the project's homepage fixture and the shared corpus's pages that are not news (the pages of
// issue 3); `--all` adds the corpus news pages and the layout fixtures (verdicts). `--against DIR`
// measures another checkout's detection (built from its own src/) in turns with this one, `--turn`
// loads of each page per build and turn, each turn in a Chromium of its own, so both meet the same load.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { arg, CHROMIUM, CHROMIUM_FLAGS, LOCAL_ONLY } from './browser-args.mjs';
import { buildDetectionBundle } from './bundles.mjs';
import { notArticlePages, readCorpusIndex } from './corpus-pages.mjs';
import { serve } from './serve.mjs';
import { summary } from './stats.mjs';


/** One cold detection per load of each page: [{ name, runs: [{ ms, likely, reason }] }]. */
export async function measureDetectionLoads({ executablePath, bundle, pages, runs }) {
  const browser = await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_FLAGS, LOCAL_ONLY] });
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  const source = readFileSync(bundle, 'utf8');
  try {
    const results = [];
    for (const { name, url } of pages) {
      const result = { name, runs: [] };
      for (let run = 0; run < runs; run++) {
        const page = await context.newPage();
        try {
          await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
          result.runs.push(
            await page.evaluate(async (code) => {
              const script = document.createElement('script');
              script.textContent = code;
              document.head.append(script);
              script.remove();
              await new Promise((done) => setTimeout(done, 0));
              const start = performance.now();
              const { likely, reason } = globalThis.__storyLensDetect(document);
              return { ms: performance.now() - start, likely, reason };
            }, source),
          );
        } finally {
          await page.close();
        }
      }
      results.push(result);
    }
    return results;
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const here = fileURLToPath(new URL('../../', import.meta.url));
  const runs = Number(arg('--runs', 10));
  const against = arg('--against', null);
  const turn = against ? Number(arg('--turn', 2)) : runs;
  const corpusDir = resolve(here, '..', 'shared', 'corpus', 'pages');
  const corpus = readCorpusIndex(corpusDir);
  const server = await serve({ fixtures: join(here, 'tests', 'fixtures'), corpus: corpusDir });
  let pages = notArticlePages(server, corpus);
  if (process.argv.includes('--all')) {
    pages.push(
      { name: 'kerry-syria/cnn-2016', url: server.url('fixtures/kerry-syria/cnn-2016.html') },
      ...corpus.filter((p) => p.kind === 'news').map((p) => ({ name: p.name, url: server.url(`corpus/${p.name}/source.html`) })),
      ...readdirSync(join(here, 'tests', 'fixtures', 'layouts'))
        .filter((file) => file.endsWith('.html'))
        .map((file) => ({ name: `layouts/${file}`, url: server.url(`fixtures/layouts/${file}`) })),
    );
  }
  const only = arg('--page', null)?.split(',');
  if (only) pages = pages.filter((p) => only.includes(p.name));
  const work = mkdtempSync(join(tmpdir(), 'story-lens-detection-'));
  const builds = [{ name: 'this checkout', bundle: await buildDetectionBundle(here, join(work, 'ours.js')) }];
  if (against) builds.push({ name: against, bundle: await buildDetectionBundle(resolve(against), join(work, 'theirs.js')) });
  const loads = [loadavg()[0]];
  try {
    const results = new Map(builds.map((build) => [build.name, pages.map(({ name }) => ({ name, runs: [] }))]));
    for (let done = 0; done < runs; done += turn) {
      for (const build of builds) {
        const measured = await measureDetectionLoads({
          executablePath: CHROMIUM,
          bundle: build.bundle,
          pages,
          runs: Math.min(turn, runs - done),
        });
        measured.forEach((page, i) => results.get(build.name)[i].runs.push(...page.runs));
        loads.push(loadavg()[0]);
      }
    }
    const f = (n) => (n === undefined ? '–' : n.toFixed(2));
    console.log(`| page | ${builds.map((b) => `${b.name}: verdict | ms median (min–max)`).join(' | ')} |`);
    console.log(`|---|${builds.map(() => '---|---|').join('')}`);
    pages.forEach(({ name }, i) => {
      const cells = builds.map((build) => {
        const rs = results.get(build.name)[i].runs;
        const verdicts = [...new Set(rs.map((r) => `${r.likely ? 'article' : 'not'} (${r.reason})`))].join(' / ');
        const s = summary(rs.map((r) => r.ms));
        return `${verdicts} | ${f(s?.median)} (${f(s?.min)}–${f(s?.max)})`;
      });
      console.log(`| ${name} | ${cells.join(' | ')} |`);
    });
    console.log(`\n${runs} loads per page and build; load average (1 min) from ${f(Math.min(...loads))} to ${f(Math.max(...loads))}`);
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}
