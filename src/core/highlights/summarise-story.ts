import type { Entity } from '../entities/entity';
import type { Span, TextModel } from '../text-model';
import { blockText } from '../text-model';
import { normaliseWords } from '../story/normalise-words';
import { entitySalience } from './entity-salience';
import { highlightFitness, isHighlightLength, isStorySentence } from './highlight-fitness';
import type { ScoredSentence } from './select-sentences';
import { selectSentences } from './select-sentences';
import type { StorySentence } from './story-sentences';
import { storySentences } from './story-sentences';
import { centroidVector, cosineScorer, internTerms, inverseFrequencies, textVector } from './term-vectors';

/** How much each signal counts; each signal is scaled to [0, 1] over the story first. */
export interface SummaryWeights {
  readonly position: number;
  readonly centrality: number;
  readonly headline: number;
  readonly entities: number;
}

/**
 * Position leads: news puts the gist first, and on the corpus (`npm run eval:highlights`) the other
 * signals help most as tie-breakers between sentences of similar standing.
 */
export const SUMMARY_WEIGHTS: SummaryWeights = { position: 0.7, centrality: 0.1, headline: 0.1, entities: 0.1 };

/**
 * The sentences a summary is drawn from and weighed against: about 5,000 words. That is longer than
 * nearly every news story (the longest in the shared corpus has 99 sentences), so those are summarised
 * whole, and a longer one puts its gist there: by its 200th sentence, in paragraphs of three, the
 * position signal is an eighth of the first paragraph's. Reading further would make the cost grow with
 * the story (the whole stage runs on one task of the content script) for sentences that almost never win.
 */
export const SUMMARY_WINDOW = 200;

/**
 * Chooses 2 to 4 sentences that summarise the story, in story order: an extractive summary that
 * weighs where a sentence stands, how central its words are to the story (TF-IDF centroid, Radev et
 * al. 2004), how much it shares with the headline, and how many of the story's main entities it
 * names (from `entities`, or capitalised names when that list is empty). Sentences that read badly
 * alone weigh less; near-duplicates of one already chosen are skipped. Whole sentences only.
 * A story longer than `SUMMARY_WINDOW` sentences is summarised from its opening that long, so the
 * cost stays the same however long the story runs.
 */
export function summariseStory(model: TextModel, entities: readonly Entity[], weights: SummaryWeights = SUMMARY_WEIGHTS): Span[] {
  const sentences = storySentences(model, SUMMARY_WINDOW);
  const whole = sentences.filter((s) => isStorySentence(model, s));
  const candidates = whole.filter(isHighlightLength);
  const pool = candidates.length >= 2 ? candidates : whole;
  if (pool.length <= 2) return pool.map(({ start, end }) => ({ start, end }));
  const terms = internTerms(sentences);
  const idf = inverseFrequencies(terms);
  const similarity = cosineScorer(terms, idf, [centroidVector(terms, idf), textVector(headlineWords(model), terms, idf)]);
  const entityScore = entitySalience(model, sentences, entities);
  // position counts the story's own paragraphs, not the labels and datelines a reader kept among them
  const rank = paragraphRanks(whole);
  const cosines = new Float64Array(2);
  const signals = pool.map((sentence) => {
    similarity(sentence.index, cosines);
    return {
      position: (1 / Math.sqrt(1 + (rank.get(sentence.paragraph) ?? sentence.paragraph))) * (sentence.inParagraph === 0 ? 1 : 0.75),
      centrality: cosines[0] as number,
      headline: cosines[1] as number,
      entities: entityScore(sentence),
    };
  });
  const keys = ['position', 'centrality', 'headline', 'entities'] as const;
  const top = Object.fromEntries(keys.map((key) => [key, signals.reduce((max, s) => Math.max(max, s[key]), 1e-9)])) as Record<(typeof keys)[number], number>;
  const scored: ScoredSentence[] = pool.map((sentence, i) => {
    const signal = signals[i] as (typeof signals)[number];
    const score = keys.reduce((sum, key) => sum + (weights[key] * signal[key]) / top[key], 0);
    return { ...sentence, score: score * highlightFitness(model, sentence) };
  });
  return selectSentences(scored, summaryLength(sentences))
    .sort((a, b) => a.start - b.start)
    .map(({ start, end }) => ({ start, end }));
}

/** Each paragraph's place among the paragraphs holding these sentences. */
function paragraphRanks(sentences: readonly StorySentence[]): Map<number, number> {
  const rank = new Map<number, number>();
  for (const s of sentences) if (!rank.has(s.paragraph)) rank.set(s.paragraph, rank.size);
  return rank;
}

/**
 * 2 sentences for a news story of up to 60 sentences (about 1,500 words), 3 for a longer one, 4 for a
 * very long feature (over 100 sentences: a story cut at `SUMMARY_WINDOW` is one). Publishers' own
 * summaries of such stories run one or two sentences, and so do printed highlight boxes: on the corpus
 * (`npm run eval:highlights`) two sentences match them better than three, ours and the lead alike.
 */
const summaryLength = (sentences: readonly StorySentence[]) => (sentences.length < 60 ? 2 : sentences.length > 100 ? 4 : 3);

function headlineWords(model: TextModel): string[] {
  const headline = model.blocks.find((block) => block.kind === 'headline');
  return headline ? normaliseWords(blockText(model, headline)) : [];
}
