import type { Entity } from '../entities/entity';
import type { TextModel } from '../text-model';
import { blockText } from '../text-model';
import { normaliseWords } from '../story/normalise-words';
import type { StorySentence } from './story-sentences';

/**
 * Scores each sentence by the story's main entities it names: an entity weighs by how many sentences
 * name it (log-scaled), twice if the headline names it in any of its forms. With no entity list,
 * runs of capitalised words not opening a sentence stand in for names.
 */
export function entitySalience(model: TextModel, sentences: readonly StorySentence[], entities: readonly Entity[]): (sentence: StorySentence) => number {
  const headline = model.blocks.find((block) => block.kind === 'headline');
  const headlineWords = new Set(headline ? normaliseWords(blockText(model, headline)) : []);
  const named = entities.length > 0 ? namesFromEntities(sentences, entities) : namesFromCapitals(model, sentences);
  const weights = new Map<string, number>();
  const reach = new Map<string, number>();
  for (const names of named) for (const name of names.keys()) reach.set(name, (reach.get(name) ?? 0) + 1);
  for (const names of named) {
    for (const [name, forms] of names) {
      if (weights.has(name)) continue;
      const inHeadline = forms.some((form) => normaliseWords(form).every((word) => headlineWords.has(word)));
      weights.set(name, (inHeadline ? 2 : 1) * Math.log(1 + (reach.get(name) ?? 0)));
    }
  }
  return (sentence) => {
    let score = 0;
    for (const name of named[sentence.index]?.keys() ?? []) score += weights.get(name) ?? 0;
    return score;
  };
}

/** For each sentence, the entities it mentions: entity id → every form the story uses for it. */
function namesFromEntities(sentences: readonly StorySentence[], entities: readonly Entity[]): Array<Map<string, readonly string[]>> {
  const named = sentences.map(() => new Map<string, readonly string[]>());
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      const at = sentenceAt(sentences, mention.start);
      if (at && mention.end <= at.end) named[at.index]?.set(entity.id, entity.aliases.length > 0 ? entity.aliases : [entity.name]);
    }
  }
  return named;
}

/** The sentence starting at or before `offset` (binary search: sentences are in text order). */
function sentenceAt(sentences: readonly StorySentence[], offset: number): StorySentence | undefined {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sentences[mid] as StorySentence).start <= offset) low = mid + 1;
    else high = mid;
  }
  return sentences[low - 1];
}

const CAPITALISED_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|the|de|al|van|von|for)\s+)?\p{Lu}[\p{L}’'-]*)*/gu;

/** Nothing but opening quotes or brackets: what may stand before a sentence's first word. */
const OPENING = /^["'“‘(]*$/;
const FIRST_WORD = /^\S+\s*/;
const POSSESSIVE = /[’']s$/;

function namesFromCapitals(model: TextModel, sentences: readonly StorySentence[]): Array<Map<string, readonly string[]>> {
  return sentences.map((s) => {
    const names = new Map<string, readonly string[]>();
    const text = model.text.slice(s.start, s.end);
    for (const match of text.matchAll(CAPITALISED_RUN)) {
      // a sentence's first word is capitalised anyway: keep the rest of the run ("The Chilean Observatory")
      const opens = OPENING.test(text.slice(0, match.index));
      const name = (opens ? match[0].replace(FIRST_WORD, '') : match[0]).replace(POSSESSIVE, '');
      if (name) names.set(name.toLowerCase(), [name]);
    }
    return names;
  });
}
