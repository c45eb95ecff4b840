// The peer: compromise (https://github.com/spencermountain/compromise), the in-browser NLP library
// a reader could use instead, run on the same story text Story Lens analyses. It returns mentions,
// not entities: each distinct form (compared as the scoring compares names) becomes one entity, so
// "Kerry" beside "John Kerry" is a second entry, as it would be in a list shown to a reader.
import nlp from 'compromise';
import { normalise } from './score.mjs';

/**
 * compromise's people, places, organizations and quotations in the shape `scorePage` reads.
 * It attributes no quotation, so every `speaker` is undefined (never right).
 * @param {string} text
 */
export function compromiseReport(text) {
  const doc = nlp(text);
  return {
    entities: [
      ...distinct(doc.people().out('array')).map((name) => ({ type: 'person', name, aliases: [name] })),
      ...distinct(doc.places().out('array')).map((name) => ({ type: 'place', name, aliases: [name] })),
      ...distinct(doc.organizations().out('array')).map((name) => ({ type: 'organization', name, aliases: [name] })),
    ],
    quotes: doc.quotations().out('array').map((quote) => ({ text: quote, speaker: undefined })),
  };
}

/** The work timed for compromise: parsing the text and asking for the four lists. */
export function compromiseWork(text) {
  const doc = nlp(text);
  return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array'), doc.quotations().out('array')];
}

function distinct(mentions) {
  const seen = new Map();
  for (const mention of mentions) {
    const form = normalise(mention);
    if (form && !seen.has(form)) seen.set(form, mention.trim());
  }
  return [...seen.values()];
}
