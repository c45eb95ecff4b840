import type { Token } from '../text/tokenise';
import { hasHyphen, isAllCaps, isCapitalised } from '../text/tokenise';
import type { Candidate } from './candidate';
import type { Evidence } from './evidence';
import { MEDIUM, NAMED_EVIDENCE, STRONG, WEAK, noEvidence } from './evidence';
import type { NameRun } from './find-name-runs';
import { COMPANY_FORMS, compoundName, isPossessive, nameEnd } from './find-name-runs';
import { givenNameGender, isCapital, isDemonym, lookupName } from './gazetteer';
import { isCalendarWord, isTitle, LEXICON } from './lexicon';
import { companyBefore, companyVerbAfter, firmBeforeRole, outletTold, SHARED_LOCATIVES, tickerAfterPossessive } from './company-context';
import { gluedOpener, inEventName, isFairName, isNoName, isOpeningAdverb, isShoutedWord } from './not-a-name';
import { headsBody, isGivenName, officeWords } from './office-holder';
import { placeAround, townOfBody } from './place-context';
import { personByShape } from './player-context';
import { businessNounBefore, companyApposition, dataSourceBefore, outletNounBefore } from './company-apposition';
import { bodyAfterApposedTitle, isChamber, isPlacesOffice } from './office-body';
import { clubByItsCue, isDirectionalSchool, manyAfterThe, schoolByDirection, isStateSchoolTeam, isTeamName, pluralAfterThe, WHO_PLURAL } from './teams';
import { givenNameThenWord, surnameAfterTitle } from './word-surnames';
import { bodyBeforeOffice, isHyphenatedOffice, qualifiersAtEnd } from './office-in-body-name';
import { scoreLineSide } from './score-lines';
import { personAfterRelation, personAsRoleExample } from './person-apposition';
import { subjectOfReportedClause } from './reported-clause';
import { schoolAround } from './school-context';
import { outletAround } from './outlet-context';
import { isArmedService } from './military-services';
import { bodyOfPlace } from './body-of-place';

/** Where a run sits: its sentence's tokens and whether the sentence starts at `tokens[0]`. */
export interface RunContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** the offset where the sentence starts */
  readonly sentenceStart: number;
}

/** A colon and an opening quotation mark straight after a name. */
const TRANSCRIPT_LINE = /^:\s?[“"]/;
const AGE = /^,\s*\d{1,3},/;
// "(ISIS)", "(U.N.)", and brand-like acronyms with two capitals or more ("(KenGen)", "(FinCEN)").
const ACRONYM = /^\s*\((\p{Lu}(?:[\p{Lu}\p{N}&.-]{1,9}|(?=[\p{L}\p{N}]*\p{Lu})[\p{L}\p{N}]{2,9}))\)/u;
/** Prepositions of place before a name: "in Tregwyn", "between Porthwen and Cork". */
const LOCATIVES: ReadonlySet<string> = new Set(['in', 'near', 'from', 'to', 'at', 'across', 'outside', 'into', 'throughout', 'around', 'toward', 'towards', 'inside', 'via', 'between']);
/** "The company that runs the awards, ": a body's noun and a relative clause opening the sentence, then its name. */
const BODY_DESCRIBED = /^(?:the|a|an)\s+([a-z]+)\s+(?:that|which|whose|behind)\s[^,;“”"]{1,70},\s$/i;
/** Words after which an apposition names what its noun is of or where: "the commander of …", "a town near …". */
const APPOSITION_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'in', 'on', 'near', 'from', 'with']);
const ORG_NOUNS = new Set(['brokerage', 'studio', 'publisher', 'fund', 'giant', 'firm', 'party', 'group', 'movement', 'militia', 'faction', 'company', 'firm', 'agency', 'ministry', 'organization', 'organisation', 'network', 'newspaper', 'channel', 'brand', 'chain', 'retailer', 'bank', 'insurer', 'airline', 'startup', 'union', 'council', 'committee', 'coalition', 'alliance', 'brigade', 'tribe', 'iwi', 'club', 'team']);
/** Roles a company plays as often as a person, for a work or a brand: "Minecraft developer X". */
const MAKER_ROLES: ReadonlySet<string> = new Set(['developer', 'publisher', 'producer', 'owner', 'operator', 'distributor']);
/** What a leader's name qualifies: "the Tolvek regime", "the Obama administration". */
const RULE_NOUNS = new Set(['regime', 'administration']);
/**
 * "that Tarrant was right", "Tarrant's theory": a thinker judged right or wrong, or owning a theory,
 * is a person; said of one word that no list knows, most often a famous surname alone.
 */
