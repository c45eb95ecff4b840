import type { Span, TextModel } from '../text-model';

/** A quotation as marks delimit it: one span per paragraph it runs over. */
export interface QuoteSpans {
  readonly spans: readonly Span[];
  /** offset of the opening mark and just after the closing mark (the block's end where none) */
  readonly open: number;
  readonly close: number;
}

const OPEN_DOUBLE = new Set(['“', '„', '«']);
const CLOSE_DOUBLE = new Set(['”', '»']);
const LETTER = /[\p{L}\p{N}]/u;
// Two apostrophes are a double mark where archives and typewritten copy write one so (''Yes,'' he said).
const MARKS = /''|["“”„«»‘’']/g;
const SPACE_BEFORE = /[\s([{\u2014\u2013\-/]/u;

type Mark = 'open' | 'close' | 'either' | null;

/** What a double mark does here: curly marks say it; a straight one is read from its neighbours. */
function doubleMark(char: string, before: string, after: string): Mark {
  if (OPEN_DOUBLE.has(char)) return 'open';
  if (CLOSE_DOUBLE.has(char)) return 'close';
  if (char !== '"') return null;
  const spaceBefore = before === '' || SPACE_BEFORE.test(before);
  const spaceAfter = after === '' || /[\s.,;:!?)\]]/u.test(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (spaceAfter && !spaceBefore) return 'close';
  return 'either';
}

/**
 * What a single mark does: apostrophes of "don't", "Smith's", "the '90s" and "students' union" are
 * not marks; ‘ opens, and ’ or ' after a word closes a quote that is open.
 */
function singleMark(char: string, before: string, after: string, after3: string, singleOpen: boolean): Mark {
  if (char !== '‘' && char !== '’' && char !== "'") return null;
  const letterBefore = LETTER.test(before);
  const letterAfter = LETTER.test(after);
  if (letterBefore && letterAfter) return null;
  if (/^\d\ds/.test(after3) || /^\d\d\b/.test(after3)) return null;
  if (char === '‘' || (!letterBefore && letterAfter && (before === '' || SPACE_BEFORE.test(before) || before === '"' || before === '“'))) {
    return letterAfter || after === '"' || after === '“' ? 'open' : null;
  }
  if (!singleOpen) return null;
  // A plural possessive ("the students’ union") is still an apostrophe when a quote is open but a
  // lower-case noun follows it directly.
  if (before === 's' && /^\s\p{Ll}/u.test(after3) && !/^\s(?:he|she|they|it|said|says|the|a|an|and|or|but|to|in|of|on|at)\b/.test(after3 + ' ')) return null;
  return letterBefore || /[.,!?;:…)\]"”]/.test(before) ? 'close' : null;
}

/**
 * The quotations of the story as spans of text between marks: straight and curly, double and
 * single marks (single ones nested inside double ones are part of the outer quotation), and
 * quotations running over paragraphs, where each paragraph opens with a mark and only the last
 * closes. An unclosed mark quotes nothing.
 */
export function findQuoteSpans(model: TextModel): QuoteSpans[] {
  const { text } = model;
  const found: QuoteSpans[] = [];
  let carried: { spans: Span[]; open: number } | null = null;
  for (const block of model.blocks) {
    let double: number | null = null;
    /** the opening double mark's length: 2 for two apostrophes */
    let doubleWidth = 1;
    let single: number | null = null;
    let spans: Span[] = [];
    let open = -1;
    if (carried) {
      const first = text[block.start] ?? '';
      const pair = text.startsWith("''", block.start);
      if (pair || doubleMark(first, '', text[block.start + 1] ?? '') === 'open' || first === '"') {
        double = block.start;
        doubleWidth = pair ? 2 : 1;
        spans = carried.spans;
        open = carried.open;
      }
      carried = null;
    }
    MARKS.lastIndex = double === block.start ? block.start + doubleWidth : block.start;
    for (let match = MARKS.exec(text); match !== null && match.index < block.end; match = MARKS.exec(text)) {
      const at = match.index;
      const width = match[0].length;
      const char = width === 2 ? '"' : match[0];
      const before = at > block.start ? (text[at - 1] as string) : '';
      const after = at + width < block.end ? (text[at + width] as string) : '';
      const dbl = doubleMark(char, before, after);
      if (dbl) {
        if (double === null && (dbl === 'open' || (dbl === 'either' && true))) {
          double = at;
          doubleWidth = width;
          open = at;
          spans = [];
          single = null;
        } else if (double !== null && dbl !== 'open') {
          spans.push({ start: double + doubleWidth, end: at });
          found.push({ spans, open, close: at + width });
          double = null;
          spans = [];
        } else if (double !== null && dbl === 'open' && char === '"') {
          double = at;
          doubleWidth = width;
          open = at;
        }
        continue;
      }
      const sgl = singleMark(char, before, after, text.slice(at + 1, Math.min(block.end, at + 12)), single !== null);
      if (sgl === 'open' && single === null) single = at;
      else if (sgl === 'close' && single !== null) {
        if (double === null) found.push({ spans: [{ start: single + 1, end: at }], open: single, close: at + 1 });
        single = null;
      }
    }
    if (double !== null && block.kind === 'paragraph') {
      spans.push({ start: double + doubleWidth, end: block.end });
      carried = { spans, open };
    }
  }
  return found
    .map((quote) => ({ ...quote, spans: quote.spans.map((span) => trimSpan(text, span)).filter((span) => span.end > span.start) }))
    .filter((quote) => quote.spans.length > 0)
    .sort((a, b) => a.open - b.open);
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
  return { start, end };
}
