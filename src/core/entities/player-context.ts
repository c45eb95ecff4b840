import { hasHyphen } from '../text/tokenise';
import { WEAK } from './evidence';
import { LEXICON } from './lexicon';

/** "Ana Caldwell-Roe": a double-barrelled surname after one name word. */
const DOUBLE_BARRELLED = /^\p{Lu}\p{Ll}+[-‑]\p{Lu}\p{Ll}+$/u;

/** "Ana Roe had 15", "scored 34": a player's line in a game story. */
const STAT_LINE = /^ (?:had|scored|added|grabbed|posted|finished with) \d/;

/** Numbers written as words in a player's line: "had two assists", "made a save". */
const COUNT = '(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
/** What a player's numbers count, in the sports news reports most. */
const COUNTED = '(?:goals?|assists?|saves|shots|points|rebounds|steals|blocks|yards|touchdowns?|(?:TD |touchdown |scoring )?passes|carries|catches|receptions|tackles|sacks|interceptions|hits|runs|homers|home runs|strikeouts|wickets|aces|birdies|eagles)';
/** The verbs of a player's line ("scored" also opens one alone: "scored twice", "scored,"). */
const LINE_VERBS = ['had', 'made', 'stopped', 'turned aside', 'caught', 'kicked', 'blocked', 'added', 'scored', 'grabbed', 'hit', 'struck', 'threw', 'rushed', 'ran', 'passed', 'finished'];
/**
 * "Ana Roe made 25 saves", "Tom Bell rushed for 101 yards", "Dara Quell caught two TD passes", "Ivo
 * Marr had a goal and an assist", "Ana Roe scored twice": a player's line, its verb straight after the name.
 */
const PLAYER_LINE = new RegExp(`^ (?:(?:${LINE_VERBS.join('|')})(?: for)? ${COUNT} (?:[\\w-]+ ){0,2}${COUNTED}\\b|scored (?:twice|again|the (?:winner|opener|equali[sz]er))\\b|scored[,.;])`);
/**
 * The first words of the line's verbs. PLAYER_LINE takes V8 several milliseconds to compile, paid at
 * its first use in a page: the word after the name is looked up first, so that a story with no
 * player's line never builds it.
 */
const LINE_VERB_WORDS: ReadonlySet<string> = new Set(LINE_VERBS.map((verb) => verb.split(' ')[0] as string));
/** The lower-case word after a space, where a player's line would have its verb. */
const WORD_AFTER_SPACE = /^ ([a-z]+)/;

/** " and Tom Bell": a second player's name sharing the line's verb ("Ana Roe and Tom Bell scored,"). */
const PAIRED_NAME = /^ and \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}(?= )/u;

/** A preposition before a name: "for Leland and Tom Bell scored" names a team, then the subject. */
const AFTER_PREPOSITION = /\b(?:for|to|at|in|against|over|past|from|with|by|of|on)\s$/;

/**
 * Whether a player's line follows the name, or follows the name and a second one joined by "and"
 * where the name is no preposition's object. `name` is the name as written, ending at `end`.
 */
function playerLineAfter(text: string, name: string, end: number): boolean {
  const after = text.slice(end, end + 90);
  const start = end - name.length;
  const paired = after.startsWith(' and ') && !AFTER_PREPOSITION.test(text.slice(Math.max(0, start - 9), start)) ? (PAIRED_NAME.exec(after)?.[0].length ?? 0) : 0;
  const line = after.slice(paired, paired + 60);
  return LINE_VERB_WORDS.has(WORD_AFTER_SPACE.exec(line)?.[1] ?? '') && PLAYER_LINE.test(line);
}

/**
 * Person evidence from a name's shape and what follows it, for names no given-name list knows:
 * a double-barrelled surname ("Kentavious Caldwell-Pope"), or a player's numbers after a name of
 * two words or more ("and Nerlens Noel had 15", "Ana Roe made 25 saves"). `end` is where the name
 * ends in `text`.
 */
export function personByShape(words: readonly string[], text: string, end: number): number {
  if (words.length < 2 || words.some((word) => LEXICON.orgCues.has(word) || LEXICON.placeSuffixes.has(word))) return 0;
  let evidence = 0;
  if (words.length === 2 && hasHyphen(words[1] ?? '') && DOUBLE_BARRELLED.test(words[1] ?? '')) evidence += WEAK;
  if (text.charCodeAt(end) === 32 && STAT_LINE.test(text.slice(end, end + 20))) evidence += WEAK;
  else if (text.charCodeAt(end) === 32 && playerLineAfter(text, words.join(' '), end)) evidence += WEAK;
  return evidence;
}
