import { MEDIUM, STRONG } from './evidence';
import type { MentionGroup } from './group-mentions';
import { isGivenName } from './office-holder';
import { LEXICON } from './lexicon';

const fullestWords = (group: MentionGroup): readonly string[] =>
  group.mentions.reduce((best, mention) => (mention.words.length > best.length ? mention.words : best), [] as readonly string[]);

/**
 * Names the story types as people on little evidence, whose first word opens a body's name of the
 * story: "Tyvo would leverage …" after "Tyvo Orbital Systems", "Brellin K Cells had …" beside "Brellin
 * Group". A first word no given-name list holds, shared with a body, is that body's family: the name
 * is a body too. Runs on typed groups; the short-name rules then join a single word to its body.
 */
export function typeBodyFamilies(groups: readonly MentionGroup[]): void {
  const bodyHeads = new Set<string>();
  for (const group of groups) {
    if (group.type !== 'organization' || group.mentions.length === 0) continue;
    const words = fullestWords(group);
    // "Brellin Group", "Tyvo Orbital Systems": a name of two words or more that ends in a head word.
    if (words.length > 1 && LEXICON.orgCues.has(words.at(-1) ?? '') && !isGivenName(words[0] ?? '')) bodyHeads.add(words[0] as string);
  }
  if (bodyHeads.size === 0) return;
  for (const group of groups) {
    if (group.type !== 'person' || group.known !== null || group.mentions.length === 0) continue;
    const words = fullestWords(group);
    const head = words[0] ?? '';
    // A title or a role beside the name (strong evidence at each mention) still says person.
    const limit = words.length === 1 ? MEDIUM : STRONG * group.mentions.length;
    if (!bodyHeads.has(head) || isGivenName(head) || group.evidence.person >= limit) continue;
    if (group.mentions.some((mention) => mention.words[0] !== head)) continue;
    group.type = 'organization';
  }
}

/**
 * "the carrier Brellair Airline … Brellair had": a body the gazetteer knows by one word, and the
 * story's longer name of it, that word and head words only, are one body; the gazetteer's key keeps
 * the short form apart from the rules that join short names to long ones.
 */
export function joinKnownShortForms(groups: readonly MentionGroup[]): void {
  const known = new Map<string, MentionGroup>();
  for (const group of groups) {
    const words = fullestWords(group);
    if (group.type === 'organization' && group.known !== null && !group.known.city && words.length === 1) known.set(words[0] as string, group);
  }
  if (known.size === 0) return;
  for (const group of groups) {
    if (group.type !== 'organization' || group.known !== null || group.mentions.length === 0) continue;
    const words = fullestWords(group);
    const short = known.get(words[0] ?? '');
    if (!short || short.mentions.length === 0 || words.length < 2 || !words.slice(1).every((word) => LEXICON.orgCues.has(word))) continue;
    group.mentions.push(...short.mentions);
    group.evidence.organization += short.evidence.organization;
    // The headline rules find the body by the gazetteer's entry.
    group.known = short.known;
    short.mentions = [];
  }
}