const THINKER_AFTER = /^(?: (?:was|were) (?:right|wrong|mistaken)\b|[’']s (?:theory|theories|hypothesis|ideas|teachings|writings)\b)/;
const thinkerAfter = (words: readonly string[], known: boolean, text: string, end: number): number =>
  words.length === 1 && !known && THINKER_AFTER.test(text.slice(end, end + 24)) ? MEDIUM : 0;
/** A team's staff and positions, after its name: "Marlins coach Ana Roe", "Harwick captain Tom Bell". */
const TEAM_ROLES = new Set(['coach', 'captain', 'manager', 'goalie', 'goaltender', 'goalkeeper', 'defenseman', 'defenceman', 'striker', 'midfielder', 'winger', 'quarterback', 'pitcher']);
/** Fighters whose name, given after "known as", is their group's: "rebels known as Jaysh al Nadir". */
const FIGHTERS = new Set(['forces', 'rebels', 'fighters', 'militants', 'insurgents']);
/** Nouns naming a publication before its name: "the journal Nature". */
export const PUBLICATIONS: ReadonlySet<string> = new Set(['journal', 'magazine', 'newspaper', 'tabloid', 'broadsheet', 'website', 'outlet', 'broadcaster', 'daily', 'weekly']);
const MEMBERS = new Set(['members', 'member', 'supporters', 'leaders', 'officials', 'lawmakers', 'legislators', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'ministers', 'fighters', 'militants', 'activists', 'employees', 'executives', 'staff', 'loyalists', 'candidates']);
/**
 * Lower-case words for the famous before their name, after what they are famous for ("Chile star
 * Zorvan", "tennis great Rod Laver"): a person's; not "the star Vega". Not role nouns, as capitalised
 * they open other names ("Star Wars", "Great Lakes").
 */
const FAME_NOUNS = new Set(['star', 'superstar', 'legend', 'great']);
/** A company's people, who come "from" it as others come from a place: "executives from Voltra". */
const STAFF = new Set(['executives', 'executive', 'engineers', 'analysts', 'representatives', 'employees', 'lawyers']);
/** Verbs that name a thing as often as they call a person: "a vaccine called Corvax", "a game dubbed …". */
const NAMING_VERBS = new Set(['called', 'dubbed']);
/**
 * "The vaccine, called Corvax Plus,", "a drug called Corvax": a thing named, not a person called on
 * the phone. `verb` is the token before the name.
 */
function namedBy(verb: Token, before: Token | undefined, article: Token | undefined): boolean {
  if (!NAMING_VERBS.has(verb.text) || !before) return false;
  if (before.end < verb.start - 1) return true;
  return LOWER_NOUN.test(before.text) && article !== undefined && ['a', 'an', 'the'].includes(article.text.toLowerCase());
}
/** Who speaks for a person or a body: "a spokesman for …". */
const SPOKESPERSONS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative', 'spokespeople', 'representatives']);
const LISTENER_VERBS = new Set(['told', 'tells', 'tell', 'telling', 'asked', 'asks', 'urged', 'warned']);
const COMPANY_AFTER = new Set(['CEO', 'users', 'customers', 'shares', 'stock', 'shareholders', 'investors', 'subscribers', 'executives', 'employees', 'founder', 'co-founder', 'headquarters', 'app', 'platform', 'chief', 'chairman', 'board', 'stores', 'brand', 'products']);
/** What a company's possessive owns, besides `COMPANY_AFTER`: "Brellin’s revenue", "Tyvo’s stake in …". */
const COMPANY_POSSESSIONS = new Set(['revenue', 'revenues', 'sales', 'profit', 'profits', 'earnings', 'stake', 'subsidiary', 'subsidiaries', 'valuation']);
/** The apostrophe of a plural's possessive, then a space: "Partners’ shares". */
const PLURAL_POSSESSIVE = /^['’] $/;
/** A surname and a reporting verb run together where a link lost its space: "Roewrites", "Bellreports". */
const GLUED_VERB = /^(\p{Lu}\p{Ll}{2,})(?:reports|reported|writes|wrote|says|said|notes|noted|explains|argues)$/u;
/** A model's or a unit's number after a name: "4 Pro", "1080 GPU", "24,"; not a score ("6-4") nor an amount ("4.5"). */
const MODEL_NUMBER = /^ \d+[A-Za-z]?(?![\d.,:/-]\d|[-–%])/;
/** A partnership in business, before "with": "partnered with Ostrel", "a partnership with Ostrel". */
const PARTNERED: ReadonlySet<string> = new Set(['partnered', 'partnering', 'partners', 'partnership', 'teamed']);
const ACQUIRED = new Set(['acquired', 'acquire', 'acquiring', 'bought', 'buy', 'buying', 'acquisition', 'acquisitions', 'purchase', 'purchased', 'shares', 'invested']);
/** Lower-case words that end a relative clause's antecedent: "X, who …" is a person, "X, which …" is not. */
const WHO = /^, who(?:se)?\s/;
const WHICH = /^, which\s/;
/** "said it", "said that it", "said on Tuesday it", "said in a statement that it". */
/** Verbs whose "it" is their object, not a body speaking of itself: "as Quell put it", "Roe called it a mistake". */
const IT_AS_OBJECT = new Set(['put', 'puts', 'called', 'calls', 'call', 'described', 'describes', 'summed', 'sums', 'termed', 'terms', 'dubbed', 'branded', 'found', 'finds']);
const SAID_IT = /^\s+(?:(?:on|in|late|last|earlier)\s+(?:a\s+)?[A-Za-z]+\s+)?(?:that\s+)?it\s/;
/** ", the company said" closing a sentence: its subject restated by the noun for what it is. */
const SUBJECT_RESTATED = /,\s+the\s+([a-z]+)\s+(?:said|says|added|announced|confirmed|reported)\b/;
const WHICH_PLACE = /^, which\s+(?:lies|lay|sits|borders|bordered|is home|was home|has a population|stands|straddles|overlooks|is located|is situated)\b/;
const PLACE_NOUNS_AFTER = new Set(['province', 'region', 'county', 'district', 'river', 'valley', 'governorate', 'village', 'town', 'island', 'peninsula', 'neighborhood', 'neighbourhood', 'suburb', 'harbour', 'harbor']);
const DIRECTIONS = /^(?:north|south|east|west|northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern)$/;
// Word shapes tested for every name read. Kept here rather than written in the rules: the bundler
// writes a `\p{…}` pattern inside a function as `new RegExp(…)`, built again at every call.
/** Last words of landmarks' names, places where no body's cue says otherwise, and no surname: "Lincoln Memorial", "Victoria Station". */
const LANDMARK_HEADS: ReadonlySet<string> = new Set(['Memorial', 'Monument', 'Stadium', 'Arena', 'Cathedral', 'Station', 'Palace', 'Mosque', 'Telescope', 'Observatory']);
/** Titles of peers and of bishops, held of a place: "Duke of Sussex", "Archbishop of Corlen". */
const TITLES_OF_PLACES = new Set(['Duke', 'Duchess', 'Earl', 'Countess', 'Marquess', 'Viscount', 'Baron', 'Baroness', 'Prince', 'Princess', 'Bishop', 'Archbishop']);
/** "vaccine": a word in lower case only. */
const LOWER_NOUN = /^\p{Ll}+$/u;
/** "Economist", "Lawyer": a capital, then lower case only. */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
/** "Director", "McCain": a capital, then lower case. */
const UPPER_THEN_LOWER = /^\p{Lu}\p{Ll}/u;
/** "J", "J.": an initial. */
const INITIAL = /^\p{Lu}\.?$/u;
/** "J.J.", "A.K.": dotted initials. */
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;
/** ", Switzerland,": one to three capitalised words in apposition, as a region after a place. */
const REGION_APPOSED = /^, ((?:\p{Lu}[\p{L}.]*\s?){1,3})(?=[,.;)]|$)/u;
/** "Q", "A": one capital. */
const ONE_CAPITAL = /^\p{Lu}$/u;
/** A word whose part after its hyphen is two capitals or more. */
const HYPHENED_CAPITALS = /^\p{Lu}?\p{L}*[-‑]\p{Lu}{2,}$/u;
/** A letter, then white space only, to the end. */
const LETTER_AT_END = /\p{L}\s*$/u;
/** " of D", " and S": a name that goes on after "of" or "and". */
const GOES_ON = /^ (?:of|and) \p{Lu}/u;

/** "analyst", "Analysts": a role noun, capitalised or plural. */
const isRoleNoun = (word: string): boolean => {
  const lower = word.toLowerCase();
  return LEXICON.roleNouns.has(lower) || (lower.endsWith('s') && LEXICON.roleNouns.has(lower.slice(0, -1)));
};
const gapAt = (text: string, from: number, to: number): string => text.slice(from, to);
/** "ATMs", "CEOs": an acronym's plural, its singular captured. */
const ACRONYM_PLURAL = /^([A-Z]{2,})s$/;
/** "Economist", "Lawyer": a role noun capitalised before a name is a title there. */
/** Post-nominal letters of British and Commonwealth usage: silk, Parliament, honours. */
const POST_NOMINALS = new Set(['KC', 'QC', 'MP', 'MSP', 'MEP', 'OBE', 'MBE', 'CBE']);
/** "AI", "PR": acronyms that end companies' names ("Vexa AI"), though common nouns alone. */
const COMPANY_NAME_ACRONYMS: ReadonlySet<string> = new Set(['AI', 'PR']);
/** "II", "XIV": a roman numeral, which ends kings' and ships' names ("Scillonian III"). */
const ROMAN_NUMERAL = /^[IVXLC]+$/;
/** Whether the last word is a common noun written in capitals ("GPU", "RAM", "TV") that closes no company's, king's or ship's name. */
const nounAcronymAtEnd = (words: readonly string[]): boolean => {
  const word = words.at(-1) ?? '';
  return isAllCaps(word) && LEXICON.nonEntityAcronyms.has(word) && !COMPANY_NAME_ACRONYMS.has(word) && !POST_NOMINALS.has(word) && !ROMAN_NUMERAL.test(word);
};
/** "DDR3", "GDDR5": capitals and a number, a specification's code. */
const SPEC_CODE = /^\p{Lu}{2,}\d{1,2}$/u;
const isRoleTitle = (word: string): boolean => CAPITALISED_WORD.test(word) && LEXICON.roleNouns.has(word.toLowerCase());
const isTitleWord = (word: string): boolean => isTitle(word) || isRoleTitle(word) || LEXICON.titleModifiers.has(word) || isDemonym(word) || isHyphenatedTitle(word);
/** "Attorney-General", "Director-General", "Lieutenant-Colonel": a title whose parts are title words. */
function isHyphenatedTitle(word: string): boolean {
  const parts = word.split(/[-‑]/);
  return (parts.length > 1 && parts.every((part) => isTitle(part) || LEXICON.titleModifiers.has(part)) && parts.some((part) => isTitle(part))) || isHyphenatedOffice(word);
}
/** "President-elect", "Vice-Chairman": a title with a hyphen, capitalised. */
const isHyphenatedTitleWord = (word: string): boolean => UPPER_THEN_LOWER.test(word) && (word.includes('-') || word.includes('‑')) && (isTitle(word) || isHyphenatedTitle(word));
/**
 * "Chairman", "Co-founder", "CEO": a role, capitalised before an "of". Not titles of rank, which
 * open bodies' names ("Prince of Wales Hospital").
 */
const isRoleWord = (word: string): boolean => LEXICON.roleNouns.has(word) || LEXICON.roleNouns.has(word.toLowerCase());
const hasOrgCue = (words: readonly string[]): boolean =>
  words.some((word, index) => LEXICON.orgCues.has(word) && (index === words.length - 1 || ['of', 'for', 'on'].includes(words[index + 1] ?? '')));

/** Opening quote, colon or dash just before: the word starts a sentence-like stretch. */
function startsClause(context: RunContext, token: Token): boolean {
  if (token.start <= context.sentenceStart) return true;
  const before = context.text.slice(Math.max(context.sentenceStart, token.start - 3), token.start);
  return /(?:^|[“"‘':—–(\[])\s*$/.test(before) && !LETTER_AT_END.test(before);
}

/** "Ana Roe Jr.": a name's generational suffix keeps its dot, which the name's written form includes. */
const withSuffixDot = (text: string, end: number, lastWord: string): number => ((lastWord === 'Jr' || lastWord === 'Sr') && text[end] === '.' ? end + 1 : end);

/**
 * `"We waited," Tarrow said`: one word between a straight mark that closes a quotation (after a comma,
 * "?" or "!") and a verb of saying is the speaker's name, not a word opening a sentence, as it is after
 * a curly closing mark. Not a common word or a role ("Officials said").
 */
function speakerAfterQuotation(context: RunContext, first: number, last: number): boolean {
  const { text, tokens } = context;
  const token = tokens[first] as Token;
  const next = tokens[last + 1];
  if (first !== last || !next || !/[,?!]["'] $/.test(text.slice(Math.max(0, token.start - 3), token.start))) return false;
  const word = token.text.toLowerCase();
  return text.slice(token.end, next.start) === ' ' && LEXICON.speechVerbs.has(next.text) && !LEXICON.commonWords.has(word) && !isRoleNoun(word);
}

/**
 * "Ana Roe, Head of Research at Brellin, said": an apposition naming what its person heads, a role
 * that is no noun of the role list, as "head" alone is as often a body part or a verb.
 */
const headOfAfter = (text: string, end: number): number => (/^, (?:the )?[Hh]ead of /.test(text.slice(end, end + 16)) ? 1.5 : 0);

/** Whether the run at `first` follows a role and a comma: "The captain, Dean Holloway". */
function apposedToRole(context: RunContext, first: number): boolean {
  const { text, tokens } = context;
  const prev = tokens[first - 1];
  if (!prev || text.slice(prev.end, (tokens[first] as Token).start) !== ', ') return false;
  return LEXICON.roleNouns.has(prev.text) && prev.start >= context.sentenceStart;
}

/**
 * "Thunder: F Ana Roe missed", "QB Dara Quell": a sport's position written before a player's name,
 * with no dot, at a clause's start or before a given name, and two name words after it.
 */
function positionBefore(context: RunContext, first: number, last: number, initial: boolean): boolean {
  const token = context.tokens[first] as Token;
  if (last - first < 2 || !LEXICON.positionAbbreviations.has(token.text) || context.text[token.end] === '.') return false;
  return initial || isGivenName(context.tokens[first + 1]?.text ?? '');
}

/**
 * Turns a name run into a candidate mention: drops sentence-initial common words, "The", titles
 * and demonyms in front of a name, and weighs the evidence for each type from the name's words and
 * the words around it. Null where nothing of a name is left ("President", "Chilean", "However").
 */
export function readCandidate(run: NameRun, context: RunContext): Candidate | null {
  const { text, tokens } = context;
  let first = run.first;
  const last = run.last;
  const evidence = noEvidence();
  const lastToken = tokens[last] as Token;
  // "Harwick Guild Legislative | Director Pia Sandoval": an office's qualifier is no part of the body's name.
  const qualifiers = run.compound ? 0 : qualifiersAtEnd(text, tokens, run.first, run.last);
  if (qualifiers > 0) return readCandidate({ first: run.first, last: run.last - qualifiers, compound: false }, context);
  let initial = startsClause(context, tokens[first] as Token) && !speakerAfterQuotation(context, first, last);

  // The name ends before a possessive "'s", or before the "-based" of a compound.
  // "As Ana Roewrites,": or before a reporting verb glued to a person's surname by a lost space.
  const surnameOfGluedVerb = tokens.slice(first, last).some((token) => givenNameGender(token.text) !== null) ? GLUED_VERB.exec(lastToken.text)?.[1] : undefined;
  const lastWord = run.compound ? (compoundName(lastToken.text) ?? lastToken.text) : isPossessive(lastToken) ? lastToken.text.slice(0, -2) : (surnameOfGluedVerb ?? lastToken.text);
  const end = withSuffixDot(text, lastToken.start + lastWord.length, lastWord);
  const wordsOf = (from: number): string[] => [...tokens.slice(from, last).map((token) => token.text), lastWord];

  if (positionBefore(context, first, last, initial)) {
    first += 1;
    initial = false;
    evidence.person += MEDIUM;
  }
  let words = wordsOf(first);
  let known = lookupName(words.join(' '));
  // "The" belongs to few names ("The Hague", "The Times"), and to no alias of the UK.
  if (known && words[0] === 'The' && !known.key.startsWith('The ')) known = null;
  if (!known || (known.city && words[0] !== 'The')) {
    // "The", and common words that are capitalised only by starting the sentence ("Meanwhile", "In").
    while (first < last && (words[0] === 'The' || (initial && LEXICON.commonWords.has(words[0]?.toLowerCase() ?? '')))) {
      if (words[0] === 'The') evidence.organization += 0.5;
      first += 1;
      initial = false;
      // "Asked on Sky News whether …": the connector after a dropped opener goes with it.
      while (first < last && /^\p{Ll}/u.test(tokens[first]?.text ?? '')) first += 1;
      words = wordsOf(first);
    }
    if (first === last && initial && LEXICON.commonWords.has(words[0]?.toLowerCase() ?? '')) return null;
    known = lookupName(words.join(' '));
  }
  // "Founder of Brellin Robotics Inc", "Governor of the Bank of Tarvel": a role before "of" is its
  // holder's, not part of the body's name.
  const ofAt = words.indexOf('of');
  if (!known && ofAt > 0 && words.slice(0, ofAt).every(isRoleWord) && hasOrgCue(words.slice(ofAt + 1))) {
    first += ofAt + 1;
    initial = false;
    while (first < last && /^\p{Ll}/u.test(tokens[first]?.text ?? '')) first += 1;
    words = wordsOf(first);
    known = lookupName(words.join(' '));
  }
  // "Islamist Muslim Brotherhood": a demonym before a known name is not part of it.
  if (!known && words.length > 1 && isDemonym(words[0] ?? '') && !isDirectionalSchool(words)) {
    const rest = lookupName(words.slice(1).join(' '));
    if (rest && !rest.city) {
      first += 1;
      initial = false;
      words = wordsOf(first);
      known = rest;
    }
  }
  const glued = gluedOpener(words, initial, known !== null);
  if (glued > 0) {
    first += glued;
    initial = false;
    words = wordsOf(first);
    known = lookupName(words.join(' '));
  }
  // "Barents Sea", and "Gulf of Maine", "Isle of Man", "Strait of Hormuz": a place's head word first.
  const placeName = words.length > 1 && (LEXICON.placeSuffixes.has(words.at(-1) ?? '') || (words[1] === 'of' && LEXICON.placeSuffixes.has(words[0] ?? '') && !hasOrgCue(words)));
  if (!known && !hasOrgCue(words) && !placeName) {
    // Titles and demonyms before a name are not part of it: "Chilean President Ana Rojas";
    // a modifier alone ("Air Force One") is part of the name.
    let cut = first;
    let titled = false;
    let demonym = false;
    // "The captain, Dean Holloway,": after a role and its comma, a title that is also a given name is the name.
    const afterRole = apposedToRole(context, first);
    while (cut < last && isTitleWord(words[cut - first] ?? '')) {
      const word = words[cut - first] ?? '';
      if (cut === first && isDirectionalSchool(words)) break;
      if (afterRole && cut === first && isTitle(word) && givenNameGender(word) !== null) break;
      // "St. Cloud", "St Ives’s": a saint's title that also opens places' names opens a place's here.
      if (cut === first && isTitle(word) && LEXICON.placePrefixes.has(word.replace(/\./g, ''))) break;
      cut += 1;
      if (isTitle(word) || isRoleTitle(word) || isHyphenatedTitle(word)) titled = true;
      if (isDemonym(word)) demonym = true;
      // "Secretary of State Jane Smith"
      if (words[cut - first] === 'of' && cut < last && isTitleWord(words[cut + 1 - first] ?? '')) cut += 1;
    }
    let strip = titled || demonym ? cut : first;
    // "Deputy Director of Public Prosecution Ana Roe", "CEO of Brellin": what the office is of is
    // no part of its holder's name, and where no holder follows, it is the name.
    if (titled && words[cut - first] === 'of' && cut < last) {
      const rest = words.slice(cut - first + 1);
      const office = officeWords(rest);
      const holder = office < rest.length;
      strip = cut + 1 + (holder ? office : rest[0] === 'the' ? 1 : 0);
      if (!holder) {
        titled = false;
        if (headsBody(words[cut - first - 1] ?? '')) evidence.organization += WEAK;
        // "the Duke of Sussex", "the Bishop of Corlen": a peer's or a see's title is of a place.
        else if (TITLES_OF_PLACES.has(words[cut - first - 1] ?? '')) evidence.place += MEDIUM;
      }
    }
    if (strip > first) {
      if (titled) evidence.person += STRONG;
      // The title is the person's before, and the name after it the body they head.
      if (titled && bodyAfterApposedTitle(text, tokens, first, strip)) {
        evidence.person -= STRONG;
        evidence.organization += STRONG;
      }
      first = strip;
      initial = false;
      words = wordsOf(first);
      known = lookupName(words.join(' '));
    }
    // "should the House vote": a chamber, where "House" is otherwise a title's word.
    const chamber = isChamber(text, tokens, first, last);
    if (chamber) evidence.organization += MEDIUM;
    if (words.every(isTitleWord) && !chamber && !surnameAfterTitle(words, titled)) return null;
  }
  // "a Virginia Democrat", "an Oklahoma Republican": the place, not the party member.
  if (words.length > 1 && isDemonym(words.at(-1) ?? '') && !hasOrgCue(words) && !givenNameThenWord(words)) {
    const place = lookupName(words.slice(0, -1).join(' '));
    if (!place || place.type !== 'place' || isDemonym(words.join(' '))) return null;
    return readCandidate({ first, last: last - 1, compound: false }, context);
  }
  // "Tobias Wren KC", "Ana Roe MP": letters after a name are a rank or an office, not part of it.
  if (words.length > 2 && POST_NOMINALS.has(words.at(-1) ?? '') && !hasOrgCue(words)) return readCandidate({ first: run.first, last: last - 1, compound: false }, context);
  // "an AMD Polaris GPU", "the Vexa TV": a name before a common noun written in capitals qualifies
  // it, and the noun is no part of the name; "16GB DDR3 RAM": nor is a specification's code before it.
  if (words.length > 1 && nounAcronymAtEnd(words) && !hasOrgCue(words)) {
    if (words.length === 2 && SPEC_CODE.test(words[0] ?? '')) return null;
    return readCandidate({ first: run.first, last: last - 1, compound: false }, context);
  }
  // "the Vexa 4 Pro", "a Zentra GTX 1080 card", "Building 24": a name before a model's or a unit's
  // number is a product's or a facility's, and its maker alone a name ("Zentra"); a known name keeps
  // its own ("Boeing 737"), a person's ("Ana Roe 2") and a side of a score line ("Comets 4, Harriers 1:").
  const modelNumber = !known && MODEL_NUMBER.test(text.slice(end, end + 12)) && (words.length === 1 || givenNameGender(words[0] ?? '') === null);
  if (modelNumber && scoreLineSide(words, text, (tokens[first] as Token).start, end, context.sentenceStart) === 0) {
    return words.length > 1 ? readCandidate({ first: run.first, last: last - 1, compound: false }, context) : null;
  }
  if ((isDemonym(words.join(' ')) && !surnameAfterTitle(words, first > run.first && isTitle(tokens[first - 1]?.text ?? ''))) || LEXICON.eventNames.has(words.join(' '))) return null;
  // "Ana Roe, Head of Research at Brellin": an office, not a body.
  if (words[0] === 'Head' && words[1] === 'of' && !known) return null;
  // "Storm Orla", "Hurricane Wanda": a storm's name, not a person's, though "Storm" is a given name too;
  // not "Storm Lake", a town, nor a body's name.
  // "Winter Storm Ulla", "Tropical Storm Ana": or a storm word after the kind of storm.
  // "Future Mobility Summit", "Harbor Jazz Festival": an event's name, by its last word.
  const stormName = words.slice(0, 2).some((word, at) => at < words.length - 1 && LEXICON.stormWords.has(word)) && !LEXICON.placeSuffixes.has(words.at(-1) ?? '');
  const eventName = LEXICON.eventHeads.has(words.at(-1) ?? '') && !known;
  if (words.length > 1 && (stormName || eventName) && !hasOrgCue(words)) return null;
  // "Police", "Army", "Island" alone are common nouns, whatever their capital.
  // Not where it is an outlet’s title, told something ("told The Bridge").
  if (words.length === 1 && !known && (LEXICON.orgCues.has(words[0] ?? '') || LEXICON.placeSuffixes.has(words[0] ?? '')) && outletTold(text, tokens, first) === 0 && !clubByItsCue(tokens[first - 1], words) && !isArmedService(words, initial)) return null;
  // "ATM", and its plural "ATMs": a common noun written in capitals.
  const singular = ACRONYM_PLURAL.exec(words[0] ?? '')?.[1] ?? words[0] ?? '';
  if (words.length === 1 && (LEXICON.nonEntityAcronyms.has(singular) || isCalendarWord(text, words[0] ?? '', end))) return null;
  if (isNoName(words, text, end) || isOpeningAdverb(words, initial, known !== null, text, end)) return null;
  if (isShoutedWord(words, known !== null, text, end)) return null;
  if (!known && (inEventName(text, tokens, first, last) || isFairName(words))) return null;
  // "Analysts say", "Residents fled": a role opening its sentence, capitalised by its place only.
  if (words.length === 1 && initial && !known && isRoleNoun(words[0] ?? '')) return null;
  // "Q: When did you …?": a transcript's question and answer marks, one capital before a colon.
  if (words.length === 1 && ONE_CAPITAL.test(words[0] ?? '') && text[end] === ':') return null;

  const start = (tokens[first] as Token).start;
  const name = text.slice(start, end);
  weighWords(words, evidence, known);
  if (name.includes(' & ') || tickerAfterPossessive(text, end)) evidence.organization += STRONG;
  weighContext(context, first, last, evidence, known !== null && known.type === 'place' && (!known.city || isCapital(name)), known?.type === 'place');
  evidence.organization += companyBefore(tokens, first) + companyVerbAfter(text, end);
  evidence.place += placeAround(tokens, first, last);
  evidence.place += townOfBody(text, tokens, first, last);
  evidence.organization += firmBeforeRole(text, tokens, last);
  evidence.organization += bodyBeforeOffice(text, tokens, last);
  evidence.organization += outletTold(text, tokens, first);
  evidence.organization += companyApposition(text, words, end) + outletNounBefore(text, tokens, first) + dataSourceBefore(tokens, first);
  evidence.organization += businessNounBefore(text, tokens, first);
  evidence.organization += schoolAround(text, start, end, context.sentenceStart);
  evidence.organization += outletAround(text, words, start, end, known);
  if (isArmedService(words, initial)) evidence.organization += STRONG;
  evidence.organization += bodyOfPlace(words);
  if (isPlacesOffice(words)) evidence.organization += STRONG;
  evidence.person += headOfAfter(text, end);
  if (!known) evidence.person += personByShape(words, text, end);
  evidence.organization += scoreLineSide(words, text, start, end, context.sentenceStart);
  evidence.person += personAfterRelation(text, start);
  evidence.person += personAsRoleExample(text, start);
  evidence.person += thinkerAfter(words, known !== null, text, end);
  if (schoolByDirection(words, initial)) evidence.organization += STRONG;
  if (isStateSchoolTeam(words, tokens[last + 1]?.text ?? '', TEAM_ROLES.has(tokens[last + 1]?.text ?? ''))) evidence.organization += STRONG;
  const nameGoesOn = text.charCodeAt(end) === 32 && GOES_ON.test(text.slice(end, end + 6));
  if (!nameGoesOn && isTeamName(words)) evidence.organization += STRONG;
  if (!nameGoesOn && pluralAfterThe(tokens[first - 1], words)) evidence.organization += WEAK;
  const gap = gapAt(text, end, end + 14);
  const acronym = gap.includes('(') ? (ACRONYM.exec(gap)?.[1] ?? null) : null;
  return { start, end, text: name, words, initial, compound: run.compound, evidence, known, acronym };
}

function weighWords(words: readonly string[], evidence: Evidence, known: ReturnType<typeof lookupName>): void {
  const firstWord = words[0] ?? '';
  const lastWord = words.at(-1) ?? '';
  if (known) evidence[known.type] += known.city ? MEDIUM : NAMED_EVIDENCE;
  // "Alder Creek School District", "Coos Hospital District": a district named for what a body runs is the body.
  const bodysDistrict = words.length > 1 && lastWord === 'District' && LEXICON.orgCues.has(words.at(-2) ?? '');
  // "Harlow Co.", "Tarvel Plc": a company form ends a company's name, unless a given name opens it.
  if (hasOrgCue(words) || bodysDistrict || (words.length > 1 && COMPANY_FORMS.has(lastWord) && givenNameGender(firstWord) === null)) evidence.organization += STRONG;
  // "BBC Radio Wales", "NHS England": a body's acronym heading a longer name makes it one of its parts.
  if (words.length > 1 && isAllCaps(firstWord) && lookupName(firstWord)?.type === 'organization') evidence.organization += STRONG;
  if (words.length > 1 && LEXICON.placeSuffixes.has(lastWord) && !bodysDistrict) evidence.place += STRONG;
  else if (words.length > 1 && LANDMARK_HEADS.has(lastWord)) evidence.place += MEDIUM;
  else if (words.length > 2 && words[1] === 'of' && LEXICON.placeSuffixes.has(firstWord) && !hasOrgCue(words)) evidence.place += STRONG;
  // "National Tollways says": a body's adjective, where nothing in the name says place.
  if (words.length > 1 && LEXICON.orgPrefixes.has(firstWord) && !LEXICON.placeSuffixes.has(lastWord)) evidence.organization += MEDIUM;
  if (words.length > 1 && LEXICON.placePrefixes.has(firstWord)) evidence.place += DIRECTIONS.test(firstWord.toLowerCase()) ? 0.5 : MEDIUM;
  const nameWords = words.filter((word) => !LEXICON.nameParticles.has(word));
  // "North Atlantic", "Lake Placid": a place's first word is no given name there; nor is a landmark's
  // ("Lincoln Memorial", "Victoria Station"), whose last word no surname is.
  if (nameWords.length > 1 && givenNameGender(firstWord) !== null && !LEXICON.placePrefixes.has(firstWord) && !LANDMARK_HEADS.has(lastWord)) evidence.person += MEDIUM;
  if (nameWords.length === 1 && givenNameGender(firstWord) !== null) evidence.person += 0.5;
  // "J. Smith", "George W. Bush"; not "PG E", a body's letters with its "&" lost, nor "Model Y", "Plan B",
  // where the letter ends the name: a person's initial comes before a surname.
  if (words.slice(0, -1).some((word) => INITIAL.test(word)) && words.length > 1 && !words.every(isAllCaps)) evidence.person += WEAK;
  // "J.J. Abrams", "A.K. Roe": dotted initials for the given names, before a surname; not "U.S. Steel".
  if (words.length === 2 && DOTTED_INITIALS.test(firstWord) && !lookupName(firstWord) && UPPER_THEN_LOWER.test(lastWord) && !known && !hasOrgCue(words)) evidence.person += MEDIUM;
  // "Hamid al-Rashid". Not "al-Qarn" alone, as often a town as a surname, whose person's full name
  // types it anyway.
  if (words.length > 1 && words.some((word) => LEXICON.nameParticles.has(word) || /^(?:al|el|bin|ibn|abu)[-‑]/.test(word))) evidence.person += WEAK;
  if (words.length === 1 && isAllCaps(firstWord) && firstWord.replace(/\./g, '').length <= 6) evidence.organization += WEAK;
}

/**
 * Evidence from the words around the name. `knownPlace`: a place the gazetteer names (no city but a
 * capital), which may speak for its government; `listedPlace`: any place the gazetteer or the city
 * list knows, which "to" and "into" may name.
 */
/** A lower-case role, its preposition and the capitalised name of where it serves, just before a name. */
const OFFICE_THEN_PLACE = /\b([a-z]+) (?:to|of|for) (?:the )?(?:\p{Lu}[\p{L}.]* ){1,3}$/u;

function weighContext(context: RunContext, first: number, last: number, evidence: Evidence, knownPlace = false, listedPlace = knownPlace): void {
  const { text, tokens } = context;
  const firstToken = tokens[first] as Token;
  const lastToken = tokens[last] as Token;
  const prev = tokens[first - 1];
  const prev2 = tokens[first - 2];
  const next = tokens[last + 1];
  // The text model collapses white space: one space between words.
  const spaced = (left: Token | undefined, right: Token | undefined): boolean =>
    left !== undefined && right !== undefined && right.start === left.end + 1 && text.charCodeAt(left.end) === 32;

  // "Brellin Oil will cut 900 jobs, the company said": the sentence's subject is the body it names.
  if (firstToken.start <= context.sentenceStart + 1) {
    const rest = text.slice(lastToken.end, (tokens.at(-1) as Token).end);
    const body = SUBJECT_RESTATED.exec(rest)?.[1];
    if (body && ORG_NOUNS.has(body)) evidence.organization += MEDIUM;
  }
  // "Facebook’s chief executive", "Amazon’s shares", "Harlow Partners’ revenue": a possessive of a company's things.
  const pluralPossessive = next !== undefined && lastToken.text.endsWith('s') && PLURAL_POSSESSIVE.test(text.slice(lastToken.end, next.start));
  if ((isPossessive(lastToken) && next && spaced(lastToken, next)) || pluralPossessive) {
    if (COMPANY_AFTER.has(next?.text ?? '') || COMPANY_POSSESSIONS.has(next?.text ?? '')) evidence.organization += MEDIUM;
  }
  // "a spokesperson for X said": X is whom the spokesperson speaks for, not the one who speaks.
  const spokespersonFor = prev?.text === 'for' && SPOKESPERSONS.has(prev2?.text ?? '');
  if (prev && spaced(prev, firstToken)) {
    const word = prev.text.toLowerCase();
    // "acquired Instagram", "shares of Kroger": a company bought or traded.
    if (ACQUIRED.has(word) || (word === 'of' && prev2 && ACQUIRED.has(prev2.text.toLowerCase()))) evidence.organization += MEDIUM;
    // "Halvard has partnered with Ostrel to sell lenses": a company's partner in business.
    else if (word === 'with' && prev2 && PARTNERED.has(prev2.text.toLowerCase()) && givenNameGender(firstToken.text) === null) evidence.organization += MEDIUM;
    // "correspondent Jane Smith", but not "fellow Ennahda members", where the name qualifies a noun.
    const qualifies = next !== undefined && spaced(lastToken, next) && (LEXICON.roleNouns.has(next.text) || MEMBERS.has(next.text));
    const famous = FAME_NOUNS.has(prev.text) && prev2 !== undefined && !LEXICON.commonWords.has(prev2.text.toLowerCase());
    // "Tarvik developer Ostrel", "the Velto owner Brandl": a work's or a brand's developer, publisher or owner
    // named in one word, no given name, is as a rule the company behind it.
    const makerOfBrand = MAKER_ROLES.has(prev.text) && prev2 !== undefined && isCapitalised(prev2.text) && !LEXICON.commonWords.has(prev2.text.toLowerCase()) && spaced(prev2, prev) && first === last && givenNameGender(firstToken.text) === null;
    if (makerOfBrand) evidence.organization += MEDIUM;
    else if ((LEXICON.roleNouns.has(prev.text) || famous) && !qualifies) evidence.person += MEDIUM;
    // "President-elect Roe": a hyphenated title, read as a compound apart from the name after it.
    if (isHyphenatedTitleWord(prev.text)) evidence.person += STRONG;
    // "ambassador to Britain Lin Haoran", "envoy to the EU Ana Roe": the holder named after the office's place.
    // Not "chairman of Nordic | Hearts for Ana Roe": a demonym is no office's place, but the start of a body's name.
    const office = isCapitalised(prev.text) && !isDemonym(prev.text) ? OFFICE_THEN_PLACE.exec(text.slice(Math.max(context.sentenceStart, firstToken.start - 60), firstToken.start))?.[1] : undefined;
    if (office && LEXICON.roleNouns.has(office) && !qualifies) evidence.person += MEDIUM;
    // "an analyst at D.A. Davidson", "a fellow with the Brookings Institution": where a role works.
    const prev3 = tokens[first - 3];
    const atRole = (at: Token | undefined, role: Token | undefined): boolean =>
      at !== undefined && (at.text === 'at' || at.text === 'with') && role !== undefined && isRoleNoun(role.text);
    // "head of research at Quaystone", "a professor of economics at Halden": a role of something, at its body.
    const roleOfAt = word === 'at' && prev3?.text === 'of' && (isRoleNoun(tokens[first - 4]?.text ?? '') || tokens[first - 4]?.text.toLowerCase() === 'head');
    // "executives from Voltra": a company's people, by where they come from.
    const staffFrom = word === 'from' && STAFF.has(prev2?.text ?? '');
    const employer = atRole(prev, prev2) || (word === 'the' && atRole(prev2, prev3)) || roleOfAt || staffFrom;
    if (employer) evidence.organization += MEDIUM;
    // "a spokeswoman for Vellum Health said": a name of two words or more, no given name first, that
    // a spokesperson speaks for is a body's; one word alone is as often a person's surname.
    else if (spokespersonFor && first < last && givenNameGender(firstToken.text) === null) evidence.organization += 1.5;
    // "Analysts at Lincoln": the "at" of a role is no preposition of place.
    else if (LOCATIVES.has(word) && (listedPlace || !SHARED_LOCATIVES.has(word))) evidence.place += WEAK;
    // "a militia known as X", "forces known as X", "a startup called X": a body introduced by its noun.
    const noun = word === 'as' && prev2?.text === 'known' ? tokens[first - 3]?.text : word === 'called' || word === 'named' ? prev2?.text : undefined;
    if (noun && (ORG_NOUNS.has(noun) || ORG_NOUNS.has(noun.replace(/s$/, '')) || FIGHTERS.has(noun))) evidence.organization += MEDIUM;
    // "the British group Tessell", "the journal Nature Climate Change", "an outside firm, Baker Tilly".
    if (ORG_NOUNS.has(word) || PUBLICATIONS.has(word)) evidence.organization += MEDIUM;
    // "in the North Atlantic", "across the Gulf": a place after a locative and "the".
    if (word === 'the' && prev2 && LOCATIVES.has(prev2.text)) evidence.place += WEAK;
    if (word === 'of' && prev2 && LEXICON.placeNouns.has(prev2.text)) evidence.place += STRONG;
    // "Ben Kuyt, 31, of Marrowby,": "of" after a person's age names where they live.
    if (word === 'of' && prev2 && /^\d{1,3}$/.test(prev2.text) && text.slice(prev2.end, prev.start) === ', ') evidence.place += MEDIUM;
    // "said Smith"; not "told CNNMoney", whose name is the listener.
    if (LEXICON.speechVerbs.has(word) && !LISTENER_VERBS.has(word) && !namedBy(prev, prev2, tokens[first - 3]) && !subjectOfReportedClause(text, lastToken.end)) evidence.person += WEAK;
    if (DIRECTIONS.test(word) && prev2 && LOCATIVES.has(prev2.text)) evidence.place += WEAK;
    // "New Zealand’s Northland": a region of a known place. Not "Chile’s Ivan Cardoso": a name of two
    // words or more after a country's possessive is as often its people's, and is typed by its own words.
    if (isPossessive(prev) && first === last) {
      const owner = lookupName(`${prev2 && spaced(prev2, prev) ? `${prev2.text} ` : ''}${prev.text.slice(0, -2)}`) ?? lookupName(prev.text.slice(0, -2));
      if (owner && owner.type === 'place' && !owner.city) evidence.place += MEDIUM;
    }
  }
  if (first === last && hasHyphen(firstToken.text) && HYPHENED_CAPITALS.test(firstToken.text)) evidence.organization += WEAK;
  if (next && spaced(lastToken, next) && !isPossessive(lastToken)) {
    // "Lumio said it did not sell data": a body that speaks of itself as "it"; "Moscow said it would
    // respond" is a place standing for its government, and stays a place.
    if (LEXICON.speechVerbs.has(next.text)) {
      const clause = text.slice(next.end, next.end + 40);
      if (SAID_IT.test(clause) && knownPlace) evidence.place += MEDIUM;
      else if (SAID_IT.test(clause) && !IT_AS_OBJECT.has(next.text) && !/\bit\s+(?:was|is|would be|had been)\b/.test(clause)) evidence.organization += MEDIUM;
      else if (!spokespersonFor) evidence.person += WEAK;
    }
    // "Online retailer Zennor", "Rival firm Voltra": a noun that goes on to a name is that name's, and
    // the word before it an adjective, capitalised by opening the sentence.
    const nounOfNextName = startsClause(context, firstToken) && first === last && isCapitalised(tokens[last + 2]?.text ?? '') && spaced(next, tokens[last + 2]);
    if ((ORG_NOUNS.has(next.text) && !nounOfNextName) || TEAM_ROLES.has(next.text)) evidence.organization += MEDIUM;
    if (RULE_NOUNS.has(isPossessive(next) ? next.text.slice(0, -2) : next.text)) evidence.person += MEDIUM;
    // "an Ennahda minister", "Hamas officials": most often a body's people ("Trump aides" too, so weakly).
    if (MEMBERS.has(next.text) || (LEXICON.roleNouns.has(next.text) && /s$/.test(next.text))) evidence.organization += WEAK;
    if (PLACE_NOUNS_AFTER.has(next.text)) evidence.place += MEDIUM;
    if (COMPANY_FORMS.has(next.text.replace(/\.$/, ''))) evidence.organization += STRONG;
    // "Facebook users", "Apple shares", "Oculus founder": a company's.
    if (COMPANY_AFTER.has(next.text)) evidence.organization += MEDIUM;
  }
  // "an outside firm, Orrin Tate, to": a body named in apposition to its noun.
  if (prev && text.slice(prev.end, firstToken.start) === ', ' && (ORG_NOUNS.has(prev.text) || PUBLICATIONS.has(prev.text))) evidence.organization += STRONG;
  // "The group that owns most of her music, Harbor Tunes, says": the body a sentence's opening noun phrase describes.
  else if (prev && text.slice(prev.end, firstToken.start) === ', ' && firstToken.start - context.sentenceStart <= 90) {
    const opening = BODY_DESCRIBED.exec(text.slice(context.sentenceStart, firstToken.start));
    if (opening && ORG_NOUNS.has((opening[1] as string).toLowerCase())) evidence.organization += STRONG;
  }
  // "The priest, Fidelis Mukonori,", "The leader of Ennahda, Rachid Ghannouchi,": a role just before;
  // "the Home Secretary, Ana Roe,": or a title.
  if (prev && text.slice(prev.end, firstToken.start) === ', ') {
    for (let index = first - 1; index >= Math.max(0, first - 6); index -= 1) {
      const token = tokens[index] as Token;
      if (LEXICON.roleNouns.has(token.text) || (index === first - 1 && isTitle(token.text) && UPPER_THEN_LOWER.test(token.text))) {
        evidence.person += MEDIUM;
        break;
      }
      const gap = text.slice((tokens[index - 1] as Token | undefined)?.end ?? token.start, token.start);
      if (/[^\s]/.test(gap)) break;
    }
  }
  // "Ofori: “I did not sleep.”": a name opening a line of a transcript is the person speaking.
  if (firstToken.start <= context.sentenceStart + 1 && TRANSCRIPT_LINE.test(text.slice(nameEnd(lastToken), nameEnd(lastToken) + 4))) evidence.person += STRONG;
  if (text.charCodeAt(nameEnd(lastToken)) !== 44 || !next) return;
  const after = text.slice(nameEnd(lastToken), nameEnd(lastToken) + 60);
  if (AGE.test(after)) evidence.person += MEDIUM;
  if (WHO_PLURAL.test(after) && prev?.text !== 'and') evidence.organization += WEAK;
  else if (WHO.test(after) && !manyAfterThe(prev, tokens.slice(first, last + 1).map((token) => token.text))) evidence.person += MEDIUM;
  // "Telstra, which will have to store the data": a body (a place "lies", "borders", "sits").
  if (WHICH.test(after) && !WHICH_PLACE.test(after)) evidence.organization += WEAK;
  // "In Geneva, a spokesman for the agency said": the apposition describes the clause's subject, not
  // a place named after a preposition.
  const afterLocative = prev !== undefined && LOCATIVES.has(prev.text.toLowerCase());
  if (after.startsWith(', ') && !afterLocative) {
    // "Geneva, Switzerland": a place followed by its country or state.
    const region = REGION_APPOSED.exec(after)?.[1]?.trim();
    const entry = region ? lookupName(region) : null;
    if (entry && entry.type === 'place' && !entry.city) evidence.place += MEDIUM;
    // "Ana de la Vega, UN special envoy for Chile": an apposition naming a role.
    const apposition = /^, ([^,;.]{1,60})/.exec(after)?.[1] ?? '';
    const roleWords = apposition.split(/\s+/).slice(0, 6);
    // "Ana Roe, Director of Research at X": the role capitalised, before what it is of (not "Mrs Roe").
    const capitalisedRole = (word: string, at: number): boolean => UPPER_THEN_LOWER.test(word) && LEXICON.roleNouns.has(word.toLowerCase()) && ['of', 'at', 'for'].includes(roleWords[at + 1] ?? '');
    if (roleWords.some((word, at) => LEXICON.roleNouns.has(word) || capitalisedRole(word, at))) evidence.person += 1.5;
    // "Ansar al-Sharia, an al-Qaeda-linked organization"; "Tarin, a town near the border"
    if (/^(?:a|an|the)\b/.test(apposition)) {
      // "X, the commander of Kowloon West district": only the apposition's own noun, not what it is of.
      const of = roleWords.findIndex((word) => APPOSITION_PREPOSITIONS.has(word));
      const head = of < 0 ? roleWords : roleWords.slice(0, of);
      if (head.some((word) => ORG_NOUNS.has(word))) evidence.organization += MEDIUM;
      if (head.some((word) => LEXICON.placeNouns.has(word))) evidence.place += MEDIUM;
    }
  }
}
