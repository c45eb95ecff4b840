// Markdown tables of an evaluation's results (see scripts/eval.mjs for the shape).
import { ENTITY_TYPES } from './score.mjs';

const LABELS = { person: 'people', place: 'places', organization: 'organizations' };

const figure = (value) => (value === null || value === undefined ? '—' : value.toFixed(2));
const pair = (ours, theirs) => `${figure(ours)} / ${figure(theirs)}`;

/** Per-page F1 (Story Lens / compromise) and micro-averaged totals of one set. */
export function formatSet(title, set) {
  const lines = [`## ${title}: ${set.pages.length} pages`, ''];
  if (set.pages.length === 0) return [...lines, 'No labelled pages.', ''].join('\n');
  lines.push(
    'F1 per page, Story Lens / compromise; speakers: share of found quotations with the right speaker;',
    'in text: labelled entities and quotations whose words occur in the story text Story Lens extracted (no engine can find the rest).',
    '',
    '| page | words | in text | people | places | organizations | quotations | speakers |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const page of set.pages) {
    const cells = ENTITY_TYPES.map((type) => pair(page.ours.rates[type].f1, page.compromise.rates[type].f1));
    const quotes = pair(page.ours.rates.quotes.f1, page.compromise.rates.quotes.f1);
    const speakers = pair(page.ours.rates.quotes.speakerAccuracy, page.compromise.rates.quotes.speakerAccuracy);
    const name = page.error ? `${page.id} (error: ${page.error})` : page.words === 0 ? `${page.id} (no story found)` : page.id;
    const inText = `${page.labelsInText.inText}/${page.labelsInText.labelled}`;
    lines.push(`| ${name} | ${page.words} | ${inText} | ${cells.join(' | ')} | ${quotes} | ${speakers} |`);
  }
  lines.push(
    '',
    `### Totals, micro-averaged over the ${set.pages.length} pages`,
    '',
    '| measure | labelled | Story Lens P | R | F1 | compromise P | R | F1 |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  );
  const ours = set.totals.ours;
  const theirs = set.totals.compromise;
  const row = (name, a, b) =>
    `| ${name} | ${a.tp + a.fn} | ${figure(a.precision)} | ${figure(a.recall)} | ${figure(a.f1)} | ${figure(b.precision)} | ${figure(b.recall)} | ${figure(b.f1)} |`;
  for (const type of ENTITY_TYPES) lines.push(row(LABELS[type], ours.entities[type], theirs.entities[type]));
  lines.push(row('all entities', ours.allEntities, theirs.allEntities));
  lines.push(row('quotations', ours.quotes, theirs.quotes));
  lines.push(
    `| speakers right, of found quotations | | ${figure(ours.quotes.speakerAccuracy)} (${ours.quotes.speakerRight}/${ours.quotes.tp}) | | | ${figure(theirs.quotes.speakerAccuracy)} (${theirs.quotes.speakerRight}/${theirs.quotes.tp}) | | |`,
    '',
  );
  return lines.join('\n');
}

/** What Story Lens got wrong and missed on each page: for the development set only. */
export function formatDetails(set) {
  const lines = ['### Story Lens on each development page: wrong (reported, not labelled) and missed', ''];
  for (const page of set.pages) {
    lines.push(`#### ${page.id}`);
    for (const type of ENTITY_TYPES) {
      const counts = page.ours.score.entities[type];
      if (counts.wrong.length) lines.push(`- ${LABELS[type]} wrong: ${counts.wrong.join('; ')}`);
      if (counts.missed.length) lines.push(`- ${LABELS[type]} missed: ${counts.missed.join('; ')}`);
    }
    const quotes = page.ours.score.quotes;
    if (quotes.wrong.length) lines.push(`- quotations wrong: ${quotes.wrong.map((q) => `“${q}”`).join('; ')}`);
    if (quotes.missed.length) lines.push(`- quotations missed: ${quotes.missed.map((q) => `“${q}”`).join('; ')}`);
    if (quotes.wrongSpeaker.length) lines.push(`- wrong speakers: ${quotes.wrongSpeaker.join('; ')}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** Throughput of Story Lens's analysis and of compromise on the same texts. */
export function formatThroughput(throughput) {
  const lines = [
    `## Throughput: words per ms, median of ${throughput.runs} timed runs per page (after ${throughput.warmup} warm-up)`,
    '',
    'Story Lens: `analyse()` on the text model (story recognition, highlights, entities, quotations), as the content script and the CLI run it.',
    'compromise: `nlp(text)` and its people, places, organizations and quotations, on the same text.',
    '',
    '| set | pages | words | Story Lens ms | words/ms | compromise ms | words/ms | Story Lens ÷ compromise |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of throughput.sets) {
    lines.push(
      `| ${row.set} | ${row.pages} | ${row.words} | ${row.oursMs.toFixed(2)} | ${rate(row.words, row.oursMs)} | ${row.compromiseMs.toFixed(2)} | ${rate(row.words, row.compromiseMs)} | ${row.oursMs > 0 ? (row.compromiseMs / row.oursMs).toFixed(1) : '—'}× |`,
    );
  }
  lines.push('');
  return lines.join('\n');
}

const rate = (words, ms) => (ms > 0 ? (words / ms).toFixed(1) : '—');
