import type { Token } from '../text/tokenise';
import { MEDIUM, STRONG } from './evidence';
import { isGivenName } from './office-holder';

/**
 * Nouns for what a business makes or sells, heading an apposition after its name: "Brellin, a global
 * solutions provider focused on …". No person is introduced so ("producer" only with a word of a
 * firm's reach before it: "a film producer" is a person's).
 */
const BUSINESS_NOUNS: ReadonlySet<string> = new Set(['provider', 'manufacturer', 'maker', 'supplier', 'distributor', 'vendor', 'retailer', 'wholesaler', 'conglomerate', 'multinational', 'automaker', 'carmaker', 'chipmaker', 'drugmaker', 'carrier', 'lender', 'insurer']);
/**
 * Nouns for a body of any kind, heading an apposition after its name and nothing else: "at Pendrel,
 * a software company based in Ohio", "Rising Tide, a charity,". Not "group", which heads a group of
 * islands as often as a rights group.
 */
const BODY_NOUNS: ReadonlySet<string> = new Set(['company', 'firm', 'startup', 'consultancy', 'charity', 'nonprofit', 'non-profit', 'brand', 'chain', 'bank', 'agency', 'broadcaster', 'publisher', 'studio', 'regulator', 'watchdog', 'subsidiary', 'unit', 'division', 'affiliate', 'outlet', 'magazine', 'tabloid', 'newspaper']);
const REACH_WORDS: ReadonlySet<string> = new Set(['global', 'international', 'worldwide', 'multinational', "world's", 'world’s', 'largest', 'biggest']);
/** ", a global solutions provider", ", the world’s largest producer": the apposition's first words, before any comma. */
const APPOSITION = /^, (?:a|an|the) ([^,;.:()“”"]{1,50})/u;
/** The apposition's head noun comes before what qualifies it: "provider | of", "maker | based in". */
const HEAD_ENDS = /^(?:of|for|in|on|at|with|that|which|who|based|focused|headquartered|specializing|specialising|known|and|or)$/;

/** Company forms written after a comma: "Brellin, Inc.", "Tyvo, LLC". */
const FORM_AFTER_COMMA = /^, (?:Inc|Ltd|LLC|LLP|Corp|plc|PLC|GmbH|AG|S\.A|N\.V)\b/;

/**
 * "Brellin, a global solutions provider focused on …", "Tyvo, a global producer of …", "Kelp, Inc.":
 * how much evidence of a company the words after a name give. `words` are the name's, `end` where
 * it ends in `text`. A person's full name ("Ana Roe, a maker of …") is left alone.
 */
export function companyApposition(text: string, words: readonly string[], end: number): number {
  if (text.charCodeAt(end) !== 44) return 0;
  const after = text.slice(end, end + 60);
  if (FORM_AFTER_COMMA.test(after)) return STRONG;
  if (isGivenName(words[0] ?? '') && words.length > 1) return 0;
  const apposition = APPOSITION.exec(after)?.[1];
  if (!apposition) return 0;
  const head: string[] = [];
  for (const word of apposition.split(' ').slice(0, 5)) {
    if (HEAD_ENDS.test(word)) break;
    head.push(word);
  }
  const noun = head.at(-1) ?? '';
  if (BUSINESS_NOUNS.has(noun) || BODY_NOUNS.has(noun)) return STRONG;
  return noun === 'producer' && head.some((word) => REACH_WORDS.has(word)) ? STRONG : 0;
}

/** Nouns for a news outlet before its name, besides "newspaper", "outlet" and the like: "the publication DigiWire". */
const OUTLET_NOUNS: ReadonlySet<string> = new Set(['publication', 'tabloid', 'newsletter', 'blog', 'site', 'portal', 'podcast']);

/**
 * "Taiwanese publication Brellwire", "the tech site Kelpnews": a noun for an outlet just before the
 * name at `first`, one space between. How much evidence of a body that gives.
 */
export function outletNounBefore(text: string, tokens: readonly Token[], first: number): number {
  const noun = tokens[first - 1];
  const name = tokens[first] as Token;
  return noun && OUTLET_NOUNS.has(noun.text) && text.slice(noun.end, name.start) === ' ' ? MEDIUM : 0;
}

/** What a body publishes or keeps, before "from" and its name: "data from Brellin", "figures from Kelp". */
const DATA_NOUNS: ReadonlySet<string> = new Set(['data', 'figures', 'statistics', 'estimates', 'research', 'analysis', 'numbers', 'polling']);

/**
 * "according to data from Brellin": the source of data is a body that gathers it, not the place
 * "from" would otherwise name. How much evidence of a body that gives for the name at `first`.
 */
export function dataSourceBefore(tokens: readonly Token[], first: number): number {
  const [from, noun] = [tokens[first - 1], tokens[first - 2]];
  return from?.text === 'from' && noun && DATA_NOUNS.has(noun.text) ? MEDIUM : 0;
}

/**
 * What a business runs, before its name only ("the streaming service Vireo", "the ride-hailing app
 * Quillon"): after a name they are its product's ("the Vireo Pro service").
 */
const SERVICE_NOUNS: ReadonlySet<string> = new Set(['service', 'app', 'platform']);
/** "vehicle-maker", "toy-maker", "maker": what a maker makes, joined to it, or the maker alone. */
const MAKER = /^(?:[a-z]+-?)?maker$/;

/**
 * "the Turkish-based carrier Brellair", "the recreational vehicle-maker Tyvo", and in apposition "the
 * game’s maker, Pixelhaven,": a noun for a business just before the name at `first`, one space or a
 * comma between. How much evidence of a body that gives.
 */
export function businessNounBefore(text: string, tokens: readonly Token[], first: number): number {
  const noun = tokens[first - 1];
  if (!noun) return 0;
  const gap = text.slice(noun.end, (tokens[first] as Token).start);
  if (SERVICE_NOUNS.has(noun.text)) return gap === ' ' ? MEDIUM : 0;
  if (!BUSINESS_NOUNS.has(noun.text) && !MAKER.test(noun.text)) return 0;
  return gap === ' ' ? MEDIUM : gap === ', ' ? STRONG : 0;
}
