/**
 * "the Republican presidential candidate said": a role qualified by a capitalised word (a party, a
 * state, a body) is an epithet news uses for someone it has named: the one it named with the same
 * qualifier, else the nearest fitting person, unless the story gave that one another office ("Mayor
 * Ada Roe" is no candidate), when it is the person the story is about.
 */
import type { Entity } from '../entities/entity';
import { isTitle, LEXICON } from '../entities/lexicon';
import type { Token } from '../text/tokenise';
import type { Found, Mention, SpeakerContext } from './speaker-context';
import { isQuoted } from './story-lookups';

/** "Republican", "Florida": a qualifier's shape. At module level: the bundle builds a `\p{…}` pattern written inside a function again at every call. */
const CAPITAL_THEN_LOWER = /^\p{Lu}\p{Ll}/u;

/** How far before a name the qualifier of its role is read: "Republican front-runner Ada Roe". */
const QUALIFIER_REACH = 40;
/** How many times the story must have named the person it is about before an epithet stands for them. */
const MAIN_MENTIONS = 3;

/**
 * The person a role qualified by capitalised words (`words` after "the" at `the`, up to the role at
 * `last`) stands for, given the `nearest` person the role would otherwise take; `undefined` where the
 * role has no such qualifier or nothing outweighs the nearest.
 */
export function qualifiedRoleHolder(context: SpeakerContext, words: readonly Token[], the: number, last: number, nearest: Found): Entity | undefined {
  const described = words.slice(the + 1, last + 1).map((word) => word.text);
  const qualifiers = described.filter((word) => CAPITAL_THEN_LOWER.test(word));
  if (qualifiers.length === 0) return undefined;
  const at = (words[last] as Token).start;
  const counts = new Map<Entity, number>();
  let qualified: Entity | undefined;
  let otherOffice = false;
  context.mentions.forEach((mention, index) => {
    if (mention.start >= at || mention.entity.type !== 'person' || isQuoted(context, mention.start)) return;
    counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1);
    if (qualifiedBefore(context, mention, qualifiers)) qualified = mention.entity;
    if (mention.entity === nearest && isOtherOffice(context.titles[index], described)) otherOffice = true;
  });
  if (qualified) return qualified;
  if (!otherOffice) return undefined;
  const [top, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return top && top[0] !== nearest && top[1] >= MAIN_MENTIONS && (!second || second[1] < top[1]) ? top[0] : undefined;
}

/**
 * Whether one of the qualifiers, as a whole word, stands before the mention with at most a role and a
 * title between ("Republican candidate Ada Roe", "Florida Sen. Ada Roe"), not a clause ("a Lincoln
 * impersonator who says Roe …").
 */
function qualifiedBefore(context: SpeakerContext, mention: Mention, qualifiers: readonly string[]): boolean {
  const before = context.text.slice(Math.max(0, mention.start - QUALIFIER_REACH), mention.start);
  return qualifiers.some((word) => new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s+[\\p{L}.-]+){0,2}\\s+$`, 'u').test(before));
}

/** Whether a title before a name is an office none of the description's words is ("Mayor" for "the Republican candidate"). */
function isOtherOffice(title: string | undefined, described: readonly string[]): boolean {
  if (!title || !isTitle(title)) return false;
  const office = title.toLowerCase();
  // "Mr.", "Mrs": a courtesy title holds no office.
  if (LEXICON.femaleRoles.has(office) || LEXICON.maleRoles.has(office)) return false;
  return !described.some((word) => {
    const lower = word.toLowerCase();
    return lower === office || (office.length >= 3 && lower.startsWith(office));
  });
}
