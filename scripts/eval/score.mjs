// Scores a report's entities and quotations against a labelled page, by the rule outside checks use
// (../shared/corpus/labels/README.md):
//
// - A labelled entity is found when a reported entity of the same type has its name or one of its
//   aliases among the labelled forms (name and aliases), both compared after `normalise`.
// - A reported entity is right when it matches a labelled entity of its type not matched before; a
//   second entry for the same entity, or one of the wrong type, is wrong; optional strings count
//   neither way.
// - Quotations match on the same normalised text, each labelled quotation once; a speaker is right
//   when it is the labelled speaker or one of its aliases (`null` is right only for `null`).
// - Figures are micro-averaged: counts are summed over pages before precision, recall and F1.

/** Label file keys and the entity type each holds. */
export const ENTITY_KEYS = /** @type {const} */ ({ people: 'person', places: 'place', organizations: 'organization' });
export const ENTITY_TYPES = /** @type {const} */ (['person', 'place', 'organization']);

/**
 * Titles that may lead a name ("President Barack Obama", "Mr. Kerry", "Foreign Minister Sergey
 * Lavrov"), lower case, longest first so that "foreign minister" wins over "minister". Source: the
 * honorifics and office titles of English-language news style guides (AP, Reuters, BBC), kept short.
 */
const TITLES = [
  'secretary of state', 'attorney-general', 'attorney general', 'vice president', 'president-elect',
  'prime minister', 'foreign minister', 'defense secretary', 'defence secretary', 'chief inspector',
  'chief executive', 'supreme leader', 'crown prince', 'first lady',
  'president', 'minister', 'secretary', 'chancellor', 'premier', 'senator', 'sen', 'representative',
  'rep', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'ambassador', 'envoy',
  'commissioner', 'inspector', 'detective', 'judge', 'justice', 'general', 'gen', 'colonel', 'col',
  'lieutenant', 'lt', 'captain', 'capt', 'major', 'maj', 'sergeant', 'sgt', 'admiral', 'adm',
  'king', 'queen', 'prince', 'princess', 'pope', 'sheikh', 'emir', 'sultan', 'ayatollah',
  'sir', 'dame', 'lord', 'lady', 'professor', 'prof', 'doctor', 'dr', 'reverend', 'rev', 'father',
  'mr', 'mrs', 'ms', 'miss', 'mx', 'ceo',
].sort((a, b) => b.length - a.length);

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LEADING_TITLE = new RegExp(`^(?:${TITLES.map(escape).join('|')})\\.?\\s+(?=\\S)`, 'u');
const LEADING_THE = /^the\s+(?=\S)/u;
const OUTER_PUNCTUATION = /^[\p{P}\s]+|[\p{P}\s]+$/gu;
const TRAILING_POSSESSIVE = /(?<=\S)'s$/u;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u2035`\u00B4]/gu;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u2036\u00AB\u00BB]/gu;

/**
 * The form names and quotation texts are compared in: Unicode NFKC, curly quotes straight, runs of
 * white space one space (a quotation over two paragraphs is labelled with one space), outer
 * punctuation, a trailing possessive and a leading title or "the" removed, case folded.
 * @param {string | null | undefined} text
 * @returns {string}
 */
export function normalise(text) {
  if (typeof text !== 'string') return '';
  let form = text
    .normalize('NFKC')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(/\s+/gu, ' ')
    .toLowerCase();
  for (let previous = ''; previous !== form; ) {
    previous = form;
    form = form
      .replace(OUTER_PUNCTUATION, '')
      .replace(TRAILING_POSSESSIVE, '')
      .replace(LEADING_THE, '')
      .replace(LEADING_TITLE, '');
  }
  return form;
}

/** The normalised forms an entity is known by: its name and every alias. */
const formsOf = (entity) => new Set([entity.name, ...(entity.aliases ?? [])].map(normalise).filter(Boolean));

const emptyCounts = () => ({ tp: 0, fp: 0, fn: 0, wrong: [], missed: [] });

/**
 * Scores one page.
 * @param {object} label a label file's content (people, places, organizations, quotes, optional, optional_quotes)
 * @param {{entities: Array<{type: string, name: string, aliases?: string[]}>, quotes: Array<{text: string, speaker?: string | null}>}} reported
 *   what a system reported; a quotation whose `speaker` is `undefined` comes from a system that names
 *   no speakers, and its speaker is never right
 */
