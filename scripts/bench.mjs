// npm run bench: Story Lens's cost in real headless Chromium, beside its peers on the same inputs.
//
//   node scripts/bench.mjs                 Markdown tables on stdout (about 5 to 8 minutes on 2 cores)
//   node scripts/bench.mjs --out FILE      also write them to FILE (docs/benchmarks.md is the latest)
//   node scripts/bench.mjs --runs N        page loads per page (default 3: each gives one cold run, and the
//                                          first of an article page 2 warm ones; pages that are not articles
//                                          get at least 5, the 100k-word story at most 3)
//   node scripts/bench.mjs --quick         1 load per page, no accuracy (a smoke run of everything)
//   node scripts/bench.mjs --no-eval       skip the accuracy table (npm run eval)
//
// Inputs are pinned: ../shared's corpus and fixtures (or the project's copies in tests/fixtures), and
// synthetic text built from those pages' real paragraphs with a fixed seed. Every page is served from
// 127.0.0.1 (other requests are refused), loaded fresh for each run, and measured from inside with
// performance.now() and the Long Tasks API; heap through CDP after a forced garbage collection.
// See scripts/bench/README.md for what each table measures. Not part of npm test: nothing here gates.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildData } from './build-data.mjs';
import { buildBundles, measureSizes } from './bench/bundles.mjs';
import { measureContentScriptCost } from './bench/extension-content-cost.mjs';
import { assembleExtension, measureExtensionPopup } from './bench/extension-popup.mjs';
import { traceExtensionPages } from './bench/extension-trace.mjs';

/** The heavy pages of the hostile suite: a `kind` of tests/fixtures/hostile/heavy.html, and its row name. */
const HEAVY_PAGES = [
  ['article', 'hostile: a 5 MB article'],
  ['hidden', 'hostile: story + 2 MB hidden block'],
  ['deep', 'hostile: story under 10,000 nested elements'],
  ['elements', 'hostile: story beside 100,000 elements'],
];
import { formatReport } from './bench/format.mjs';
import { CHROMIUM, CHROMIUM_FLAGS, injectBundle, LOCAL_ONLY } from './bench/browser-args.mjs';
import { serve } from './bench/serve.mjs';
import { summary } from './bench/stats.mjs';
import { randomWordStories, realParagraphs, SEED, sentencePool, storyPage, syntheticParagraphs } from './bench/synthetic.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const SCALING_WORDS = [1_000, 10_000, 100_000];
const CATALOG_SIZES = [10, 1_000, 10_000];
/** Warm runs after the cold one, in the same page, in the first load of each article page. */
const WARM = 2;

function parseArgs(args) {
  const at = (flag) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const quick = args.includes('--quick');
  const runs = Number(at('--runs') ?? (quick ? 1 : 3));
  if (!Number.isInteger(runs) || runs < 1) throw new Error('bench: --runs needs a whole number ≥ 1');
  return { runs, quick, out: at('--out'), evaluate: !quick && !args.includes('--no-eval') };
}

const log = (message) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

