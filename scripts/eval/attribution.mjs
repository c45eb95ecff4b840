// Scores speakers against an attribution corpus in brat standoff (PolNeAR, Newell et al., LREC 2018:
// https://github.com/networkdynamics/PolNeAR), where every attribution has a Source span (who), a Cue
// (the verb) and a Content span (what). Its direct quotations, the Contents that open with a quotation
// mark, are what ANNOTATION.md calls quotations, and their Source spans say who spoke, as written:
// "Mr. Ames", "Ana Ruiz, a spokeswoman for the mayor", "he", "the spokesman".
//
// The corpus links no pronoun or description to a name, so only sources that carry a name are judged:
// our speaker is right when its name or one of its aliases stands in the source's name part (what comes
// before an apposition's comma or an "of"), or holds that part whole. Sources that are a pronoun or a
// description are counted apart, with the share given some speaker, and listed for reading.

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'who', 'which', 'his', 'her', 'their', 'its', 'our', 'my', 'him', 'them', 'you']);
/** Quotation marks a direct quotation opens with; archive copies write a double mark as two apostrophes. */
const OPENING_MARK = /^(?:["“„«]|'')/u;

/**
 * The direct quotations of one annotated article: each attribution event (`E` line) whose Content
 * opens with a quotation mark, with the Content's first segment and the Source's text (`null` for an
 * attribution without a source).
 * @param {string} ann the `.ann` file
 * @returns {Array<{start: number, content: string, source: string | null}>} in text order
 */
export function readDirectQuotes(ann) {
  const spans = new Map();
  const events = [];
  for (const line of ann.split('\n')) {
    const fields = line.split('\t');
    if (fields.length < 2) continue;
    const [id, body, text = ''] = fields;
    if (id.startsWith('T')) {
      const match = /^(\S+) (\d+) (\d+)/.exec(body);
      if (match) spans.set(id, { type: match[1], start: Number(match[2]), firstLength: Number(match[3]) - Number(match[2]), text });
    } else if (id.startsWith('E')) {
      const roles = Object.fromEntries(body.split(' ').map((part) => part.split(':')));
      events.push(roles);
    }
  }
  const quotes = [];
  for (const roles of events) {
    const content = spans.get(roles.Content);
    if (!content || !OPENING_MARK.test(content.text)) continue;
    const source = roles.Source ? (spans.get(roles.Source)?.text ?? null) : null;
    quotes.push({ start: content.start, content: content.text.slice(0, content.firstLength), source });
  }
  return quotes.sort((a, b) => a.start - b.start);
}

/** A source's name part: before an apposition's comma, an "of", "from", "at", "for", "who" or "with"; "the" and a possessive off. */
export function namePart(source) {
  return source
    .split(/,| of | from | at | for | who | with /u)[0]
    .replace(/['’]s$/u, '')
    .replace(/^(?:the|a|an)\s+/iu, '')
    .trim();
}

/**
 * What a source is: `named` ("Ana Ruiz", "Ms. Ruiz", "Ruiz", "former mayor Ana Ruiz"), `pronoun`,
 * `description` ("the spokesman", "the Florida senator") or `none`.
 * @param {string | null} source
 */
export function sourceKind(source) {
  if (source === null) return 'none';
  const trimmed = source.trim();
  if (PRONOUNS.has(trimmed.toLowerCase())) return 'pronoun';
  const part = namePart(trimmed);
  if (/\p{Lu}[\p{L}.'’-]*\s+\p{Lu}/u.test(part) || /\b(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov)\.?\s+\p{Lu}/u.test(part)) return 'named';
  const words = part.split(/\s+/u);
  return /^\p{Lu}/u.test(words[words.length - 1] ?? '') ? 'named' : 'description';
}

/**
 * Whether a reported speaker is the named source.
 * @param {string} source a `named` source
 * @param {string | null} speaker the report's speaker (an entity's canonical name)
 * @param {ReadonlyArray<{name: string, aliases: string[]}>} entities the report's entities
 */
export function isNamedSource(source, speaker, entities) {
  if (speaker === null) return false;
  const part = namePart(source);
  const entity = entities.find((candidate) => candidate.name === speaker);
  const forms = entity ? [entity.name, ...entity.aliases] : [speaker];
  return forms.some((form) => form.length >= 3 && (part.includes(form) || (part.length >= 4 && form.includes(part))));
}

/** Words of a quotation compared loosely: marks and punctuation out, case folded. */
const looseWords = (text) => text.replace(/[“”"‘’'`]/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase();

/**
 * The reported quotation that is the annotated one: the same opening words (the corpus's Content may
 * run on past the closing mark, and a quotation broken by its attribution is two of ours).
 * @template {{text: string}} Q
 * @param {string} content
 * @param {readonly Q[]} reported
 * @returns {Q | undefined}
 */
export function findReported(content, reported) {
  const key = looseWords(content);
  const probe = key.slice(0, 40);
  return reported.find((quote) => {
    const ours = looseWords(quote.text);
    if (ours.length === 0) return false;
    return ours.startsWith(probe) || probe.startsWith(ours.slice(0, 40)) || (ours.length >= 12 && key.includes(ours));
  });
}
