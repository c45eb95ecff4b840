/**
 * Who spoke each of the story's quotations: the attribution after it or before it in its sentence,
 * then the sentences around it, then the speaker the paragraph goes on quoting. The rules each step
 * asks live beside this file; this one decides in which order they are asked.
 */
import { NONE, attributionIn } from './attribution-in';
import { attributionAfterOutcry } from './attribution-after-outcry';
import { closingAttribution } from './closing-attribution';
import { passiveAgent } from './body-speakers';
import type { Entity } from '../entities/entity';
import type { Sentence } from '../text/split-sentences';
import type { QuoteSpans } from './find-quote-spans';
import { resolvePronoun } from './resolve-pronoun';
import { shownWordsBy } from './shown-words';
import type { Found, Speaker, SpeakerContext } from './speaker-context';
import { tokenise } from '../text/tokenise';
import { verbsIn } from './speech-verbs';
import { mentionsIn, sentenceAt } from './story-lookups';
import { isSubjectLead } from './subject-lead';

/** The quotation is its paragraph: it opens the block and closes at its end. */
function isWholeParagraph(context: SpeakerContext, quote: QuoteSpans): boolean {
  const at = sentenceAt(context, quote.open);
  const sentence = context.sentences[at];
  if (!sentence || quote.open > sentence.start) return false;
  // The paragraph's own first sentence: "Asked …, he smiled. “…”" is a paragraph about someone.
  if (context.sentences[at - 1]?.block === sentence.block) return false;
  const last = context.sentences[sentenceAt(context, Math.max(quote.open, quote.close - 1))];
  const blockEnd = last ? (context.blockEnds.get(last.block) ?? quote.close) : quote.close;
  return quote.close >= blockEnd - 1;
}

/**
 * Who the story says spoke each quotation: the attribution after it in its sentence ("…,” X said),
 * then before it ("X said the parties reached a “…”", "X: “…”"), then in the sentence before or
 * after; a quotation broken by its attribution, or a paragraph that goes on quoting, keeps the
 * speaker of the part before. Null where the story does not say.
 */
export function attributeSpeakers(context: SpeakerContext, quotes: readonly QuoteSpans[]): Speaker[] {
  const steps = speakerSteps(context, quotes);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** A sentence pointing back at the quotation before it as someone's words: "Those were the words X used", "The words were X’s". */
const WORDS_AFTER = /^(?:(?:those|these|such|that|this|they)\s+(?:were|are|was|is)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:words|verdict|message|warning)\b|the\s+(?:words|verdict|message|warning)\s+(?:were|are|was|is)\s)/i;

/** A sentence saying how someone put the quotation before it: "That is how X puts it", "This was how X described it". */
const HOW_AFTER = /^(?:that|this)\s+(?:is|was)\s+how\s+/i;

