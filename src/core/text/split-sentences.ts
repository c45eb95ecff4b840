import type { BlockKind, Span, TextModel } from '../text-model';

/** One sentence of a block of the text model. */
export interface Sentence extends Span {
  /** index of its block in `model.blocks` */
  readonly block: number;
  readonly kind: BlockKind;
}

// Words whose trailing dot is an abbreviation's, not a sentence end ("Mr. Smith", "Gen. Ortiz").
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st gen sen rep gov lt col capt maj sgt adm cmdr rev hon pres supt insp det ' +
    'no vs etc inc corp ltd co bros mt ft ave jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'ala ariz ark calif colo conn del fla ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn vt va wash wis wyo'
  ).split(' '),
);

// A sentence ends at . ! ? or …, after any closing quotes and brackets, before white space and
// a capital, a digit or an opening quote (two apostrophes too, as archive copies write a double mark).
const END = /[.!?…]+["'”’)\]]*(?=\s+(?:''|["'“‘(\[])?[\p{Lu}\p{N}])/gu;
const LAST_WORD = /([\p{L}.]+)$/u;
// Tested at every sentence end. Kept here rather than in the function: the bundler writes a `\p{…}`
// pattern inside a function as `new RegExp(…)`, built again at every call.
const LONE_CAPITAL = /^(?:^|[^\p{L}\p{N}])\p{Lu}$/u;
const ONE_CAPITAL = /^\p{Lu}$/u;
const DOTTED_LETTERS = /^(\p{L}\.)+\p{L}$/u;

function isAbbreviation(text: string, dotIndex: number, from: number): boolean {
  // "E! News": a lone capital and its exclamation mark are a name's, not a sentence's end.
  if (text[dotIndex] === '!') return dotIndex - from >= 1 && LONE_CAPITAL.test(text.slice(Math.max(from, dotIndex - 2), dotIndex)) && text[dotIndex + 1] === ' ';
  if (text[dotIndex] !== '.') return false;
  const word = LAST_WORD.exec(text.slice(Math.max(from, dotIndex - 12), dotIndex))?.[1] ?? '';
  if (word.length === 0) return false;
  // "J." of "Donald J. Trump"; "U.S." and "D.C." end sentences only where the next word can start one.
  if (ONE_CAPITAL.test(word)) return true;
  if (DOTTED_LETTERS.test(word)) return !/^\s+(The|A|An|He|She|It|They|We|I|But|And|In|On|This|That)\b/.test(text.slice(dotIndex + 1, dotIndex + 8));
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** The sentences of every block, in text order. Linear in the text's length. */
export function splitSentences(model: TextModel): Sentence[] {
  const sentences: Sentence[] = [];
  const { text } = model;
  model.blocks.forEach((block, index) => {
    let start = block.start;
    const slice = text.slice(block.start, block.end);
    END.lastIndex = 0;
    for (let match = END.exec(slice); match !== null; match = END.exec(slice)) {
      const dot = block.start + match.index;
      if (isAbbreviation(text, dot, block.start)) continue;
      const end = dot + match[0].length;
      sentences.push({ start, end, block: index, kind: block.kind });
      start = end;
      while (start < block.end && /\s/.test(text[start] ?? '')) start += 1;
    }
    if (start < block.end) sentences.push({ start, end: block.end, block: index, kind: block.kind });
  });
  return sentences;
}