export function scorePage(label, reported) {
  const optional = new Set((label.optional ?? []).map(normalise));
  const entities = {};
  for (const [key, type] of Object.entries(ENTITY_KEYS)) {
    entities[type] = scoreEntities(label[key] ?? [], type, reported.entities ?? [], optional);
  }
  return { entities, quotes: scoreQuotes(label, reported.quotes ?? []) };
}

function scoreEntities(labelled, type, reported, optional) {
  const counts = emptyCounts();
  const targets = labelled.map((entity) => ({ entity, forms: formsOf(entity), matched: false }));
  for (const entity of reported) {
    if (entity.type !== type) continue;
    const forms = formsOf(entity);
    const candidates = targets.filter((target) => [...forms].some((form) => target.forms.has(form)));
    const free = candidates.find((target) => !target.matched);
    if (free) {
      free.matched = true;
      counts.tp++;
    } else if (candidates.length > 0) {
      counts.fp++;
      counts.wrong.push(`${entity.name} (duplicate)`);
    } else if (![...forms].some((form) => optional.has(form))) {
      counts.fp++;
      counts.wrong.push(entity.name);
    }
  }
  for (const target of targets) {
    if (target.matched) continue;
    counts.fn++;
    counts.missed.push(target.entity.name);
  }
  return counts;
}

function scoreQuotes(label, reported) {
  const counts = { ...emptyCounts(), speakerRight: 0, wrongSpeaker: [] };
  const entities = Object.keys(ENTITY_KEYS).flatMap((key) => label[key] ?? []);
  const speakerForms = (speaker) => {
    const entity = entities.find((candidate) => candidate.name === speaker);
    return entity ? formsOf(entity) : new Set([normalise(speaker)]);
  };
  const targets = (label.quotes ?? []).map((quote) => ({ quote, key: normalise(quote.text), matched: false }));
  const optional = (label.optional_quotes ?? []).map((quote) => normalise(quote.text));
  for (const quote of reported) {
    const key = normalise(quote.text);
    const target = targets.find((candidate) => !candidate.matched && candidate.key === key);
    if (target) {
      target.matched = true;
      counts.tp++;
      if (speakerIsRight(target.quote.speaker, quote.speaker, speakerForms)) counts.speakerRight++;
      else counts.wrongSpeaker.push(`${shorten(quote.text)}: ${quote.speaker ?? 'null'} (labelled ${target.quote.speaker ?? 'null'})`);
    } else if (!optional.includes(key)) {
      counts.fp++;
      counts.wrong.push(shorten(quote.text));
    }
  }
  for (const target of targets) {
    if (target.matched) continue;
    counts.fn++;
    counts.missed.push(shorten(target.quote.text));
  }
  return counts;
}

function speakerIsRight(labelled, reported, speakerForms) {
  if (reported === undefined) return false;
  if (labelled === null) return reported === null;
  return typeof reported === 'string' && speakerForms(labelled).has(normalise(reported));
}

const shorten = (text) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/**
 * Precision, recall and F1 of summed counts; `null` where a figure has nothing to measure (nothing
 * reported for precision, nothing labelled for recall, neither for F1).
 * @param {{tp: number, fp: number, fn: number}} counts
 */
export function rates({ tp, fp, fn }) {
  return {
    precision: tp + fp > 0 ? tp / (tp + fp) : null,
    recall: tp + fn > 0 ? tp / (tp + fn) : null,
    f1: tp + fp + fn > 0 ? (2 * tp) / (2 * tp + fp + fn) : null,
  };
}

/**
 * Micro-averaged totals of page scores: counts summed per entity type and for quotations, then
 * precision, recall, F1, and the share of found quotations whose speaker is right.
 * @param {Array<ReturnType<typeof scorePage>>} pages
 */
export function totals(pages) {
  const sum = (list) => list.reduce((acc, c) => ({ tp: acc.tp + c.tp, fp: acc.fp + c.fp, fn: acc.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  const entities = {};
  for (const type of ENTITY_TYPES) {
    const counts = sum(pages.map((page) => page.entities[type]));
    entities[type] = { ...counts, ...rates(counts) };
  }
  const all = sum(ENTITY_TYPES.map((type) => entities[type]));
  const quoteCounts = sum(pages.map((page) => page.quotes));
  const speakerRight = pages.reduce((n, page) => n + page.quotes.speakerRight, 0);
  return {
    entities,
    allEntities: { ...all, ...rates(all) },
    quotes: { ...quoteCounts, ...rates(quoteCounts), speakerRight, speakerAccuracy: quoteCounts.tp > 0 ? speakerRight / quoteCounts.tp : null },
  };
}
