import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../dom/read-page';
import type { PageReading } from './analyse';
import { analyse } from './analyse';
import { analyseSteps } from './analyse-steps';
import { BlockMemo } from './block-memo';
import { runSteps } from './run-steps';
import { fingerprintStory } from './story/fingerprint';
import { shippedCatalog } from './story/shipped-catalog';
import type { BlockKind, TextModel } from './text-model';
import { blockText, modelFromBlocks } from './text-model';

// Table tests over real pages: each page's story analysed, then changed as a live page changes, and
// analysed again with the memo of the first analysis; the answer must be the fresh analysis's. The
// Kerry fixtures are the project's own copies; the corpus lives in the team workspace (../shared).
const fixtures = fileURLToPath(new URL('../../tests/fixtures/kerry-syria/', import.meta.url));
const corpus = fileURLToPath(new URL('../../../shared/corpus/pages/', import.meta.url));
const hasCorpus = existsSync(`${corpus}INDEX.json`);
if (!hasCorpus) console.warn(`block memo corpus tests skipped: ${corpus} is absent (it ships with the team workspace).`);

const pages: Array<[string, string]> = [
  ...readdirSync(fixtures).filter((name) => name.endsWith('.html')).map((name): [string, string] => [name, `${fixtures}${name}`]),
  ...(hasCorpus ? readdirSync(corpus).filter((name) => existsSync(`${corpus}${name}/source.html`)).map((name): [string, string] => [name, `${corpus}${name}/source.html`]) : []),
];

const readingOf = (path: string): PageReading =>
  readPage(new JSDOM(readFileSync(path, 'utf8'), { url: 'https://news.example/story', virtualConsole: new VirtualConsole() }).window.document, 'https://news.example/story');
const blocksOf = (model: TextModel) => model.blocks.map((block) => ({ kind: block.kind, text: blockText(model, block) }));

/** A paragraph a live page might add: a speaker, a place, an organization, a quotation. */
const LATE = {
  kind: 'paragraph' as BlockKind,
  text: 'Later on Sunday, Ines Duarte, a spokeswoman for the World Health Organization in Geneva, told reporters: “We are ready to send more help.”',
};

const changes: Array<[string, (blocks: Array<{ kind: BlockKind; text: string }>) => Array<{ kind: BlockKind; text: string }>]> = [
  ['a paragraph appended', (blocks) => [...blocks, LATE]],
  ['a paragraph edited in the middle', (blocks) => blocks.map((block, i) => (i === Math.floor(blocks.length / 2) ? { ...block, text: `${block.text} “More to come,” he said.` } : block))],
  ['the second block removed', (blocks) => blocks.filter((_, i) => i !== 1)],
];

describe.each(pages)('%s, re-analysed with the memo of its first analysis', { timeout: 60_000 }, (_name, path) => {
  const reading = readingOf(path);
  it.each(changes)('after %s: the report and annotations of a fresh analysis', (_change, change) => {
    const memo = new BlockMemo();
    runSteps(analyseSteps(reading, shippedCatalog, memo));
    fingerprintStory(reading.model, memo);
    memo.settle();
    const changed = { ...reading, model: modelFromBlocks(change(blocksOf(reading.model))) };
    const memoised = runSteps(analyseSteps(changed, shippedCatalog, memo));
    const fresh = analyse(changed, shippedCatalog);
    expect(fingerprintStory(changed.model, memo)).toEqual(fingerprintStory(changed.model));
    expect(memoised.report).toEqual(fresh.report);
    expect(memoised.annotations).toEqual(fresh.annotations);
    expect(memoised).toEqual(fresh);
    // the blocks the change left alone were taken from the memo
    if (reading.article.detected) expect(memo.settle().reused).toBeGreaterThan(0);
  });
});
