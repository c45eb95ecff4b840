// Scores Story Lens's generated story highlights against the Lead-3 baseline with ROUGE.
//
//   npm run eval:highlights            a Markdown table on stdout
//   npm run eval:highlights -- --json  the same numbers as JSON
//   npm run eval:highlights -- --show  also each page's reference, our highlights and Lead-3
//   ABLATE=1 npm run eval:highlights   also the summariser with one signal left out at a time
//
// References are summaries the publishers wrote themselves: the og:description / meta description /
// twitter:description of each English news page in ../shared/corpus/pages (the longest of them), and
// the two "Story highlights" of the catalog's Kerry story. The story text is what Story Lens's own
// reader extracts from the page (src/dom/read-page.ts), with the page's highlights block, if any,
// left out so that generation is what is measured. ROUGE-1 and ROUGE-2 (Lin 2004) over lower-cased
// words without stemming or stop-word removal; recall, precision and F1 per page, then averaged.
// Lead-3 takes the first three body sentences (of four words or more, ending with a stop); Lead-N takes as many as Story Lens chose, so that the
// comparison does not hinge on summary length alone. A description that shares less than half its
// words with the story text (a site-wide blurb, or one about facts the page does not carry) is left out.
import { JSDOM, VirtualConsole } from 'jsdom';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeError, importSource } from './import-source.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const corpus = join(shared, 'corpus', 'pages');
const asJson = process.argv.includes('--json');

if (!existsSync(join(corpus, 'INDEX.json'))) {
  console.log('eval:highlights skipped: ../shared/corpus/pages is absent (it ships with the team workspace, not the repository).');
  process.exit(0);
}

/** The project's own reader and summariser, bundled from source so the numbers are the working tree's. */
function loadCore() {
  return importSource([
    "export { readPage } from './src/dom/read-page';",
    "export { summariseStory, SUMMARY_WEIGHTS } from './src/core/highlights/summarise-story';",
    "export { storySentences } from './src/core/highlights/story-sentences';",
    "export { findEntities } from './src/core/entities/find-entities';",
    "export { parseStoryText } from './src/core/story/parse-story-text';",
    "export { modelFromBlocks } from './src/core/text-model';",
  ]);
}

const words = (text) => text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];