/** The words between a quotation and the next one, ending in an article: the next one qualifies a noun ("the “Pose” actor"). */
const TITLE_AFTER_ARTICLE = /^[,.]?[’”"']?[,.]?\s+the\s+$/i;

/** A name opening a paragraph, then its verb of saying: "Nasser said it was …", "Ms Roe also told the court that …". */
const REPORTED_AFTER_NAME = /^\s+(?:also\s+|later\s+|then\s+)?(?:said|says|told|tells|argued|argues|insisted|insists|added|adds|warned|warns|explained|explains|stressed|stresses)\b/;

/** The first sentence of the paragraph of sentence `index`, walking back over the paragraph only. */
function paragraphOpening(context: SpeakerContext, index: number): Sentence | undefined {
  const { sentences } = context;
  const block = sentences[index]?.block;
  let first = index;
  while (first > 0 && sentences[first - 1]?.block === block) first -= 1;
  return sentences[first];
}

/** Whether the quotation opens its paragraph and ends a sentence inside its marks: "“We tried it.” This …". */
function opensOnWholeSentences(context: SpeakerContext, quote: QuoteSpans): boolean {
  const at = sentenceAt(context, quote.open);
  const sentence = context.sentences[at];
  if (!sentence || quote.open > sentence.start || context.sentences[at - 1]?.block === sentence.block) return false;
  return /[.!?]\s*$/.test(context.text.slice(Math.max(quote.open, quote.close - 3), quote.close - 1));
}

/** ", Ph.D.", ", MD", ", PhD, MPH": degrees and letters after a name printed alone on its line. */
const LETTERS_AFTER_NAME = /^(?:,\s*\p{Lu}[\p{L}.]{0,7})*\s*$/u;

/**
 * A pull quotation whose speaker is printed on the line after it, alone ("Ana Roe, Ph.D."): the
 * person named by the paragraph after the quotation's last sentence, where that paragraph is the
 * name and its letters only.
 */
function speakerOnLineAfter(context: SpeakerContext, lastIndex: number): Entity | undefined {
  const { sentences, text } = context;
  const last = sentences[lastIndex];
  const line = sentences[lastIndex + 1];
  if (!last || !line || line.block !== last.block + 1) return undefined;
  const lineEnd = context.blockEnds.get(line.block) ?? line.end;
  const named = mentionsIn(context, line.start, lineEnd)[0];
  if (!named || named.entity.type !== 'person' || text.slice(line.start, named.start).trim() !== '') return undefined;
  return LETTERS_AFTER_NAME.test(text.slice(named.end, lineEnd)) ? named.entity : undefined;
}

/**
 * The person whose words the paragraph ending with sentence `last` reports, named as its opening
 * subject ("Nasser said it was …"); `undefined` where none.
 */
function reportedSpeaker(context: SpeakerContext, last: number): Found {
  const opening = paragraphOpening(context, last);
  if (!opening) return undefined;
  const blockStart = opening.start;
  const subject = mentionsIn(context, blockStart, Math.min(opening.end, blockStart + 80))[0];
  if (!subject || subject.entity.type !== 'person' || !isSubjectLead(context.text.slice(blockStart, subject.start))) return undefined;
  return REPORTED_AFTER_NAME.test(context.text.slice(subject.end, subject.end + 24)) ? subject.entity : undefined;
}

/** Quotations attributed between two pauses of `speakerSteps`: a few tens of milliseconds of a worker's time. */
const STEP_QUOTES = 75;

/** `attributeSpeakers` in steps, pausing after every `STEP_QUOTES` quotations. */
export function* speakerSteps(context: SpeakerContext, quotes: readonly QuoteSpans[]): Generator<void, Speaker[], void> {
  const speakers: Speaker[] = [];
  const passive = new Set<number>();
  const { text, sentences } = context;
  context.quoted.length = 0;
  context.quoted.push(...quotes);
  for (const [index, quote] of quotes.entries()) {
    if (index > 0 && index % STEP_QUOTES === 0) yield;
    const previous = quotes[index - 1];
    const next = quotes[index + 1];
    const firstSentence = sentences[sentenceAt(context, quote.open)];
    const lastIndex = sentenceAt(context, Math.max(quote.open, quote.close - 1));
    const lastSentence = sentences[lastIndex];
    let found: Found = passiveAgent(context, quote);
    // A reporter's words naming what someone called a thing: no one the next quotation goes on quoting.
    if (found !== undefined) passive.add(index);
    // "Roe held up a sign that read “…”", "Acme issued a statement: “…”": words shown, not said.
    if (found === undefined) found = shownWordsBy(context, quote);
    if (found === undefined && isWholeParagraph(context, quote)) found = speakerOnLineAfter(context, lastIndex);
    // The attribution after the quotation ("…,” X said) and the one before it ("X said the
    // parties reached a “…”"): the verb nearer the quotation wins, the one after on a tie.
    let following = NONE;
    let preceding = NONE;
    if (lastSentence) {
      // "“…,” the “Harbor Lights” actor said": a quotation after an article names a work in the attribution, and does not end it.
      const titled = next !== undefined && TITLE_AFTER_ARTICLE.test(text.slice(quote.close, next.open));
      const end = Math.min(lastSentence.end, next && next.open > quote.close && !titled ? next.open : lastSentence.end);
      if (quote.close < end) following = attributionIn(context, quote.close, end, false);
    }
    if (firstSentence) {
      const start = Math.max(firstSentence.start, previous && previous.close <= quote.open ? previous.close : firstSentence.start);
      if (start < quote.open) preceding = attributionIn(context, start, quote.open, true);
    }
    if (found !== undefined) {
      // the passive's agent, found above
    } else if (following.found !== undefined && (preceding.found === undefined || following.distance <= preceding.distance)) found = following.found;
    else found = preceding.found;
    // "The outages have been “terribly disruptive” and, at the moment, “we won't …,” CEO Ana Roe said": a
    // fragment that is the object of nothing of its own takes the attribution after the next one.
    if (found === undefined && next && lastSentence && next.open > quote.close && next.open < lastSentence.end && sentenceAt(context, next.close) === lastIndex) {
      const between = text.slice(quote.close, next.open);
      if (!/[.;!?]/.test(between) && verbsIn(tokenise(text, quote.close, next.open)).length === 0 && next.close < lastSentence.end) {
        found = attributionIn(context, next.close, lastSentence.end, false).found;
      }
    }
    // A quotation broken by its attribution, or a second quotation of the same clause.
    if (found === undefined && previous && firstSentence && previous.close >= firstSentence.start) found = speakers[index - 1] ?? undefined;
    // "“Who will pay?” Whitfield asked the crowd at …": the question ends the sentence inside the marks.
    if (found === undefined) found = attributionAfterOutcry(context, quote, lastIndex, next);
    // "“We are tired” about the delays that have cost …, Ekwall said.": the clause that closes the sentence.
    if (found === undefined && lastSentence) found = closingAttribution(context, quote, lastSentence, next);
    const firstIndex = sentenceAt(context, quote.open);
    const before = sentences[firstIndex - 1];
    // Only a quotation that makes its own sentence takes the attribution of the sentence before; a
    // few words in marks inside a sentence of the reporter's are the reporter's to explain.
    const ownSentence = firstSentence !== undefined && quote.open <= firstSentence.start + 1;
    if (found === undefined && ownSentence && firstSentence && before && (before.block === firstSentence.block || /:\s*$/.test(text.slice(before.start, before.end)))) {
      // "“…,” said X, an adviser. “…”": the attribution after the earlier quotation.
      const from = previous && previous.close > before.start && previous.close <= before.end ? previous.close : before.start;
      found = attributionIn(context, from, before.end, from === before.start).found;
    }
    if (found === undefined && lastSentence) {
      const after = sentences[lastIndex + 1];
      if (after && after.block === lastSentence.block && after.end - after.start < 120 && !(next && next.open < after.end)) {
        found = attributionIn(context, after.start, after.end, false).found;
      }
    }
    // "“…” Those were the words Roe used in an interview.": the speaker named only in the sentence after.
    // "“…” That is how Roe, a hydrologist at …, puts it when …": the person "how" opens on.
    if (found === undefined && ownSentence && lastSentence) {
      const after = sentences[lastIndex + 1];
      const written = after && after.block === lastSentence.block ? text.slice(after.start, after.end) : '';
      const how = HOW_AFTER.exec(written);
      if (after && how) {
        const named = mentionsIn(context, after.start + how[0].length, after.end)[0];
        // A title may stand before the name: "That is how Dr. Roe puts it".
        if (named?.entity.type === 'person' && /^(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u.test(text.slice(after.start + how[0].length, named.start))) found = named.entity;
      } else if (after && WORDS_AFTER.test(written)) {
        found = mentionsIn(context, after.start, after.end).find((mention) => mention.entity.type === 'person')?.entity;
      }
    }
    // "Nasser said it was only the latest move …" | "“They wanted us on our knees …”": a paragraph that is
    // all quotation takes the person whose words the paragraph before reported, over the last one quoted.
    if (found === undefined && firstSentence && before && before.block === firstSentence.block - 1 && isWholeParagraph(context, quote) && !(previous && previous.close > before.start)) {
      found = reportedSpeaker(context, firstIndex - 1);
    }
    // The paragraph goes on quoting whoever it quoted last.
    if (found === undefined && previous && firstSentence) {
      const previousBlock = sentences[sentenceAt(context, previous.open)]?.block ?? -1;
      // A paragraph opening on a quotation of whole sentences goes on from the paragraph before ("“We tried it.” This …").
      const reach = isWholeParagraph(context, quote) ? 3 : opensOnWholeSentences(context, quote) ? 1 : 0;
      if (firstSentence.block - previousBlock <= reach && !passive.has(index - 1)) found = speakers[index - 1] ?? undefined;
    }
    // A paragraph that is all quotation, after a paragraph about someone, is most often theirs.
    if (found === undefined && firstSentence && before && before.block === firstSentence.block - 1 && isWholeParagraph(context, quote) && !(previous && previous.close > before.start)) {
      const blockStart = paragraphOpening(context, firstIndex - 1)?.start ?? before.start;
      const subject = mentionsIn(context, blockStart, before.end).find((mention) => mention.entity.type === 'person');
      if (subject) found = subject.entity;
    }
    // "Charles Schultze, chairman of …, once summed it up. “…”": the subject of the sentence before.
    if (found === undefined && firstSentence && before && before.block === firstSentence.block && quote.open <= firstSentence.start + 1) {
      const subject = mentionsIn(context, before.start, before.start + 40)[0];
      if (subject && subject.start <= before.start + 1 && subject.entity.type === 'person') found = subject.entity;
      // "For Ana Roe, a teacher, the answer is simple. “…”": the person the sentence is about.
      const about = found === undefined ? /^(?:for|to)\s+/i.exec(text.slice(before.start, before.end)) : null;
      const whom = about ? mentionsIn(context, before.start + about[0].length, before.end)[0] : undefined;
      if (whom && whom.start === before.start + (about?.[0].length ?? 0) && whom.entity.type === 'person' && context.text[whom.end] === ',') found = whom.entity;
      // "Asked whether …, Roe shook his head. “…”", "…, he smiled. “…”": the subject after an opening clause.
      const opened = found === undefined ? /^[^.,;“”"]{0,80},\s+/u.exec(text.slice(before.start, before.end)) : null;
      if (opened) {
        const at = before.start + opened[0].length;
        const named = mentionsIn(context, at, at + 60)[0];
        const pronoun = /^(he|she)\s+[a-z]/i.exec(text.slice(at, at + 20))?.[1];
        if (named && named.start === at && named.entity.type === 'person') found = named.entity;
        else if (pronoun) found = resolvePronoun(context, pronoun, at) ?? undefined;
      }
    }
    speakers.push(found ?? null);
    if (found && firstSentence && !passive.has(index)) {
      context.recent.speaker = found;
      context.recent.block = firstSentence.block;
    }
  }
  return speakers;
}
