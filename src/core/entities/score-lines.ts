import { STRONG } from './evidence';
import { lookupName } from './gazetteer';
import { LEXICON } from './lexicon';
import { isGivenName } from './office-holder';
import { CLUB_SUFFIXES } from './teams';

/**
 * "Comets 4, Harriers 1: …", "Port Vale 2, Ashby Town 2 (OT) —": a round-up's score line opening its
 * sentence, each side a club's name and its score, a colon or a dash closing it (a poll's "Roe 48,
 * Bell 44." has none). The left side's score and the right side's name follow the name.
 */
const LEFT_SIDE = /^ \d{1,3}, \p{Lu}[\p{L}.'’ -]{0,40}? \d{1,3}(?:,? \(?(?:\d?OT|SO|aet|pens?)\)?)?\s*(?::|[—–]|-\s)/u;
/** The line's start up to the right side's name: the left side's name and score. */
const BEFORE_RIGHT_SIDE = /^\p{Lu}[\p{L}.'’ -]{0,40}? \d{1,3}, $/u;
/** The right side's score, then the colon, dash or bracket that closes the line. */
const AFTER_RIGHT_SIDE = /^ \d{1,3}(?:,? \(?(?:\d?OT|SO|aet|pens?)\)?)?\s*(?::|[—–]|-\s)/u;

/**
 * Verbs of a game won: "Tarnby beat Orrin, 3-1", "Leland State rolled past Coalport, 45-17", "Harwick
 * Town came from behind to beat ten-man Orrin Rovers 2-1".
 */
const WON = '(?:beat|beats|defeated|defeats|edged|edges|downed|downs|routed|routs|topped|tops|blanked|blanks|thumped|outlasted|stunned|upset|(?:rolled|cruised|eased|slipped|raced|romped|coasted) past|(?:won|win|wins) (?:over|against))';
/** What follows the winner's name: a few words and the verb, the loser's name, and the score. */
const WINNER = new RegExp(`^ (?:\\p{Ll}+ ){0,4}${WON} (?:the )?(?:[\\p{Ll}-]+ )?\\p{Lu}[\\p{L}.'’ -]{0,40}?,? \\d{1,3}-\\d{1,3}\\b(?!(?: \\(\\d{1,2}\\))?,? \\d{1,2}-\\d)`, 'u');
/** What stands before the loser's name: the verb. */
const BEFORE_LOSER = new RegExp(`\\b${WON} (?:the )?(?:[\\p{Ll}-]+ )?$`, 'u');
/**
 * Cheap first tests, before the Unicode patterns (which V8 compiles at their first use in a page): a
 * side's score straight after the name, and a game's score anywhere after it.
 */
const SCORE_NEXT = /^ \d/;
const SCORE = /\d-\d/;
/** One score, not a tennis match's sets ("6-3, 7-6", "7-6 (5), 6-4"), whose sides are players. */
const LOSER_SCORE = /^,? \d{1,3}-\d{1,3}\b(?!(?: \(\d{1,2}\))?,? \d{1,2}-\d)/;

/**
 * Organization evidence for a name that is a side of a game's result: either side of a score line
 * opening its sentence ("Comets 4, Harriers 1:"), or either side of "X beat Y, 3-1". Clubs are often
 * named by their nickname alone ("the Harriers") or by their town or school ("Leland State"), which
 * say nothing of a club without the score beside them. `words` are the name's, `start` and `end` its
 * offsets in `text`, `sentenceStart` where its sentence starts.
 */
export function scoreLineSide(words: readonly string[], text: string, start: number, end: number, sentenceStart: number): number {
  const after = text.slice(end, end + 80);
  const sideScore = SCORE_NEXT.test(after);
  if (sideScore && start === sentenceStart && LEFT_SIDE.test(after)) return STRONG;
  if (sideScore && start - sentenceStart <= 48 && start > sentenceStart && BEFORE_RIGHT_SIDE.test(text.slice(sentenceStart, start)) && AFTER_RIGHT_SIDE.test(after.slice(0, 20))) return STRONG;
  if (!SCORE.test(after)) return 0;
  // "Ana Roe beat Tom Bell 10-5": in snooker and darts the sides are players, named by given name and
  // surname; not "Georgia Tech", whose first word is a state's name too.
  if (words.length === 2 && isGivenName(words[0] ?? '') && lookupName(words[0] ?? '')?.city !== false && !CLUB_SUFFIXES.has(words[1] ?? '') && !LEXICON.orgCues.has(words[1] ?? '')) return 0;
  if (text.charCodeAt(end) === 32 && WINNER.test(after)) return STRONG;
  if ((text.charCodeAt(end) === 44 || text.charCodeAt(end) === 32) && LOSER_SCORE.test(after.slice(0, 10)) && BEFORE_LOSER.test(text.slice(Math.max(sentenceStart, start - 36), start))) return STRONG;
  return 0;
}