function ngrams(list, n) {
  const out = new Map();
  for (let i = 0; i + n <= list.length; i++) {
    const key = list.slice(i, i + n).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** ROUGE-N with clipped counts: recall over the reference's n-grams, precision over the candidate's. */
function rouge(candidate, reference, n) {
  const cand = ngrams(words(candidate), n);
  const ref = ngrams(words(reference), n);
  let overlap = 0;
  for (const [key, count] of ref) overlap += Math.min(count, cand.get(key) ?? 0);
  const total = (m) => [...m.values()].reduce((a, b) => a + b, 0);
  const r = total(ref) ? overlap / total(ref) : 0;
  const p = total(cand) ? overlap / total(cand) : 0;
  return { r, p, f: r + p > 0 ? (2 * r * p) / (r + p) : 0 };
}

/** The publisher's own summary: the longest of its description meta tags. */
function metaSummary(document) {
  const selectors = ['meta[property="og:description"]', 'meta[name="description"]', 'meta[name="twitter:description"]', 'meta[property="twitter:description"]'];
  const found = selectors.map((s) => document.querySelector(s)?.getAttribute('content')?.replace(/\s+/g, ' ').trim() ?? '');
  return found.sort((a, b) => b.length - a.length)[0] ?? '';
}

/**
 * The same model without the page's own highlights block, and without any paragraph that is the
 * reference itself (a standfirst the reader kept as body), so that generation is what is measured.
 */
function withoutHighlights(core, model, reference) {
  const same = (text) => words(text).join(' ') === words(reference).join(' ');
  const blocks = model.blocks
    .map((b) => ({ kind: b.kind, text: model.text.slice(b.start, b.end) }))
    .filter((b) => b.kind !== 'highlight' && !same(b.text));
  return core.modelFromBlocks(blocks);
}

/** Lead-k counts sentences, not the labels and datelines a reader may keep ("Image", "Feb. 21, 2019"). */
const looksLikeSentence = (text) => /[.!?…]["'”’)]*$/.test(text) && words(text).length >= 4;

function summaries(core, model, reference) {
  const entities = core.findEntities(model);
  const sentences = core.storySentences(model).filter(({ start, end }) => looksLikeSentence(model.text.slice(start, end)));
  const text = (spans) => spans.map(({ start, end }) => model.text.slice(start, end)).join(' ');
  const ours = core.summariseStory(model, entities);
  const oursPlain = core.summariseStory(model, []);
  const ablation = (weights) => text(core.summariseStory(model, entities, { ...core.SUMMARY_WEIGHTS, ...weights }));
  const systems = {
    'Story Lens': text(ours),
    'Story Lens, no entities': text(oursPlain),
    ...(process.env.ABLATE ? { 'position only': ablation({ centrality: 0, headline: 0, entities: 0 }), 'no position': ablation({ position: 0 }), 'no headline': ablation({ headline: 0 }), 'no centrality': ablation({ centrality: 0 }) } : {}),
    'Lead-3': text(sentences.slice(0, 3)),
    'Lead-N': text(sentences.slice(0, ours.length)),
  };
  const scores = {};
  for (const [name, summary] of Object.entries(systems)) scores[name] = { r1: rouge(summary, reference, 1), r2: rouge(summary, reference, 2) };
  return { chosen: ours.length, entities: entities.length, scores, summary: systems['Story Lens'], lead: systems['Lead-3'] };
}

async function main() {
  const core = await loadCore();
  const index = JSON.parse(readFileSync(join(corpus, 'INDEX.json'), 'utf8'));
  const rows = [];
  for (const page of index.filter((p) => p.kind === 'news' && p.lang.startsWith('en'))) {
    const html = readFileSync(join(corpus, page.name, 'source.html'), 'utf8');
    const dom = new JSDOM(html, { url: page.url_if_known ?? 'https://example.org/', virtualConsole: new VirtualConsole() });
    const reference = metaSummary(dom.window.document);
    const reading = core.readPage(dom.window.document, page.url_if_known);
    if (!reference || !reading.article.detected) {
      rows.push({ name: page.name, skipped: !reference ? 'no description meta tag' : 'reader found no article' });
      continue;
    }
    // a site-wide blurb ("The latest news and headlines from …") is no summary of this story
    if (rouge(reading.model.text, reference, 1).r < 0.5) {
      rows.push({ name: page.name, skipped: `description is not about the story: "${reference}"` });
      continue;
    }
    rows.push({ name: page.name, reference, ...summaries(core, withoutHighlights(core, reading.model, reference), reference) });
  }
  const seedPath = join(root, 'src/data/catalog/kerry-syria-2016-10-16.txt');
  const seed = core.parseStoryText('kerry', readFileSync(seedPath, 'utf8'));
  const seedReference = seed.highlights.join(' ');
  rows.push({ name: 'kerry seed', reference: seedReference, ...summaries(core, withoutHighlights(core, seed.model, seedReference), seedReference) });

  // The project's own stories with bullets, written with the stories before the summariser was tuned:
  // a second, separate check (the corpus table above is the main one).
  const ownDir = join(root, 'tests/fixtures/stories');
  const ownRows = [];
  for (const name of readdirSync(ownDir).filter((file) => file.endsWith('.txt')).sort()) {
    const story = core.parseStoryText(name, readFileSync(join(ownDir, name), 'utf8'));
    if (story.highlights.length === 0) continue;
    const reference = story.highlights.join(' ');
    ownRows.push({ name, reference, ...summaries(core, withoutHighlights(core, story.model, reference), reference) });
  }

  const corpusTable = table(rows);
  const ownTable = table(ownRows);
  if (asJson) {
    console.log(JSON.stringify({ corpus: { pages: corpusTable.scored.length, averages: corpusTable.averages, rows }, own: { stories: ownRows.length, averages: ownTable.averages, rows: ownRows } }, null, 2));
    return;
  }
  console.log(`# Generated highlights vs Lead-3 (ROUGE, ${corpusTable.scored.length} pages: ${corpusTable.scored.length - 1} corpus news pages + the Kerry seed)\n`);
  printAverages(corpusTable);
  console.log('\n| page | sentences | entities | R-1 F1 ours / Lead-3 | R-2 F1 ours / Lead-3 |');
  console.log('|---|---|---|---|---|');
  for (const row of rows) {
    if (!row.scores) console.log(`| ${row.name} | skipped: ${row.skipped} | | | |`);
    else {
      const { scores: sc } = row;
      console.log(`| ${row.name} | ${row.chosen} | ${row.entities} | ${pct(sc['Story Lens'].r1.f)} / ${pct(sc['Lead-3'].r1.f)} | ${pct(sc['Story Lens'].r2.f)} / ${pct(sc['Lead-3'].r2.f)} |`);
    }
  }
  console.log(`\n# The project's own stories (${ownRows.length}, tests/fixtures/stories; references: their bullets)\n`);
  printAverages(ownTable);
  if (process.argv.includes('--show')) for (const row of [...corpusTable.scored, ...ownRows]) console.log(`\n## ${row.name}\nreference: ${row.reference}\nours: ${row.summary}\nlead-3: ${row.lead}`);
}

const pct = (x) => (100 * x).toFixed(1);

/** Averages of every system's scores over the rows that were scored. */
function table(rows) {
  const scored = rows.filter((row) => row.scores);
  const systems = Object.keys(scored[0].scores);
  const mean = (system, metric, part) => scored.reduce((sum, row) => sum + row.scores[system][metric][part], 0) / scored.length;
  const averages = Object.fromEntries(
    systems.map((s) => [s, Object.fromEntries(['r1', 'r2'].flatMap((m) => ['r', 'p', 'f'].map((part) => [`${m}.${part}`, mean(s, m, part)])))]),
  );
  return { scored, systems, averages };
}

function printAverages({ systems, averages }) {
  console.log('| system | R-1 recall | R-1 precision | R-1 F1 | R-2 recall | R-2 precision | R-2 F1 |');
  console.log('|---|---|---|---|---|---|---|');
  for (const s of systems) {
    const a = averages[s];
    console.log(`| ${s} | ${pct(a['r1.r'])} | ${pct(a['r1.p'])} | ${pct(a['r1.f'])} | ${pct(a['r2.r'])} | ${pct(a['r2.p'])} | ${pct(a['r2.f'])} |`);
  }
}

main().catch((error) => {
  console.error(describeError(error));
  process.exit(1);
});
