// How much of a page's labels the extracted story text holds at all: a labelled entity is in the
// text when one of its forms occurs in it, a quotation when its words do (white space and quote
// marks aside). No entity engine can find more, so this separates extraction misses (the story
// reader dropped a paragraph or caption) from engine misses.
import { ENTITY_KEYS } from './score.mjs';

const flatten = (text) =>
  text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B]/gu, "'")
    .replace(/[\u201C\u201D\u201E\u201F]/gu, '"')
    .replace(/\s+/gu, ' ');

/**
 * @param {object} label a label file's content
 * @param {string} text the story text Story Lens analysed
 * @returns {{inText: number, labelled: number}}
 */
export function labelsInText(label, text) {
  const haystack = flatten(text);
  const entities = Object.keys(ENTITY_KEYS).flatMap((key) => label[key] ?? []);
  const quotes = label.quotes ?? [];
  const inText =
    entities.filter((entity) => [entity.name, ...entity.aliases].some((form) => haystack.includes(flatten(form)))).length +
    quotes.filter((quote) => quoteParts(quote.text).every((part) => haystack.includes(part))).length;
  return { inText, labelled: entities.length + quotes.length };
}

/** A quotation over several paragraphs is printed with marks between them: compare sentence by sentence. */
const quoteParts = (text) => flatten(text).split(/(?<=[.?!]) /u).filter(Boolean);
