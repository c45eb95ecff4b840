/**
 * "The authors of the study published in the journal X argued that …": people the story names only as
 * a work's authors are no one it names, and the body or journal in the phrase is not the one speaking.
 */
import type { Token } from '../text/tokenise';

/** A clause opening with the authors of a work: "The authors of …", "Researchers behind the report …", up to the verb. */
const AUTHORS_OF = /^\s*(?:the\s+|its\s+|their\s+)?(?:[a-z]+\s+)?(?:authors|co-authors|researchers|scientists)\s+(?:of|behind)\s+[^,;:“”"]*$/i;

/** How long a subject of a work's authors may run: "The authors of the study published in the journal …". */
const AUTHORS_REACH = 160;

/** Whether the clause before `verb`, from `start`, is opened by the authors of a work as its subject. */
export function isStudyAuthors(text: string, start: number, verb: Token): boolean {
  return verb.start - start <= AUTHORS_REACH && AUTHORS_OF.test(text.slice(start, verb.start));
}
