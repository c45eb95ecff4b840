import type { EntityType } from '../../shared/report';
import { noMemo } from '../block-memo';
import type { Span, TextModel } from '../text-model';
import type { Sentence } from '../text/split-sentences';
import { blockSentences } from '../text/block-sentences';
import type { Token } from '../text/tokenise';
import { isCapitalised, tokenise } from '../text/tokenise';
import type { LanguageCounts } from '../text/is-english';
import { countLanguage, isEnglish, noLanguageCounts } from '../text/is-english';
import { tokenRanges } from '../text/token-ranges';
import { blockStyle } from './block-style';
import { addCityStatePairs } from './city-state';
import { joinCampusNames } from './campus-names';
import { typeBodyLists } from './body-lists';
import { addCueWordSurnames } from './cue-word-surnames';
import type { Candidate } from './candidate';
import type { Entity } from './entity';
import { MEDIUM, WEAK, noEvidence } from './evidence';
import { findCredit } from './find-credit';
import { findNameRuns } from './find-name-runs';
import { splitHyphenPairs } from './hyphen-pairs';
import { gazetteerKey, lookupAbbreviation, lookupName } from './gazetteer';
import type { MentionGroup } from './group-mentions';
import { LEXICON } from './lexicon';
import { splitPlacePair } from './place-pairs';
import { readCandidate } from './read-candidate';
import { resolveEntities } from './resolve-entities';
import { typeListsBySiblings } from './type-lists-by-siblings';
import { addSpeakingWordSurnames } from './word-surnames';
import { withoutQuotedSlogans } from './quoted-slogans';
import { cutPersonBeforeNoun } from './person-before-noun';
import { marriedNamePairs } from './married-names';

