// Scores Story Lens's speakers against the direct quotations of an attribution corpus in brat
// standoff, PolNeAR's layout (https://github.com/networkdynamics/PolNeAR: `data/train/text/NAME.txt`,
// `data/train/attributions/NAME_ANNOTATOR.ann`). The corpus states no license, so it is not in this
// repository: clone it yourself and point the script at a split.
//
//   npm run eval:attribution -- DIR                       every article of DIR (e.g. PolNeAR/data/train)
//   npm run eval:attribution -- DIR --list FILE           only the articles FILE names, one per line
//   npm run eval:attribution -- DIR --details             also every quotation not judged right
//
// How speakers are judged is in scripts/eval/attribution.mjs. Only the train split was read while rules
// were written; the 42 articles of scripts/eval/attribution-train-42.txt were the development set.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findReported, isNamedSource, readDirectQuotes, sourceKind } from './eval/attribution.mjs';
import { loadStoryLens } from './eval/story-lens.mjs';

const args = process.argv.slice(2);
const dir = args.find((arg) => !arg.startsWith('--') && args[args.indexOf(arg) - 1] !== '--list');
const listFile = args.includes('--list') ? args[args.indexOf('--list') + 1] : null;
const details = args.includes('--details');

if (!dir || !existsSync(join(dir, 'text')) || !existsSync(join(dir, 'attributions'))) {
  console.error('usage: npm run eval:attribution -- DIR [--list FILE] [--details]\n  DIR holds text/NAME.txt and attributions/NAME_XXXX.ann (a PolNeAR split)');
  process.exit(2);
}

const annotations = new Map();
for (const file of readdirSync(join(dir, 'attributions')).sort()) {
  const match = /^(.+)_[0-9a-f]{4}\.ann$/.exec(file);
  if (match && !annotations.has(match[1])) annotations.set(match[1], join(dir, 'attributions', file));
}
const wanted = listFile ? readFileSync(listFile, 'utf8').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#')) : [...annotations.keys()];

const lens = await loadStoryLens();
const counts = { named: [0, 0], pronoun: [0, 0], description: [0, 0], none: [0, 0] };
let notFound = 0;
let quotations = 0;
const lines = [];
for (const name of wanted) {
  const textFile = join(dir, 'text', `${name}.txt`);
  const annFile = annotations.get(name);
  if (!existsSync(textFile) || !annFile) {
    console.error(`eval:attribution: ${name}: no text or no attributions, skipped`);
    continue;
  }
  const { report } = await lens.annotate(textFile);
  for (const quote of readDirectQuotes(readFileSync(annFile, 'utf8'))) {
    quotations++;
    const ours = findReported(quote.content, report.quotes);
    if (!ours) {
      notFound++;
      if (details) lines.push(`| ${name} | not found | | ${JSON.stringify(quote.source)} | ${quote.content.slice(0, 60)} |`);
      continue;
    }
    const kind = sourceKind(quote.source);
    const right = kind === 'named' ? isNamedSource(quote.source, ours.speaker, report.entities) : kind === 'none' ? ours.speaker === null : ours.speaker !== null;
    counts[kind][1]++;
    if (right) counts[kind][0]++;
    if (details && (!right || kind === 'pronoun' || kind === 'description')) {
      lines.push(`| ${name} | ${kind}${kind === 'named' ? (right ? '' : ', wrong') : ''} | ${JSON.stringify(ours.speaker)} | ${JSON.stringify(quote.source)} | ${quote.content.slice(0, 60)} |`);
    }
  }
}

const share = ([right, all]) => `${right} of ${all}${all ? ` (${(right / all).toFixed(3)})` : ''}`;
console.log(`Direct quotations: ${quotations} in ${wanted.length} articles, ${notFound} not found by Story Lens.\n`);
console.log('| source in the corpus | judged how | Story Lens |');
console.log('|---|---|---|');
console.log(`| a name | speaker's name or alias in the source's name part | ${share(counts.named)} right |`);
console.log(`| a pronoun | not judged (the corpus does not resolve it) | ${share(counts.pronoun)} given a speaker |`);
console.log(`| a description | not judged | ${share(counts.description)} given a speaker |`);
console.log(`| none | speaker null | ${share(counts.none)} right |`);
if (details && lines.length > 0) {
  console.log('\n| article | source kind | ours | corpus source | quotation |');
  console.log('|---|---|---|---|---|');
  console.log(lines.join('\n'));
}
