import type { Entity } from '../entities/entity';
import type { Span, TextModel } from '../text-model';
import { blockText } from '../text-model';
import { normaliseWords } from '../story/normalise-words';
import type { StorySentence } from './story-sentences';
import { storySentences } from './story-sentences';

/** How much each signal counts; each signal is scaled to [0, 1] over the story first. */
export interface SummaryWeights {
  readonly position: number;
  readonly centrality: number;
  readonly headline: number;
  readonly entities: number;
}

export const SUMMARY_WEIGHTS: SummaryWeights = { position: 0.7, centrality: 0.1, headline: 0.1, entities: 0.1 };
/** Two sentences sharing this share of their words say the same thing. */
const NEAR_DUPLICATE = 0.5;
/** How much overlap with sentences already chosen lowers a sentence's score (maximal marginal relevance). */
const REDUNDANCY = 0.4;
const MIN_WORDS = 6;
const MAX_WORDS = 60;
/** Sentences opening like this lean on the one before them and read badly alone. */
const DANGLING_START = /^["'“‘]?(but|and|or|so|yet|also|however|he|she|they|it|this|that|these|those|his|her|their|its|there)\b/i;
/** Sentences that are mostly quotation read as a quote, not a summary. */
const QUOTED = /["“][^"”]*["”]/g;

type Scored = StorySentence & { readonly score: number };

/**
 * Chooses 2 to 4 sentences that summarise the story, in story order: an extractive summary that
 * weighs where a sentence stands (news puts the gist first), how central its words are to the story
 * (TF-IDF centroid, Radev et al. 2004), how much it shares with the headline, and how many of the
 * story's main entities it names (from `entities`, or capitalised names when that list is empty).
 * Sentences near-duplicating one already chosen are skipped. Whole sentences only.
 */
export function summariseStory(model: TextModel, entities: readonly Entity[], weights: SummaryWeights = SUMMARY_WEIGHTS): Span[] {
  const sentences = storySentences(model);
  const candidates = sentences.filter(
    (s) => isCandidate(s) && isWholeSentence(model.text.slice(s.start, s.end)) && !CAPTION_CUE.test(model.text.slice(s.block.start, s.block.end)),
  );
  const pool = candidates.length >= 2 ? candidates : sentences;
  if (pool.length <= 2) return pool.map(({ start, end }) => ({ start, end }));
  const idf = inverseFrequencies(sentences);
  const centroid = weighWords(sentences.flatMap((s) => s.words), idf);
  const headline = weighWords(headlineWords(model), idf);
  const entityScore = entityScorer(model, sentences, entities);
  const raw = pool.map((sentence) => ({
    sentence,
    position: 1 / Math.sqrt(1 + sentence.paragraph) * (sentence.inParagraph === 0 ? 1 : 0.75),
    centrality: cosine(weighWords(sentence.words, idf), centroid),
    headline: cosine(weighWords(sentence.words, idf), headline),
    entities: entityScore(sentence),
  }));
  const max = (key: 'position' | 'centrality' | 'headline' | 'entities') => Math.max(1e-9, ...raw.map((r) => r[key]));
  const scaled = { position: max('position'), centrality: max('centrality'), headline: max('headline'), entities: max('entities') };
  const scored: Scored[] = raw.map((r) => ({
    ...r.sentence,
    score:
      (weights.position * r.position) / scaled.position +
      (weights.centrality * r.centrality) / scaled.centrality +
      (weights.headline * r.headline) / scaled.headline +
      (weights.entities * r.entities) / scaled.entities,
  }));
  return select(scored.map((s) => ({ ...s, score: s.score * readability(model, s) })), summaryLength(sentences))
    .sort((a, b) => a.start - b.start)
    .map(({ start, end }) => ({ start, end }));
}

/** An editor's note or promo in brackets ("[Get our newsletter.]") is not the story. */
const BRACKETED = /^\s*[[(].*[\])]\W*$/s;
/** A highlight reads as a sentence: it opens with a capital, a digit or a quotation mark and ends with a stop. */
const SENTENCE_SHAPE = /^["'“‘(]*[\p{Lu}\p{N}][\s\S]*[.!?…]["'”’)]*$/u;

/**
 * A photo caption the reader took for a paragraph: "In this photo…", "This file image shows…", or a
 * credit in brackets at its end ("(Jane Doe/AP Photo)", "(… photo via AP)").
 */
const CAPTION_CUE = /^(?:in )?this (?:\w+ )?(?:photo|image|picture)\b|\([^()]*\b(?:photo|image|picture)s?\b[^()]*\)\W*$/i;

/** Whether a text is a sentence of the story, not a label, a timestamp or a promo the reader kept. */
const isWholeSentence = (text: string) => SENTENCE_SHAPE.test(text) && !BRACKETED.test(text);

const isCandidate = (s: StorySentence) => s.words.length >= MIN_WORDS && s.words.length <= MAX_WORDS;

/** 2 sentences for a short story, 3 for most, 4 for a very long feature (over 100 sentences). */
const summaryLength = (sentences: readonly StorySentence[]) => (sentences.length < 10 ? 2 : sentences.length > 100 ? 4 : 3);

/** Greedy maximal-marginal-relevance selection, skipping near-duplicates. */
function select(scored: readonly Scored[], count: number): Scored[] {
  const chosen: Scored[] = [];
  const left = [...scored];
  while (chosen.length < count && left.length > 0) {
    let best = -1;
    let bestValue = -Infinity;
    for (const [i, s] of left.entries()) {
      const overlap = Math.max(0, ...chosen.map((c) => wordOverlap(s.words, c.words)));
      if (overlap >= NEAR_DUPLICATE) continue;
      const value = s.score - REDUNDANCY * overlap;
      if (value > bestValue) [best, bestValue] = [i, value];
    }
    if (best < 0) break;
    chosen.push(...left.splice(best, 1));
  }
  return chosen;
}

/** Penalties for sentences that read badly as a highlight on their own. */
function readability(model: TextModel, s: StorySentence): number {
  const text = model.text.slice(s.start, s.end);
  let factor = 1;
  if (s.index > 0 && DANGLING_START.test(text)) factor *= 0.7;
  const quoted = [...text.matchAll(QUOTED)].reduce((sum, m) => sum + m[0].length, 0);
  if (quoted > text.length / 2) factor *= 0.75;
  // a quotation opened and not closed (or closed and not opened) is a piece of a longer one
  if (countOf(text, /[“]/g) !== countOf(text, /[”]/g) || countOf(text, /"/g) % 2 === 1) factor *= 0.5;
  if (s.words.length < 10) factor *= 0.8;
  if (s.words.length > 45) factor *= 0.85;
  return factor;
}

const countOf = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** Share of the smaller sentence's distinct words that the other one has too. */
function wordOverlap(a: readonly string[], b: readonly string[]): number {
  const setA = new Set(a);
  const setB = new Set(b);
  let shared = 0;
  for (const word of setA) if (setB.has(word)) shared++;
  return shared / Math.max(1, Math.min(setA.size, setB.size));
}

/** Words frequent across the story's sentences ("the", "said") weigh little; rare ones weigh more. */
function inverseFrequencies(sentences: readonly StorySentence[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const s of sentences) for (const word of new Set(s.words)) df.set(word, (df.get(word) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [word, count] of df) idf.set(word, Math.log((sentences.length + 1) / count));
  return idf;
}

function weighWords(words: readonly string[], idf: ReadonlyMap<string, number>): Map<string, number> {
  const vector = new Map<string, number>();
  for (const word of words) vector.set(word, (vector.get(word) ?? 0) + (idf.get(word) ?? Math.log(2)));
  return vector;
}

function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  for (const [word, weight] of a) dot += weight * (b.get(word) ?? 0);
  const norm = (v: ReadonlyMap<string, number>) => Math.sqrt([...v.values()].reduce((sum, x) => sum + x * x, 0));
  const denominator = norm(a) * norm(b);
  return denominator > 0 ? dot / denominator : 0;
}

function headlineWords(model: TextModel): string[] {
  const headline = model.blocks.find((block) => block.kind === 'headline');
  return headline ? normaliseWords(blockText(model, headline)) : [];
}

/**
 * Scores a sentence by the story's main entities it names: each entity weighs by how many sentences
 * name it (log-scaled), twice if the headline names it. With no entity list, runs of capitalised
 * words not opening a sentence stand in for names.
 */
function entityScorer(model: TextModel, sentences: readonly StorySentence[], entities: readonly Entity[]) {
  const headline = model.blocks.find((block) => block.kind === 'headline');
  const headlineWordSet = new Set(headline ? normaliseWords(blockText(model, headline)) : []);
  const named = entities.length > 0 ? namesFromEntities(sentences, entities) : namesFromCapitals(model, sentences);
  const reach = new Map<string, number>();
  for (const names of named) for (const name of names.keys()) reach.set(name, (reach.get(name) ?? 0) + 1);
  return (sentence: StorySentence) => {
    let score = 0;
    for (const [name, forms] of named[sentence.index] ?? []) {
      const weight = Math.log(1 + (reach.get(name) ?? 0));
      const inHeadline = forms.some((form) => normaliseWords(form).every((word) => headlineWordSet.has(word)));
      score += inHeadline ? 2 * weight : weight;
    }
    return score;
  };
}

/** For each sentence, the entities it mentions: entity id → every form the story uses for it. */
function namesFromEntities(sentences: readonly StorySentence[], entities: readonly Entity[]): Array<Map<string, readonly string[]>> {
  const named = sentences.map(() => new Map<string, readonly string[]>());
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      const at = sentences.find((s) => mention.start >= s.start && mention.end <= s.end);
      if (at) named[at.index]?.set(entity.id, entity.aliases.length > 0 ? entity.aliases : [entity.name]);
    }
  }
  return named;
}

const CAPITALISED_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|the|de|al|van|von|for)\s+)?\p{Lu}[\p{L}’'-]*)*/gu;

function namesFromCapitals(model: TextModel, sentences: readonly StorySentence[]): Array<Map<string, readonly string[]>> {
  return sentences.map((s) => {
    const names = new Map<string, readonly string[]>();
    const text = model.text.slice(s.start, s.end);
    for (const match of text.matchAll(CAPITALISED_RUN)) {
      // a sentence's first word is capitalised anyway: keep the rest of the run ("The Syrian Observatory")
      const opens = /^["'“‘(]*$/.test(text.slice(0, match.index));
      const name = (opens ? match[0].replace(/^\S+\s*/, '') : match[0]).replace(/[’']s$/, '');
      if (name) names.set(name.toLowerCase(), [name]);
    }
    return names;
  });
}