// "CAIRO —", "LONDON (Reuters) -", "WASHINGTON, D.C. —", "LONDON, May 14 (Reuters) -": an upper-case
// place opening a paragraph, a wire's date after it.
const DATELINE = /^([\p{Lu}][\p{Lu}.'’ -]{1,40}?\p{Lu}\.?)(?:(,\s*)([\p{L}. ]{2,20}?))?(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?\s*(?:[—–]|--|-\s|\()/u;

/** The dateline's place, and the state or country after it where the gazetteer knows it ("BURLINGTON, Vt. —"). */
function dateline(text: string, start: number): Candidate[] {
  // Most paragraphs open with a capital and a lower-case letter, which no dateline does: they are not
  // tried with the Unicode pattern.
  const second = text.charCodeAt(start + 1);
  if (second >= 97 && second <= 122) return [];
  const match = DATELINE.exec(text.slice(start, start + 80));
  const name = match?.[1];
  if (!match || !name || /\p{Ll}/u.test(name)) return [];
  const place = (at: number, written: string, known: ReturnType<typeof lookupName>): Candidate => {
    const evidence = noEvidence();
    evidence.place = 4;
    return { start: at, end: at + written.length, text: written, words: written.split(' '), initial: false, compound: false, evidence, known, acronym: null };
  };
  const found = [place(start, name, lookupName(name))];
  const region = match[3]?.trim();
  const known = region ? (lookupName(region) ?? lookupAbbreviation(region)) : null;
  if (region && known?.type === 'place' && !known.city) found.push(place(start + name.length + (match[2]?.length ?? 0), region, known));
  return found;
}

// Tested for every word or name. Kept here rather than written in the rules: the bundler writes a
// `\p{…}` pattern inside a function as `new RegExp(…)`, built again at every call.
const LOWER_START = /^\p{Ll}/u;
const HAS_LOWER = /\p{Ll}/u;

/** Words enough to tell the story's language. */
const LANGUAGE_SAMPLE = 3000;

/** Lower-case words of the story, to tell "Officials said" from a name. */
function lowerCaseWords(tokens: readonly Token[]): Set<string> {
  const words = new Set<string>();
  for (const { text } of tokens) {
    const code = text.charCodeAt(0);
    if ((code >= 97 && code <= 122) || (code > 127 && LOWER_START.test(text))) words.add(text);
  }
  return words;
}

/** The canonical name: the fullest form the story uses, written as in running text. */
function canonicalName(group: MentionGroup): string {
  let best = group.mentions[0] as Candidate;
  for (const mention of group.mentions) {
    const words = mention.words.length - best.words.length;
    const better = words > 0 || (words === 0 && (mention.text.length > best.text.length || (HAS_LOWER.test(mention.text) && !HAS_LOWER.test(best.text))));
    if (better) best = mention;
  }
  return best.text;
}

function toEntities(groups: readonly MentionGroup[]): Entity[] {
  const ordered = groups
    .map((group) => ({ group, mentions: [...group.mentions].sort((a, b) => a.start - b.start) }))
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  const counts: Record<EntityType, number> = { person: 0, place: 0, organization: 0 };
  return ordered.map(({ group, mentions }) => {
    const type = group.type as EntityType;
    counts[type] += 1;
    const aliases: string[] = [];
    for (const mention of mentions) if (!aliases.includes(mention.text)) aliases.push(mention.text);
    return {
      id: `${type}-${counts[type]}`,
      type,
      name: canonicalName(group),
      aliases,
      mentions: dedupe(mentions),
    };
  });
}

function dedupe(mentions: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const { start, end } of mentions) {
    const last = out.at(-1);
    if (last && start < last.end) continue;
    out.push({ start, end });
  }
  return out;
}

/**
 * Names in title-case and upper-case blocks (headlines, subheads), where capitals say nothing: only
 * the story's own names and the gazetteer's named places and bodies are taken there.
 */
function namesInStyledBlocks(model: TextModel, spans: readonly Span[], tokensOf: (span: Span) => Token[], groups: MentionGroup[]): void {
  const byForm = new Map<string, MentionGroup>();
  for (const group of groups) {
    for (const mention of group.mentions) {
      byForm.set(mention.text, group);
      // "Obama Admits …": a person's surname stands for the person in a headline too.
      const surname = mention.words.at(-1);
      if (group.type === 'person' && mention.words.length > 1 && surname && !byForm.has(surname)) byForm.set(surname, group);
    }
  }
  for (const span of spans) {
    const tokens = tokensOf(span);
    for (let index = 0; index < tokens.length; ) {
      let matched = 0;
      for (let size = Math.min(5, tokens.length - index); size > 0 && matched === 0; size -= 1) {
        const first = tokens[index];
        const last = tokens[index + size - 1];
        if (!first || !last) continue;
        const end = /['’]s$/.test(last.text) ? last.end - 2 : last.end;
        const text = model.text.slice(first.start, end);
        if (/[^\p{L}\p{N} .'’-]/u.test(text) || /^the\s/i.test(text)) continue;
        // "WHO", "IS", "US" in capitals are as likely the words "who", "is" and "us".
        if (LEXICON.commonWords.has(text.toLowerCase())) continue;
        const known = lookupName(text);
        let group = byForm.get(text);
        if (!group && known && !known.city && isCapitalised(text)) {
          group = groups.find((g) => g.known?.key === known.key && g.type === known.type);
          if (!group) {
            group = { mentions: [], evidence: noEvidence(), known, type: known.type };
            groups.push(group);
          }
          byForm.set(text, group);
        }
        if (!group) continue;
        const words = text.split(' ');
        group.mentions.push({ start: first.start, end, text, words, initial: false, compound: false, evidence: noEvidence(), known, acronym: null });
        matched = size;
      }
      index += Math.max(1, matched);
    }
  }
}

/** Words read between two pauses of `entitySteps`: a few milliseconds' work. */
export const STEP_WORDS = 2500;

/**
 * What the entity engine reads in one block alone, offsets from the block's start: a function of the
 * block's kind and text (the memo's stage `names`), never of its neighbours.
 */
export interface BlockNames {
  /** the block's name candidates, typed by what their sentence says */
  readonly candidates: readonly Candidate[];
  /** title-case and upper-case text, where only the story's own names are taken afterwards */
  readonly styled: readonly Span[];
  /** the block's lower-case words */
  readonly lowerCase: readonly string[];
  /** how many words the block has, and of them English's and other languages' function words */
  readonly language: Readonly<LanguageCounts>;
}

/** Reads a block's names: `text` is the block's alone, `sentences` its sentences (see `blockSentences`). */
export function readBlockNames(text: string, sentences: readonly Sentence[]): BlockNames {
  const candidates: Candidate[] = [];
  const styled: Span[] = [];
  const blockTokens = tokenise(text, 0, text.length);
  const credit = findCredit(text);
  const creditAt = credit ?? text.length;
  // A block's style is read without its credit line, whose names are all capitalised.
  const style = blockStyle(text.slice(0, creditAt), blockTokens.filter((token) => token.end <= creditAt));
  const sentenceTokens = tokenRanges(blockTokens);
  for (const sentence of sentences) {
    let from = sentence.start;
    if (sentence.start === 0) {
      const places = dateline(text, sentence.start);
      if (places.length > 0) {
        candidates.push(...places);
        from = (places.at(-1) as Candidate).end;
      }
    }
    if (style !== 'normal') {
      if (from < Math.min(sentence.end, creditAt)) styled.push({ start: from, end: Math.min(sentence.end, creditAt) });
      continue;
    }
    const tokens = sentenceTokens(sentence);
    const inSentence: Candidate[] = [];
    for (const run of findNameRuns(text, tokens)) {
      if ((tokens[run.first]?.start ?? 0) < from || (tokens[run.last]?.end ?? 0) > creditAt) continue;
      const candidate = readCandidate(run, { text, tokens, sentenceStart: sentence.start });
      if (candidate) inSentence.push(...splitPlacePair(candidate));
    }
    splitHyphenPairs(text, inSentence);
    typeListsBySiblings(text, inSentence);
    typeBodyLists(text, inSentence);
    joinCampusNames(text, inSentence);
    candidates.push(...inSentence);
  }
  addCityStatePairs(text, creditAt, candidates);
  return { candidates, styled, lowerCase: [...lowerCaseWords(blockTokens)], language: countLanguage(blockTokens) };
}

/** A block's candidate where the block starts at `at`, with evidence of its own (the story's rules add to it). */
const placed = (candidate: Candidate, at: number): Candidate => ({
  ...candidate,
  start: candidate.start + at,
  end: candidate.end + at,
  evidence: { ...candidate.evidence },
});

/**
 * Adds a block's words to the story's language sample, its first `LANGUAGE_SAMPLE` words: the block's
 * own counts while the whole block fits, which spares tokenising the story again; the block the sample
 * ends in is tokenised for the words that fit.
 */
function addToLanguageSample(sample: LanguageCounts, model: TextModel, block: Span, language: Readonly<LanguageCounts>): void {
  if (sample.words >= LANGUAGE_SAMPLE) return;
  if (sample.words + language.words <= LANGUAGE_SAMPLE) {
    sample.english += language.english;
    sample.other += language.other;
    sample.words += language.words;
  } else countLanguage(tokenise(model.text, block.start, block.end).slice(0, LANGUAGE_SAMPLE - sample.words), sample);
}

/** People, places and organizations of the story, each with its mentions. Linear in the text. */
export function findEntities(model: TextModel): Entity[] {
  const steps = entitySteps(model);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `findEntities` in steps: the generator pauses after every `STEP_WORDS` words it reads, so that a
 * content script on a very long story can yield to the page between steps; its return value is
 * `findEntities`'s answer. Each block is read alone (`readBlockNames`), or taken from `memo` where an
 * earlier analysis read the same block; the story-wide rules then run over all the blocks' names.
 */
export function* entitySteps(model: TextModel, memo = noMemo()): Generator<void, Entity[], void> {
  const { text } = model;
  const candidates: Candidate[] = [];
  const styled: Span[] = [];
  const lowerCase = new Set<string>();
  const languageSample = noLanguageCounts();
  const texts = memo.blockTexts(model);
  let sinceStep = 0;
  for (const [index, block] of model.blocks.entries()) {
    const names = memo.read('names', block.kind, texts[index] as string, (own) => readBlockNames(own, blockSentences(memo, block.kind, own)));
    for (const candidate of names.candidates) candidates.push(placed(candidate, block.start));
    for (const span of names.styled) styled.push({ start: span.start + block.start, end: span.end + block.start });
    for (const word of names.lowerCase) lowerCase.add(word);
    addToLanguageSample(languageSample, model, block, names.language);
    sinceStep += names.language.words;
    if (sinceStep >= STEP_WORDS) {
      sinceStep = 0;
      yield;
    }
  }
  const read = cutPersonBeforeNoun(text, withoutQuotedSlogans(text, candidates));
  const groups = resolveEntities(read, lowerCase, marriedNamePairs(text, read));
  yield;
  // In a story that is not in English, capitals and cue words mean nothing to these rules: only the
  // names the gazetteer knows are kept.
  if (!isEnglish(languageSample)) {
    const known = groups.filter((group) => group.known !== null && !group.known.city && group.type === group.known.type);
    groups.length = 0;
    groups.push(...known);
  }
  namesInStyledBlocks(model, styled, (span) => tokenise(text, span.start, span.end), groups);
  addCueWordSurnames(text, groups);
  addSpeakingWordSurnames(text, groups);
  return toEntities(groups.filter((group) => group.mentions.length > 0 && gazetteerKey(group.mentions[0]?.text ?? '') !== ''));
}
