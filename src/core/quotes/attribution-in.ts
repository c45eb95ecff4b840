/**
 * The attribution in a stretch of a sentence beside a quotation: the verb of saying nearest the
 * quotation and its subject, "according to X", "in the words of X", a dash or a colon after a name.
 */
import type { Token } from '../text/tokenise';
import { tokenise } from '../text/tokenise';
import { isDocument, lastOrganization } from './body-speakers';
import { resolvePronoun } from './resolve-pronoun';
import type { Found, SpeakerContext } from './speaker-context';
import { INVERTS, verbsIn } from './speech-verbs';
import { isInsideMention, mentionsIn } from './story-lookups';
import { isSubjectLead } from './subject-lead';
import { subjectOf } from './subject-of';

/** How many words after a quotation its verb of saying may stand. */
const WINDOW = 20;

/** How many words after a quotation the verb may stand when a name and its apposition come first. */
const APPOSED_WINDOW = 40;

/**
 * How many words after a quotation at `start` its verb of saying may stand: more where a name and a
 * comma open the attribution, whose apposition may run long ("…,” Ana Roe, a fellow at the … in …,
 * and co-author of …, said").
 */
function windowAfter(context: SpeakerContext, start: number, end: number): number {
  const named = mentionsIn(context, start, Math.min(end, start + 80))[0];
  if (!named || named.entity.type !== 'person' || context.text[named.end] !== ',') return WINDOW;
  return /^[\s,.;:!?'"’”]*$/.test(context.text.slice(start, named.start)) ? APPOSED_WINDOW : WINDOW;
}

/** The attribution in `[start, end)`: the verb of saying nearest the quotation, and its subject. */
interface Attribution {
  readonly found: Found;
  /** words between the quotation and the verb of saying */
  readonly distance: number;
}

const WORDS_OF = /\bin the words of\s+/i;
/**
 * "In Volkov’s words,", "in her own words,", "(in economist Ana Roe’s phrase)", "Roe’s coinage": words, a
 * phrase or a term owned by a name, or a pronoun after "in" or "to borrow", just before the quotation.
 */
const WORDS_OWNED = /(?:['’]s|\b(his|her))\s+(?:[a-z-]+\s+)?(?:words|phrase|term|coinage|expression|formulation)\)?,?\s*$/i;
/** What makes a pronoun's words the quotation's credit: "in her words", "to borrow his phrase". */
const OWNED_LEAD = /\b(?:in|to\s+(?:borrow|use|quote)|borrowing|using)\s+$/i;
/** "according to the product page," "according to its website": a document of no named author, its noun before a comma. */
const ACCORDING_TO_DOCUMENT = /^\s+to\s+(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\s*[,.;]/;

export const NONE: Attribution = { found: undefined, distance: Infinity };

/** How far before a quotation "X’s claim that …" is read. */
const CLAIM_REACH = 160;
/**
 * "Hale’s claim that the mayor ", "his repeated promise that ": a possessive (the name's last word, or
 * "his"/"her"), a noun of saying and the clause it reports, up to the quotation.
 */
const CLAIM_THAT = /(?:^|\s)(his|her|[A-Z][\w-]*['’]s)\s+(?:[a-z]+\s+)?(?:claims?|assertions?|remarks?|comments?|promises?|pledges?|vows?|warnings?|accusations?|suggestions?|arguments?|insistence|contention|statements?|declarations?|boasts?)\s+that\s+[^“”";]{0,120}$/;

/** "a short message from ", "a statement from the ": a document and the word that names its author. */
const DOCUMENT_FROM = /\b([a-z]+)\s+from\s+(?:the\s+)?/g;

/** The author a document noun after the verb names ("posted a message from him", "read a statement from Acme"); `undefined` where none. */
function authorAfter(context: SpeakerContext, from: number, end: number): Found {
  const written = context.text.slice(from, end);
  for (const match of written.matchAll(DOCUMENT_FROM)) {
    if (!isDocument(match[1] as string)) continue;
    const at = from + (match.index ?? 0) + match[0].length;
    const named = mentionsIn(context, at, end)[0];
    if (named && named.start === at && named.entity.type !== 'place') return named.entity;
    const pronoun = /^(him|her)\b/i.exec(context.text.slice(at, at + 4))?.[1];
    if (pronoun) return resolvePronoun(context, pronoun.toLowerCase() === 'him' ? 'he' : 'she', at);
  }
  return undefined;
}

/**
 * "“…” announced in May, said Roe": past a verb after the quotation that names no speaker (a participle
 * of the quotation's own), the inverted verb of saying a comma opens, and its subject.
 */
function invertedAfter(context: SpeakerContext, start: number, end: number, verbs: readonly Token[], nearest: Token): Attribution | undefined {
  for (const verb of verbs.slice(verbs.indexOf(nearest) + 1)) {
    const comma = /,\s*$/.exec(context.text.slice(start, verb.start));
    if (!comma || !INVERTS.has(verb.text.toLowerCase())) continue;
    // Only the subject after the verb: a name in the words before it is not the one speaking.
    const found = subjectOf(context, start + comma.index, end, verb);
    if (found) return { found, distance: tokenise(context.text, start, verb.start).length };
  }
  return undefined;
}

export function attributionIn(context: SpeakerContext, start: number, end: number, nearEnd: boolean): Attribution {
  // "“…” — Jane Roe, a nurse": a dash and a name after the quotation, as a pull quote or an epigraph credits it.
  const dash = nearEnd ? null : /^\s*[—–]\s*/.exec(context.text.slice(start, Math.min(end, start + 4)));
  if (dash) {
    const credited = mentionsIn(context, start + dash[0].length, end)[0];
    if (credited && credited.start === start + dash[0].length && credited.entity.type !== 'place') return { found: credited.entity, distance: 0 };
  }
  const tokens = tokenise(context.text, start, end);
  const window = nearEnd ? tokens : tokens.slice(0, windowAfter(context, start, end));
  // "in the United States while “…”": a word of saying inside a name ("States") is the name's.
  const verbs = verbsIn(window).filter((verb) => !isInsideMention(context, verb.start));
  const nearest = nearEnd ? verbs.at(-1) : verbs[0];
  const according = verbs.find((token) => token.text.toLowerCase() === 'according');
  const distanceOf = (verb: Token): number => {
    const index = tokens.indexOf(verb);
    return nearEnd ? tokens.length - 1 - index : index;
  };
  const sourceOf = (verb: Token): Found => {
    // "According to the product page, …": the body whose document it is, the one the story last named.
    const document = ACCORDING_TO_DOCUMENT.exec(context.text.slice(verb.end, Math.min(end, verb.end + 60)));
    if (document && isDocument(document[1] as string)) return lastOrganization(context, verb.start) ?? null;
    const next = mentionsIn(context, verb.end, Math.min(end, verb.end + 60))[0];
    return next ? next.entity : undefined;
  };
  if (nearest && nearest !== according) {
    // "…,” Okafor said, according to the Trust": the speaker, then the source that reported it;
    // where the verb names no one, "according to X" still does.
    const found = subjectOf(context, start, end, nearest);
    // "Harbour FC posted a message from him: “…”", "“…,” read a statement from X": the author of what a
    // body, or no one named, passed on; a person speaking "in a statement from" a body stays the speaker.
    if (found?.type !== 'person') {
      const author = authorAfter(context, nearest.end, nearEnd ? end : Math.min(end, nearest.end + 60));
      if (author !== undefined) return { found: author, distance: distanceOf(nearest) };
    }
    const later = found === undefined && !nearEnd ? invertedAfter(context, start, end, verbs, nearest) : undefined;
    if (later) return later;
    if (found || !according) return { found, distance: distanceOf(nearest) };
  }
  if (according) return { found: sourceOf(according), distance: distanceOf(according) };
  // "In the words of X, a researcher at Y, “…”": the name after the phrase, with no verb of saying.
  if (nearEnd) {
    const wordsOf = WORDS_OF.exec(context.text.slice(start, end));
    const named = wordsOf ? mentionsIn(context, start + wordsOf.index + wordsOf[0].length, end)[0] : undefined;
    if (named) return { found: named.entity, distance: tokens.length };
    // "In Volkov’s words, “…”", "In her own words, “…”", "(in Roe’s phrase) “…”": the owner of the words.
    const owned = WORDS_OWNED.exec(context.text.slice(start, end));
    if (owned) {
      const at = start + owned.index;
      const pronoun = owned[1]?.toLowerCase();
      const found = !pronoun
        ? mentionsIn(context, start, at).find((mention) => mention.end === at && mention.entity.type !== 'place')?.entity
        : OWNED_LEAD.test(context.text.slice(start, at))
          ? resolvePronoun(context, pronoun === 'his' ? 'he' : 'she', at)
          : undefined;
      if (found !== undefined) return { found, distance: tokens.length };
    }
  }
  // "Tom Hale’s claim that the mayor “…”", "her promise that …": the owner of the words the clause reports.
  if (nearEnd) {
    const claim = CLAIM_THAT.exec(context.text.slice(Math.max(start, end - CLAIM_REACH), end));
    if (claim) {
      const word = claim[1] as string;
      const at = end - claim[0].length + claim[0].indexOf(word);
      const pronoun = /^(?:his|her)$/i.test(word);
      // The name ends at the possessive: "Tom Hale’s".
      const named = pronoun ? undefined : mentionsIn(context, Math.max(start, at - 60), at + word.length).at(-1);
      const found = pronoun ? resolvePronoun(context, word.toLowerCase() === 'his' ? 'he' : 'she', at) : named && named.end === at + word.length - 2 && named.entity.type !== 'place' ? named.entity : undefined;
      if (found !== undefined) return { found, distance: tokens.length };
    }
  }
  // "X: “…”": a name just before a colon that introduces the quotation.
  if (nearEnd && /:\s*$/.test(context.text.slice(Math.max(start, end - 3), end))) {
    const mentions = mentionsIn(context, start, end);
    const mention = mentions.at(-1);
    if (mention && mention.end + 3 >= end) return { found: mention.entity, distance: 0 };
    // "In a column, Grange went further: “…”": the subject of the clause the colon ends.
    const subject = mentions.find((named) => named.entity.type !== 'place' && isSubjectLead(context.text.slice(start, named.start)));
    if (subject && !/[“”"]/.test(context.text.slice(start, end))) return { found: subject.entity, distance: tokens.length };
  }
  return NONE;
}
