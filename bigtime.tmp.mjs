import { loadStoryLens } from './scripts/eval/story-lens.mjs';
const lens = await loadStoryLens();
for (const f of process.argv.slice(2)) {
  const { reading } = await lens.annotate(f);
  const t0 = performance.now();
  const r = lens.analyse(reading);
  console.log(f, (performance.now() - t0).toFixed(0), 'ms', r.report.entities.length, 'entities', r.report.quotes.length, 'quotes');
}