async function main(args) {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').filter((l) => l.startsWith('//')).join('\n'));
    return 0;
  }
  const options = parseArgs(args);
  const started = Date.now();
  const work = mkdtempSync(join(os.tmpdir(), 'story-lens-bench-'));
  try {
    return await run(options, work, started);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function run(options, work, started) {
  const { runs } = options;
  buildData();
  log('building the bundles');
  const bundles = await buildBundles(root, join(work, 'bundles'));
  const sizes = await measureSizes(root, bundles);
  const sources = { ours: readFileSync(bundles.ours, 'utf8'), peers: readFileSync(bundles.peers, 'utf8') };

  // The pages: the Kerry fixtures (../shared's, else the project's copies) and the shared corpus.
  const fixtures = existsSync(join(shared, 'fixtures', 'kerry-syria')) ? join(shared, 'fixtures') : join(root, 'tests', 'fixtures');
  const corpusIndex = join(shared, 'corpus', 'pages', 'INDEX.json');
  const corpus = existsSync(corpusIndex) ? JSON.parse(readFileSync(corpusIndex, 'utf8')) : [];
  if (corpus.length === 0) log(`${shared}/corpus is absent: only the fixtures are measured`);
  const gen = join(work, 'gen');
  mkdirSync(gen);
  const www = join(work, 'www');
  mkdirSync(www);
  symlinkSync(resolve(root, 'src', 'popup', 'popup.css'), join(www, 'popup.css'));
  symlinkSync(resolve(root, 'src', 'shared', 'theme.css'), join(www, 'theme.css'));
  const server = await serve({ fixtures, own: join(root, 'tests', 'fixtures'), corpus: join(shared, 'corpus', 'pages'), gen, www, bundles: join(work, 'bundles') });
  const articles = [
    { name: 'kerry-syria/cnn-2016', url: server.url('fixtures/kerry-syria/cnn-2016.html') },
    ...corpus.filter((p) => p.kind === 'news').map((p) => ({ name: p.name, url: server.url(`corpus/${p.name}/source.html`) })),
  ];
  const others = [
    { name: 'kerry-syria/homepage', url: server.url('fixtures/kerry-syria/homepage.html') },
    ...corpus.filter((p) => p.kind !== 'news').map((p) => ({ name: p.name, url: server.url(`corpus/${p.name}/source.html`) })),
  ];

  // Only our server: every other host fails to resolve at once, so a saved page's trackers, fonts and
  // ads never load and every run sees the same page.
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_FLAGS, LOCAL_ONLY] });
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  const machine = machineInfo(browser.version());
  const loadBefore = os.loadavg()[0];

  const open = async (url) => {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    return page;
  };
  const inject = (page, name) => injectBundle(page, sources[name]);
  /** One cold measurement: a fresh page, the bundles injected, one call of the bench API. */
  const measure = async (url, bundles, call, arg, withHeap = false) => {
    const page = await open(url);
    try {
      const cdp = withHeap ? await context.newCDPSession(page) : null;
      const heap = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        return (await cdp.send('Runtime.getHeapUsage')).usedSize;
      };
      const before = cdp ? await heap() : 0;
      const evalMs = {};
      for (const name of bundles) evalMs[name] = await inject(page, name);
      const loaded = cdp ? await heap() : 0;
      const result = await page.evaluate(([fn, a]) => globalThis.__storyLensBench[fn](a), [call, arg]);
      result.evalMs = evalMs.ours;
      if (cdp) {
        const after = await heap();
        result.heap = { code: loaded - before, state: after - loaded, retained: after - before };
      }
      return result;
    } finally {
      await page.close();
    }
  };
  const repeat = async (count, fn) => {
    const out = [];
    for (let i = 0; i < count; i++) out.push(await fn(i));
    return out;
  };

  // 1. Pages that are not articles: detection alone, and the content script's path (it stops there).
  const cheapRuns = Math.max(runs, 5);
  log(`pages that are not articles: ${others.length} × ${cheapRuns} runs × 2`);
  const nonArticles = [];
  for (const page of others) {
    const detection = await repeat(cheapRuns, () => measure(page.url, ['ours'], 'measureDetection'));
    const path = await repeat(cheapRuns, () => measure(page.url, ['ours'], 'measureContentPath'));
    nonArticles.push({ name: page.name, detection, path });
  }

  // 2. Article pages: stages and peers, then the content script's path with its heap.
  log(`article pages: ${articles.length} × ${runs} runs × 2`);
  const articleResults = [];
  const paragraphs = [];
  for (const page of articles) {
    if (page.name !== 'kerry-syria/cnn-2016') {
      const p = await open(page.url);
      paragraphs.push(...(await p.evaluate(() => [...document.querySelectorAll('p')].map((el) => el.textContent ?? ''))));
      await p.close();
    }
    const stages = await repeat(runs, (i) => measure(page.url, ['ours', 'peers'], 'measureArticle', { peers: true, warm: i === 0 ? WARM : 0 }));
    const path = await repeat(runs, () => measure(page.url, ['ours'], 'measureContentPath', undefined, true));
    articleResults.push({ name: page.name, stages, path });
  }

  // 3. Scaling: one synthetic story from real paragraphs at 1k, 10k and 100k words.
  let pool = sentencePool(realParagraphs(paragraphs));
  if (pool.length < 50) {
    const p = await open(articles[0].url);
    pool = sentencePool(realParagraphs(await p.evaluate(() => [...document.querySelectorAll('p')].map((el) => el.textContent ?? ''))));
    await p.close();
  }
  const scaling = [];
  for (const words of SCALING_WORDS) {
    const file = `story-${words}.html`;
    writeFileSync(join(gen, file), storyPage('Synthetic story for the benchmark', syntheticParagraphs(pool, words, SEED)));
    const count = words >= 100_000 ? Math.min(runs, 3) : runs;
    log(`scaling: ${words} words × ${count} runs × 2`);
    const url = server.url(`gen/${file}`);
    const stages = await repeat(count, () => measure(url, ['ours'], 'measureArticle', { peers: false, warm: 2 }));
    const path = await repeat(count, () => measure(url, ['ours'], 'measureContentPath', undefined, true));
    scaling.push({ words, stages, path });
  }

  // 4. Story recognition with catalogs of 10, 1,000 and 10,000 stories (words drawn from real text).
  const kerryText = readFileSync(join(fixtures, 'kerry-syria', 'plain.txt'), 'utf8');
  const kerryParagraphs = kerryText.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const catalog = [];
  for (const size of CATALOG_SIZES) {
    log(`story recognition: catalog of ${size} stories`);
    const stories = randomWordStories(pool, size, 250, SEED + size);
    const blank = join(gen, 'blank.html');
    writeFileSync(blank, '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body></body></html>');
    const result = await measure(server.url('gen/blank.html'), ['ours'], 'measureCatalog', { stories, page: kerryParagraphs, lookups: 21 });
    catalog.push({ size, buildMs: result.buildMs, indexed: result.size, lookup: summary(result.times.slice(1)), first: result.times[0], match: result.match });
  }

  // 5. The popup with a large report (200 entities, 100 quotations), from navigation start.
  writeFileSync(
    join(www, 'popup.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story Lens</title><link rel="stylesheet" href="theme.css"><link rel="stylesheet" href="popup.css"></head>' +
      '<body style="width:380px"><main id="app" aria-live="polite"></main><script src="/bundles/bench-popup.js"></script></body></html>',
  );
  log(`popup: ${runs * 2} runs`);
  const popup = await repeat(runs * 2, async () => {
    const page = await context.newPage();
    try {
      await page.goto(server.url('www/popup.html'), { waitUntil: 'load' });
      return await page.evaluate(() => globalThis.__storyLensPopup);
    } finally {
      await page.close();
    }
  });

  await context.close();
  await browser.close();

  log(`popup in the extension: ${runs * 2} runs`);
  const extensionDir = assembleExtension(root, join(work, 'bundles', 'chrome'));
  const extensionPopup = await measureExtensionPopup({
    executablePath: CHROMIUM,
    flags: CHROMIUM_FLAGS,
    extensionDir,
    tabUrl: server.url('fixtures/kerry-syria/homepage.html'),
    report: JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'reports', 'large.json'), 'utf8')),
    runs: runs * 2,
  }).catch((error) => [{ error: String(error?.message ?? error).split('\n')[0] }]);
  log(`the built content script in the extension: 2 pages × ${runs} runs × 2`);
  const contentScriptCost = await measureContentScriptCost({
    executablePath: CHROMIUM,
    flags: [...CHROMIUM_FLAGS, LOCAL_ONLY],
    extensionDir,
    pages: [others[0], articles[0]],
    runs,
  }).catch((error) => ({ error: String(error?.message ?? error).split('\n')[0] }));
  // The built extension traced on every page: the content script's own main-thread time and the worker's analysis.
  // Loads per page are what keeps a full run under ten minutes on two cores (each traced load takes
  // about 4.5 s): the target pages (cnn-2016, the pages that are not articles) three, the other corpus
  // pages two, the 100,000-word story two, the hostile suite's heavy pages one each.
  const tracePages = [
    ...others.map((p) => ({ ...p, story: false, runs })),
    ...articles.map((p, index) => ({ ...p, story: true, runs: index === 0 ? runs : Math.min(runs, 2) })),
    { name: 'synthetic 100,000 words', url: server.url('gen/story-100000.html'), story: true, runs: Math.min(runs, 2) },
    // The hostile suite's heavy pages (tests/fixtures/hostile/heavy.html builds each in the page).
    ...HEAVY_PAGES.map(([kind, name]) => ({ name, url: server.url(`own/hostile/heavy.html?kind=${kind}`), story: true, runs: 1 })),
  ];
  log(`the built extension traced: ${tracePages.length} pages`);
  const extensionTrace = [];
  for (const page of tracePages) {
    const [result] = await traceExtensionPages({ executablePath: CHROMIUM, flags: [...CHROMIUM_FLAGS, LOCAL_ONLY], extensionDir, pages: [page], runs: page.runs }).catch(
      (error) => [{ name: page.name, story: page.story, runs: [{ error: String(error?.message ?? error).split('\n')[0], worker: [] }] }],
    );
    extensionTrace.push(result);
  }
  await server.close();

  // 6. Accuracy beside speed: npm run eval's totals, ours and compromise.
  let accuracy = null;
  if (options.evaluate) {
    log('accuracy: npm run eval --json');
    const child = spawnSync(process.execPath, [join(root, 'scripts', 'eval.mjs'), '--json', '--runs', '0'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
    try {
      accuracy = JSON.parse(child.stdout);
    } catch {
      accuracy = { skipped: `npm run eval failed: ${(child.stderr || child.stdout).split('\n').slice(-3).join(' ')}` };
    }
  }

  machine.load = `${loadBefore.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end (1-minute load average)`;
  const results = {
    machine,
    runs,
    seconds: (Date.now() - started) / 1000,
    nonArticles,
    articles: articleResults,
    scaling,
    catalog,
    popup,
    extensionPopup,
    contentScriptCost,
    extensionTrace,
    sizes,
    accuracy,
    corpusPresent: corpus.length > 0,
  };
  // The raw measurements, for a closer look (artifacts/ is not committed).
  mkdirSync(join(root, 'artifacts', 'bench'), { recursive: true });
  writeFileSync(join(root, 'artifacts', 'bench', 'latest.json'), `${JSON.stringify(results, null, 1)}\n`);
  const report = formatReport(results);
  console.log(report);
  if (options.out) writeFileSync(resolve(root, options.out), report);
  log(`done in ${Math.round((Date.now() - started) / 1000)} s`);
  return 0;
}

function machineInfo(browserVersion) {
  const cpus = os.cpus();
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: root, encoding: 'utf8' }).trim();
    if (dirty) commit += ' (src/ with uncommitted changes)';
  } catch {
    // not a git checkout
  }
  return {
    date: new Date().toISOString(),
    cpu: `${cpus[0]?.model ?? 'unknown'} × ${cpus.length}`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    browser: `Chromium ${browserVersion} (headless, ${CHROMIUM})`,
    node: process.version,
    commit,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error?.stack ?? error);
      process.exit(1);
    },
  );
}
