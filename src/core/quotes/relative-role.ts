/**
 * "… including a career officer who described the call as “improper”": a verb of saying in a relative
 * clause has the role the clause hangs on as its subject, not a name earlier in the sentence.
 */
import { LEXICON } from '../entities/lexicon';
import type { Token } from '../text/tokenise';
import { ledeRoleHolder } from './role-holders';
import type { Found, SpeakerContext } from './speaker-context';
import { personByRole } from './story-lookups';

// ASCII classes, as in subject-of.ts: a Unicode property pattern is slow to compile on a page's first story.
/** "a career army officer who ", "the officer who ": a determiner, up to three words qualifying the role, the role, "who". */
const ROLE_WHO = /\b(a|an|one|another|the)\s+(?:[A-Za-z-]+\s+){0,3}?([a-z]+)\s+who\s+(?:[a-z]+\s+)?$/i;

/**
 * The speaker a role before "who" stands for, where `verb` opens a relative clause on it: whoever the
 * story described by that role for "the officer who said", else no one it names; `undefined` where no
 * role stands before "who".
 */
export function relativeRoleSpeaker(context: SpeakerContext, start: number, verb: Token): Found {
  const from = Math.max(start, verb.start - 80);
  const written = context.text.slice(from, verb.start);
  // Most verbs stand in no relative clause: a plain search first.
  if (!written.includes('who ')) return undefined;
  const lead = ROLE_WHO.exec(written);
  const role = lead?.[2];
  if (!lead || !role || !LEXICON.roleNouns.has(role)) return undefined;
  const at = from + lead.index + lead[0].lastIndexOf(role);
  const token: Token = { text: role, start: at, end: at + role.length };
  if (/^the$/i.test(lead[1] as string)) return personByRole(context, role, at) ?? null;
  return ledeRoleHolder(context, token) ?? null;
}
