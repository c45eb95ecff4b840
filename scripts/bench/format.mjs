// The benchmark's Markdown: one table per question, medians with min–max, ratios ours/peer, and the
// issue targets each number answers, met or not.
import { fittedExponent, summary } from './stats.mjs';

/** Milliseconds, to a precision that fits their size. */
export function ms(value) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (Math.abs(value) < 1) return value.toFixed(2);
  if (Math.abs(value) < 10) return value.toFixed(1);
  return Math.round(value).toLocaleString('en-US');
}

const ratio = (ours, peer) => (Number.isFinite(ours) && Number.isFinite(peer) && peer > 0 ? (ours / peer).toFixed(ours / peer < 0.1 ? 3 : 2) : '–');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 2 ** 20).toFixed(2)} MB` : '–');
const pct = (value) => (Number.isFinite(value) ? value.toFixed(2) : '–');

/** "median (min–max)" of a list of numbers. */
function spread(values) {
  const s = summary(values);
  return s ? `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})` : '–';
}
const median = (values) => summary(values)?.median ?? NaN;

/** Longest task: the Long Tasks API reports only tasks of 50 ms or more. */
function longest(values) {
  const s = summary(values);
  if (!s) return '–';
  if (s.max === 0) return '< 50';
  return `${s.median === 0 ? '< 50' : ms(s.median)} (max ${ms(s.max)})`;
}

const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const verdict = (ok) => (ok ? 'met' : '**gap**');

export function formatReport(data) {
  const { machine, runs, nonArticles, articles, scaling, catalog, popup, extensionPopup = [], contentScriptCost = null, extensionTrace = [], sizes, accuracy } = data;
  const traced = new Map(extensionTrace.map((page) => [page.name, page.runs.filter((r) => !r.error)]));
  const tracedOf = (name, key) => (traced.get(name) ?? []).map((r) => r[key]);
  const targets = [];
  const out = [
    '# Story Lens benchmarks',
    '',
    'Produced by `npm run bench` (scripts/bench.mjs); the numbers below are the latest run. Times are',
    'main-thread milliseconds in real headless Chromium, measured inside the page with `performance.now()`;',
    `cells are medians of ${runs} cold runs (a freshly loaded page each time, the code injected once; more on`,
    'pages that are not articles) or of the warm runs that follow, with min–max in brackets. "Longest task" comes from the Long Tasks API, which reports tasks of 50 ms',
    'or more only ("< 50" means none). Heap is `Runtime.getHeapUsage` after a forced garbage collection (CDP).',
    'Every page is served from 127.0.0.1; requests elsewhere are refused, so a saved page\'s ads and scripts',
    'from the web never load.',
    '',
    '## Machine',
    '',
    table(['', ''], [
      ['date', machine.date],
      ['CPU', machine.cpu],
      ['memory', machine.memory],
      ['load', machine.load ?? '–'],
      ['OS', machine.os],
      ['browser', machine.browser],
      ['node', machine.node],
      ['code', `git ${machine.commit}`],
      ['run time', `${Math.round(data.seconds)} s`],
    ]),
    '',
  ];
  if (!data.corpusPresent) out.push('> ../shared/corpus is absent: only the project\'s fixtures were measured.', '');

  // Pages that are not articles.
  out.push(
    '## Pages that are not articles',
    '',
    'Detection alone (`detectArticle`, reading only the metadata its verdict needs): what the content script (content.js, the watch',
    'for a story) runs on such a page; the story script\'s path, cold, as it runs only where the reader asks for',
    'the page anyway (`LivePage.annotate`: `readPage` stops after detection, nothing is painted), and of it',
    '`readPage`; then the built content.js in the extension, traced (see "The built content script, traced"',
    'below): evaluating it (compile and top level: the message listener, detection, the watchers), its script',
    'time after that (a look after a page change), and their sum: everything Story Lens costs the page\'s main',
    'thread there (story.js is never injected on these pages).',
    '',
  );
  const pathMedians = [];
  out.push(
    table(
      ['page', 'verdict', 'detection ms', 'story script path if asked ms', 'of it readPage ms', 'content.js evaluation ms', 'script after ms', 'content script total ms', 'longest task'],
      nonArticles.map(({ name, detection, path }) => {
        pathMedians.push(median(tracedOf(name, 'totalMs')));
        const last = detection[detection.length - 1];
        return [
          name,
          last.detected ? '**article**' : `not an article (${last.reason})`,
          spread(detection.map((r) => r.detectMs)),
          spread(path.map((r) => r.totalMs)),
          ms(median(path.map((r) => r.readMs))),
          spread(tracedOf(name, 'evaluateMs')),
          spread(tracedOf(name, 'afterMs')),
          spread(tracedOf(name, 'totalMs')),
          longest(path.map((r) => r.longestTask)),
        ];
      }),
    ),
    '',
  );
  if (nonArticles.length > 0) {
    const worst = Math.max(...pathMedians);
    const detectWorst = Math.max(...nonArticles.map((p) => median(p.detection.map((r) => r.detectMs))));
    const evalMs = median(nonArticles.flatMap((p) => tracedOf(p.name, 'evaluateMs')));
    const best = Math.min(...pathMedians);
    // "well under" read as at most half of it
    targets.push(['Not an article: detection well under 1 ms, read as ≤ 0.5 ms (issue 3)', `worst page median ${ms(detectWorst)} ms`, verdict(detectWorst <= 0.5)]);
    targets.push([
      'Not an article: content script main-thread time ≤ 1 ms median (issue 5)',
      `built content.js traced: ${ms(best)} to ${ms(worst)} ms per page (median), of it evaluating content.js ${ms(evalMs)} ms`,
      verdict(worst <= 1),
    ]);
    const wrong = nonArticles.filter((p) => p.detection.some((r) => r.detected)).map((p) => p.name);
    targets.push(['Not an article: none detected as an article (issue 3)', wrong.length ? `detected: ${wrong.join(', ')}` : `0 of ${nonArticles.length}`, verdict(wrong.length === 0)]);
  }

  // Article pages, stage by stage.
  out.push(
    '## Article pages, stage by stage',
    '',
    'Each stage in a task of its own, cold (the first call in a fresh page): detect (`detectArticle`), read',
    '(`readPage`: detection, body, headline, highlights block, text model and its DOM anchors), recognise',
    '(`recogniseStory` against the shipped catalog, indexed on first use), entities (`findEntities`), quotes',
    '(`findQuotes`), highlights (`chooseHighlights`), paint (DOM Ranges for every annotation, the Highlight API',
    'painter, and the style and layout that follow). Total = read + recognise + entities + quotes + highlights + paint.',
    'Cold: the first run in a fresh page, as a content script pays on each page load (JIT not warmed). Warm: the',
    'runs that follow in the same page (the steady-state cost of the algorithms).',
    '',
    '### Cold',
    '',
  );
  const stageNames = ['detect', 'read', 'recognise', 'entities', 'quotes', 'highlights', 'paint'];
  out.push(
    table(
      ['page', 'words', ...stageNames, 'total', 'longest task', 'marks'],
      articles.map(({ name, stages }) => {
        const ok = stages.filter((r) => r.detected);
        if (ok.length === 0) return [name, '**not detected**', ...stageNames.map(() => '–'), '–', '–', '–'];
        return [name, String(ok[0].words), ...stageNames.map((s) => ms(median(ok.map((r) => r.stages[s])))), spread(ok.map((r) => r.stages.total)), longest(ok.map((r) => r.longestTask)), String(ok[0].marks)];
      }),
    ),
    '',
  );
  out.push(
    '### Warm',
    '',
    table(
      ['page', ...stageNames, 'total'],
      articles.map(({ name, stages }) => {
        const warm = stages.flatMap((r) => r.warm ?? []);
        if (warm.length === 0) return [name, ...stageNames.map(() => '–'), '–'];
        return [name, ...stageNames.map((s) => ms(median(warm.map((r) => r.stages[s])))), spread(warm.map((r) => r.stages.total))];
      }),
    ),
    '',
  );
  const missed = articles.filter((a) => a.stages.some((r) => !r.detected)).map((a) => a.name);
  targets.push(['Every corpus news page and fixture story detected (issue 3)', missed.length ? `not detected: ${missed.join(', ')}` : `${articles.length} of ${articles.length}`, verdict(missed.length === 0)]);

  // The content script's path.
  out.push(
    '## The content script\'s path on article pages',
    '',
    '`LivePage.annotate` as the content script runs it, cold, in the benchmark page: read in time slices, the',
    'message (the reading put on the wire as JSON, the answer read back and checked), then DOM Ranges and',
    'painting in time slices that yield to the page; page total = those three. The analysis runs in the',
    'background worker in the extension; here it is played in the page, cold (a worker\'s first story), and',
    'shown apart: it is not the page\'s time. Heap: the benchmark bundle\'s code and data once loaded (core',
    'included, unlike content.js), and what the annotated page holds after painting (after garbage collection).',
    '',
  );
  out.push(
    table(
      ['page', 'read ms', 'message ms', 'ranges + paint ms', 'page total ms', 'analysis off the page ms', 'longest task', 'painted', 'heap: code + data', 'heap: page state'],
      articles.map(({ name, path }) => [
        name,
        ms(median(path.map((r) => r.readMs))),
        ms(median(path.map((r) => r.messageMs))),
        ms(median(path.map((r) => r.paintMs))),
        spread(path.map((r) => r.totalMs)),
        ms(median(path.map((r) => r.analyseMs))),
        longest(path.map((r) => r.longestTask)),
        String(path[0]?.painted ?? '–'),
        mb(median(path.map((r) => r.heap?.code))),
        mb(median(path.map((r) => r.heap?.state))),
      ]),
    ),
    '',
  );
  const cnn = articles.find((a) => a.name === 'kerry-syria/cnn-2016');
  if (cnn) {
    const total = median(cnn.path.map((r) => r.totalMs));
    const ext = median(tracedOf(cnn.name, 'totalMs'));
    const worker = median((traced.get(cnn.name) ?? []).flatMap((r) => r.worker.map((w) => w.ms)));
    targets.push([
      'cnn-2016.html: read, analyse and paint ≤ 15 ms main-thread (issue 5)',
      `built content.js traced: ${ms(ext)} ms on the page's main thread, evaluation included; in-page path (read + message + paint) ${ms(total)} ms; the analysis (${ms(worker)} ms) runs in the worker`,
      verdict(ext <= 15),
    ]);
    targets.push(['cnn-2016.html: retained heap after painting (issue 5, reported)', `${mb(median(cnn.path.map((r) => r.heap?.retained)))} (code + data ${mb(median(cnn.path.map((r) => r.heap?.code)))}, page state ${mb(median(cnn.path.map((r) => r.heap?.state)))})`, 'reported']);
  }

  // The built content script inside the extension.
  out.push(
    '## The built content script in the extension',
    '',
    'The same page opened in a Chromium without the extension and in one with the benchmark\'s build loaded',
    `(median of ${runs} loads each, 1.5 s left to the content script): the renderer\'s main-thread task time and`,
    'script time (CDP `Performance.getMetrics`: TaskDuration, ScriptDuration) and its JS heap after garbage',
    'collection. The content script exposes no timing of its own; the difference is its cost, page loading noise',
    'included (task time varies by tens of milliseconds from load to load on a busy machine).',
    '',
  );
  if (!contentScriptCost || contentScriptCost.error) {
    out.push(`Not measured: ${contentScriptCost?.error ?? 'no result'}`, '');
  } else {
    out.push(
      table(
        ['page', 'task ms without', 'task ms with', 'difference', 'script ms without', 'script ms with', 'JS heap without', 'JS heap with', 'difference'],
        contentScriptCost.map(({ name, without, with: withExt }) => {
          const m = (list, key) => median(list.map((r) => r[key]));
          return [
            name,
            ms(m(without, 'taskMs')),
            ms(m(withExt, 'taskMs')),
            ms(m(withExt, 'taskMs') - m(without, 'taskMs')),
            ms(m(without, 'scriptMs')),
            ms(m(withExt, 'scriptMs')),
            mb(m(without, 'heap')),
            mb(m(withExt, 'heap')),
            mb(m(withExt, 'heap') - m(without, 'heap')),
          ];
        }),
      ),
      '',
    );
  }

  // The built content script, traced.
  out.push(
    '## The built content script, traced',
    '',
    'The real extension (the benchmark\'s build, loaded unpacked) in a Chromium of its own per page, each load',
    'traced (CDP Tracing with V8\'s sampling profiler; scripts/bench/extension-trace.mjs). A content script',
    'leaves no timing in the page (the page could read it), so it is measured from outside: **evaluate** is',
    'the trace\'s EvaluateScript of content.js (compile and top level), and on a story of story.js, which the',
    'worker injects there; **after** the profile samples with a frame of either on the stack outside those',
    '(settings, detection, reading, message handling, painting, DOM',
    'calls included); **total** their sum: the page\'s main-thread time spent on Story Lens. **Tasks** are the',
    'page\'s tasks in which our scripts ran, whole (an upper bound: deserialising the answer and anything sharing',
    'the task counts), with the longest. **Latency**: from the evaluation\'s start to the end of the last of',
    'them (the story painted). **Worker**: the background\'s analysis of the story (User Timing measure in the',
    'worker): the first run meets a worker that has analysed nothing yet (cold), the later ones a warm one;',
    'its longest slice is the longest the worker is busy at once. Profiling slows script a little; the',
    'sampling interval is about 0.1–0.2 ms, so sub-millisecond figures are medians of a few samples.',
    '',
  );
  if (extensionTrace.length === 0) out.push('Not measured.', '');
  else {
    out.push(
      table(
        ['page', 'loads', 'evaluate ms', 'after ms', 'total ms', 'tasks ms', 'longest task ms', 'latency ms', 'worker cold ms', 'worker warm ms', 'worker longest slice ms'],
        extensionTrace.map(({ name, story, runs: list }) => {
          const ok = list.filter((r) => !r.error);
          if (ok.length === 0) return [name, '0', list[0]?.error ?? 'failed', '', '', '', '', '', '', '', ''];
          const workers = list.map((r) => r.worker ?? []);
          const cold = workers[0]?.[0]?.ms;
          const warm = workers.slice(1).flat().map((w) => w.ms);
          const slices = workers.flat().map((w) => w.longestSliceMs);
          return [
            name,
            String(ok.length),
            spread(ok.map((r) => r.evaluateMs)),
            spread(ok.map((r) => r.afterMs)),
            spread(ok.map((r) => r.totalMs)),
            ms(median(ok.map((r) => r.taskMs))),
            spread(ok.map((r) => r.longestTaskMs)),
            story ? spread(ok.map((r) => r.latencyMs)) : '–',
            story ? ms(cold) : '–',
            story ? (warm.length ? spread(warm) : '–') : '–',
            story ? (slices.length ? `${ms(median(slices))} (max ${ms(Math.max(...slices))})` : '–') : '–',
          ];
        }),
      ),
      '',
    );
  }

  // Peers.
  out.push(
    '## Beside the peers, same page, same run',
    '',
    'Ours/peer ratios of medians (below 1: ours is faster), cold (each first call in a fresh page, ours and the',
    'peer\'s alike) and warm (the runs after). Extraction: ours = detect + read + recognise, against Readability\'s',
    '`parse()` on a clone of the page (the cloning not timed). Entities and quotations: ours = entities + quotes,',
    'against compromise\'s `nlp(text)` with `.people() .places() .organizations() .quotations()` on the same story',
    'text. Highlighting: our Highlight API painter (ranges, painting, style and layout) against mark.js wrapping',
    'every alias and quotation our analysis found in `<mark>` elements (`acrossElements`), with style and layout.',
    '',
  );
  // Each comparison: ours and the peer, cold (first call in the page) and warm (the runs after).
  const compare = (ok, ours, peer) => {
    const warm = ok.flatMap((r) => (r.warm ?? []).filter((w) => w.peers));
    return {
      cold: [median(ok.map(ours)), median(ok.map(peer))],
      warm: [median(warm.map(ours)), median(warm.map(peer))],
    };
  };
  const comparisons = [
    ['Extraction', 'ours: detect + read + recognise', 'Readability parse()', (r) => r.stages.detect + r.stages.read + r.stages.recognise, (r) => r.peers.readabilityParse],
    ['Entities and quotations', 'ours: entities + quotes', 'compromise', (r) => r.stages.entities + r.stages.quotes, (r) => r.peers.compromise],
    ['Highlighting', 'ours: Highlight API painter', 'mark.js', (r) => r.stages.paint, (r) => r.peers.markjs],
  ];
  const sums = {};
  for (const [title, oursName, peerName, ours, peer] of comparisons) {
    sums[title] = { cold: [0, 0], warm: [0, 0] };
    out.push(
      `### ${title}`,
      '',
      table(
        ['page', `${oursName} cold`, `${peerName} cold`, 'ours/peer cold', `${oursName} warm`, `${peerName} warm`, 'ours/peer warm'],
        articles.map(({ name, stages }) => {
          const ok = stages.filter((r) => r.detected && r.peers);
          if (ok.length === 0) return [name, ...Array(6).fill('–')];
          const c = compare(ok, ours, peer);
          for (const k of ['cold', 'warm']) {
            if (Number.isFinite(c[k][0]) && Number.isFinite(c[k][1])) {
              sums[title][k][0] += c[k][0];
              sums[title][k][1] += c[k][1];
            }
          }
          return [name, ms(c.cold[0]), ms(c.cold[1]), ratio(...c.cold), ms(c.warm[0]), ms(c.warm[1]), ratio(...c.warm)];
        }),
      ),
      '',
      `All pages (sums of medians): ours/peer ${ratio(...sums[title].cold)} cold, ${ratio(...sums[title].warm)} warm.`,
      '',
    );
  }
  out.push(
    'Also measured on the same pages: Readability\'s `isProbablyReaderable` (cold, median of pages ' +
      `${ms(median(articles.map((a) => median(a.stages.filter((r) => r.peers).map((r) => r.peers.readerable)))))} ms) and our own wrapping ` +
      `fallback on the same ranges (cold, median of pages ${ms(median(articles.map((a) => median(a.stages.filter((r) => r.peers).map((r) => r.peers.wrapPainter)))))} ms).`,
    '',
  );
  const speedup = (c) => (c[0] > 0 ? c[1] / c[0] : NaN);
  const both = (c, goal) => {
    const cold = speedup(c.cold);
    const warm = speedup(c.warm);
    return [`cold ${cold.toFixed(1)}×, warm ${warm.toFixed(1)}×`, `${cold >= goal ? 'met' : '**gap**'} cold, ${warm >= goal ? 'met' : '**gap**'} warm`];
  };
  if (cnn) {
    const ok = cnn.stages.filter((r) => r.detected && r.peers);
    if (ok.length > 0) {
      const [, , , ours, peer] = comparisons[0];
      const c = compare(ok, ours, peer);
      const [measured, met] = both(c, 10);
      targets.push(['cnn-2016.html: detection + extraction + recognition ≥ 10× faster than Readability parse() (issue 3)', `${ms(c.cold[0])} vs ${ms(c.cold[1])} ms cold, ${ms(c.warm[0])} vs ${ms(c.warm[1])} ms warm: ${measured}`, met]);
      const [, , , ours2, peer2] = comparisons[1];
      const c2 = compare(ok, ours2, peer2);
      const [measured2, met2] = both(c2, 10);
      const all = sums['Entities and quotations'];
      targets.push(["Entities + quotations ≥ 10× compromise's throughput, same text (issue 4)", `cnn-2016: ${measured2}; all pages: cold ${speedup(all.cold).toFixed(1)}×, warm ${speedup(all.warm).toFixed(1)}×`, met2]);
    }
  }

  out.push(
    '### Layout shift of the highlights',
    '',
    'Cumulative layout shift (Layout Instability API) in the frames after drawing, and the change in the story',
    'container\'s height (px). The Highlight API paints over the text and moves nothing.',
    '',
    table(
      ['page', 'ours: CLS', 'ours: Δheight', 'mark.js: CLS', 'mark.js: Δheight', 'mark.js marks', 'wrap fallback: CLS', 'wrap fallback: Δheight'],
      articles.map(({ name, stages }) => {
        const ok = stages.filter((r) => r.detected && r.peers);
        if (ok.length === 0) return [name, ...Array(7).fill('–')];
        return [
          name,
          pct(median(ok.map((r) => r.paint.shift))),
          ms(median(ok.map((r) => r.paint.heightDelta))),
          pct(median(ok.map((r) => r.peers.markjsShift))),
          ms(median(ok.map((r) => r.peers.markjsHeightDelta))),
          String(ok[0].peers.markjsMarks),
          pct(median(ok.map((r) => r.peers.wrapPainterShift))),
          ms(median(ok.map((r) => r.peers.wrapPainterHeightDelta))),
        ];
      }),
    ),
    '',
  );

  // Scaling.
  out.push(
    '## Scaling: one synthetic story at 1k, 10k and 100k words',
    '',
    'Paragraphs of 2 to 5 sentences drawn with a fixed seed from the real paragraphs of the corpus news pages,',
    'on a plain news page. Stages as above; the content script\'s path with its longest task and retained heap.',
    'The exponent is the slope of log(time) against log(words) by least squares: 1 is linear.',
    '',
  );
  const scaleStages = ['read', 'recognise', 'entities', 'quotes', 'highlights', 'paint', 'total'];
  const warmOf = (stages) => stages.filter((r) => r.detected).flatMap((r) => r.warm ?? []);
  out.push(
    'Warm stage times (the run after the cold one, same page); the cold total; the content script\'s path (cold).',
    '',
    table(
      ['words', ...scaleStages.map((s) => `${s} ms`), 'cold total ms', 'content script path ms', 'longest task ms', 'heap: page state'],
      scaling.map(({ words, stages, path }) => {
        const ok = stages.filter((r) => r.detected);
        const warm = warmOf(stages);
        return [
          `${words.toLocaleString('en-US')} (${ok[0]?.words ?? 'not detected'} read)`,
          ...scaleStages.map((s) => ms(median(warm.map((r) => r.stages[s])))),
          spread(ok.map((r) => r.stages.total)),
          spread(path.map((r) => r.totalMs)),
          longest(path.map((r) => r.longestTask)),
          mb(median(path.map((r) => r.heap?.state))),
        ];
      }),
    ),
    '',
  );
  const exponents = {};
  const local = {};
  for (const stage of [...scaleStages, 'content script path']) {
    const points = scaling.map(({ stages, path }) => {
      const ok = stages.filter((r) => r.detected);
      const y = stage === 'content script path' ? median(path.map((r) => r.totalMs)) : median(warmOf(stages).map((r) => r.stages[stage]));
      return [ok[0]?.words ?? 0, y];
    });
    exponents[stage] = fittedExponent(points);
    local[stage] = fittedExponent(points.slice(-2));
  }
  const exp = (v) => (v === null || v === undefined ? '–' : v.toFixed(2));
  out.push(
    table(['exponent of time against words', ...Object.keys(exponents)], [
      ['fitted over 1k, 10k, 100k', ...Object.values(exponents).map(exp)],
      ['10k → 100k', ...Object.values(local).map(exp)],
    ]),
    '',
  );
  const big = scaling.find((s) => s.words === 100_000);
  if (big) {
    const bigTraced = traced.get('synthetic 100,000 words') ?? [];
    const pageLongest = Math.max(0, ...bigTraced.map((r) => r.longestTaskMs));
    const workerLongest = Math.max(0, ...bigTraced.flatMap((r) => r.worker.map((w) => w.longestSliceMs)));
    targets.push([
      '100,000-word story: no long task over 50 ms (issues 4, 5)',
      bigTraced.length === 0
        ? 'not traced'
        : `built extension traced: the page's longest task with our script ${ms(pageLongest)} ms; the worker's longest slice ${ms(workerLongest)} ms`,
      verdict(bigTraced.length > 0 && pageLongest <= 50 && workerLongest <= 50),
    ]);
  }
  const worstLocal = Math.max(...Object.values(local).filter((v) => v !== null));
  targets.push(['Time linear in story length up to 100,000 words (issues 4, 5)', `fitted exponent ${exp(exponents.total)} (warm total), ${exp(exponents['content script path'])} (content script path); steepest stage 10k → 100k ${exp(worstLocal)}`, verdict(exponents.total !== null && exponents.total <= 1.15 && worstLocal <= 1.2)]);

  // Story recognition.
  out.push(
    '## Story recognition against catalogs of 10, 1,000 and 10,000 stories',
    '',
    'Synthetic catalog stories of about 250 words each (words drawn with a fixed seed from the corpus\'s',
    'vocabulary) plus the shipped Kerry story, in a `CatalogIndex`; the page is the Kerry story\'s plain text.',
    'Lookup = `recogniseStory` (fingerprint the page, look its hashes up, score): median of 20 warm lookups.',
    '',
    table(
      ['stories', 'index build ms', 'first lookup ms', 'lookup ms', 'recognised'],
      catalog.map((c) => [c.indexed.toLocaleString('en-US'), ms(c.buildMs), ms(c.first), c.lookup ? `${ms(c.lookup.median)} (${ms(c.lookup.min)}–${ms(c.lookup.max)})` : '–', c.match?.id ? `${c.match.id} (confidence ${pct(c.match.confidence)}, coverage ${pct(c.match.coverage)})` : 'none']),
    ),
    '',
  );
  if (catalog.length >= 2) {
    const small = catalog[0].lookup.median;
    const large = catalog[catalog.length - 1].lookup.median;
    targets.push([`Recognition cost independent of catalog size up to 10,000 stories (issue 3)`, `lookup ${ms(small)} ms at ${catalog[0].indexed} → ${ms(large)} ms at ${catalog[catalog.length - 1].indexed} (${(large / small).toFixed(2)}×)`, verdict(large / small <= 2)]);
  }

  // Popup.
  const rendered = popup.filter((p) => p.state === 'story');
  const inExtension = extensionPopup.filter((p) => !p.error);
  const failed = extensionPopup.find((p) => p.error);
  out.push(
    '## Popup with a large report',
    '',
    'tests/fixtures/reports/large.json (200 entities, 100 quotations); milliseconds from the popup page\'s',
    'navigation start. In the extension: the benchmark\'s build loaded unpacked, the report seeded in',
    'storage.session for a tab as the background keeps it, `popup/popup.html?tab=<id>` opened in a tab (its',
    'messages to the background and the page included). Alone: the popup\'s code (`startPopup`) with its',
    'in-memory API on a plain page, no messaging.',
    '',
    table(
      ['popup', 'runs', 'skeleton on screen', 'first contentful paint', 'story view rendered', 'every row listed', 'script start → story view', 'list items'],
      [
        [
          'in the extension',
          String(inExtension.length),
          spread(inExtension.map((p) => p.skeleton)),
          inExtension.some((p) => p.fcp != null) ? spread(inExtension.map((p) => p.fcp)) : '–',
          spread(inExtension.map((p) => p.story)),
          inExtension.some((p) => p.complete != null) ? spread(inExtension.map((p) => p.complete)) : '–',
          '–',
          String(inExtension[0]?.entities ?? '–'),
        ],
        [
          'alone (in-memory API)',
          String(rendered.length),
          '–',
          '–',
          spread(rendered.map((p) => p.shown ?? p.rendered)),
          spread(rendered.map((p) => p.rendered)),
          spread(rendered.map((p) => (p.shown ?? p.rendered) - p.scriptStart)),
          String(rendered[0]?.nodes ? `${rendered[0].entitiesShown}` : '–'),
        ],
      ],
    ),
    '',
  );
  if (failed) out.push(`The extension popup failed in ${extensionPopup.length - inExtension.length} run(s): ${failed.error}`, '');

  // Size.
  const content = sizes.ours.find((s) => s.name === 'content.js');
  const story = sizes.ours.find((s) => s.name === 'story.js');
  out.push(
    '## Size',
    '',
    'The extension\'s bundles built as build.mjs builds them (minified IIFE, data included), and each peer bundled',
    'alone with esbuild --minify; gzip level 9.',
    '',
    table(
      ['bundle', 'minified', 'gzipped'],
      [...sizes.ours.map((s) => [`Story Lens ${s.name}`, kb(s.min), kb(s.gzip)]), ...sizes.peers.map((s) => [`peer: ${s.name}`, kb(s.min), kb(s.gzip)])],
    ),
    '',
  );
  if (content) {
    // the whole content script: the watch on every page and the story script injected on stories
    const whole = content.min + (story?.min ?? 0);
    targets.push(['Content script, data included, ≤ 250 KB minified (issue 4)', `${kb(whole)} (content.js ${kb(content.min)} + story.js ${kb(story?.min ?? 0)})`, verdict(whole <= 250 * 1024)]);
  }

  // Accuracy.
  out.push('## Accuracy beside speed (npm run eval)', '');
  if (!accuracy || accuracy.skipped) {
    out.push(accuracy?.skipped ? `Skipped: ${accuracy.skipped}` : 'Skipped (--quick or --no-eval).', '');
  } else {
    const rows = [];
    for (const [set, label] of [['dev', 'development'], ['heldout', 'held-out']]) {
      const totals = accuracy.sets?.[set]?.totals;
      if (!totals) continue;
      for (const who of ['ours', 'compromise']) {
        const t = totals[who];
        rows.push([label, who === 'ours' ? 'Story Lens' : 'compromise', pct(t.entities.person.f1), pct(t.entities.place.f1), pct(t.entities.organization.f1), pct(t.quotes.f1), pct(t.quotes.speakerAccuracy)]);
      }
    }
    out.push('Entity-level F1 on the labelled pages, scored as scripts/eval/README.md describes.', '', table(['set', 'system', 'people F1', 'places F1', 'organizations F1', 'quotations F1', 'speakers right'], rows), '');
    const held = accuracy.sets?.heldout?.totals?.ours;
    if (held) {
      const e = held.entities;
      targets.push(['Held-out pages: F1 ≥ 0.90 people and places, ≥ 0.85 organizations, ≥ 0.95 quotations, speakers ≥ 0.90 (issue 4)', `people ${pct(e.person.f1)}, places ${pct(e.place.f1)}, organizations ${pct(e.organization.f1)}, quotations ${pct(held.quotes.f1)}, speakers ${pct(held.quotes.speakerAccuracy)}`, verdict(e.person.f1 >= 0.9 && e.place.f1 >= 0.9 && e.organization.f1 >= 0.85 && held.quotes.f1 >= 0.95 && held.quotes.speakerAccuracy >= 0.9)]);
    }
  }

  out.push('## Targets of the issues', '', table(['target', 'measured', ''], targets), '');
  return out.join('\n');
}
