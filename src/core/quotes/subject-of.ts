/**
 * The speaker a clause names next to its verb of saying: a name or pronoun before it, a role, a body or
 * a document, or the subject after an inverted verb ("…,” said X); "the statement said" is whoever
 * the story said issued the statement.
 */
import type { Entity } from '../entities/entity';
import { LEXICON } from '../entities/lexicon';
import type { Sentence } from '../text/split-sentences';
import type { Token } from '../text/tokenise';
import { tokenise } from '../text/tokenise';
import { bodyOf, bodyOfPeople, bodyOpeningBefore, isDocument, namesOutlet, qualifiesUnnamed, staffBody } from './body-speakers';
import { pronounAfterSaying } from './pronoun-after-saying';
import { qualifiedRoleHolder } from './qualified-role';
import { PRONOUNS, SOMEONE, resolvePronoun } from './resolve-pronoun';
import { roleReach } from './conjoined-role';
import { uncontracted } from './uncontracted';
import { isNamedAfterInverted } from './inverted-after-comma';
import { ageHolder, clauseSubject, isOfficeTitle, leaderHolder, ledeRoleHolder, officeHolder } from './role-holders';
import type { QuoteSpans } from './find-quote-spans';
import type { Found, Mention, SpeakerContext } from './speaker-context';
import { INVERTS, standsBeforeVerb, verbsIn } from './speech-verbs';
import { mainPerson, mentionsIn, personByRole, sentenceAt } from './story-lookups';

// "one of them said", "some of those present said": people the story does not name.
const UNNAMED = /^(?:a|an|the|one|another|some|many|officials?|police|authorities|experts?|critics|residents|witnesses|sources|people|they|them|those|we|us|i|you|his|her|their|its|several|two|three|both)$/i;
const PREPOSITION_BEFORE = /\b(?:in|at|from|near|of|to|for|on|across|outside|inside|around|into)\s+(?:the\s+)?$/i;
/** A role, then "who" and the verb: "a career Army officer who described", "the judge who wrote". */
const ROLE_WHO = /\b(a|an|the)\s+(?:[A-Za-z-]+\s+){0,3}?([a-z]+)\s+who\s+(?:[a-z]+ly\s+)?$/;

/**
 * "… an officer who described the call as “improper.” | Lt. Col. Ana Roe told lawmakers …": the person who
 * opens the next paragraph, as its subject, with a verb of saying of their own.
 */
function namedNext(context: SpeakerContext, at: number): Entity | undefined {
  const here = sentenceAt(context, at);
  const sentence = context.sentences[here];
  const next = context.sentences[here + 1];
  if (!sentence || !next || next.block !== sentence.block + 1) return undefined;
  const subject = mentionsIn(context, next.start, Math.min(next.end, next.start + 60))[0];
  if (!subject || subject.entity.type !== 'person' || !/^(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.test(context.text.slice(next.start, subject.start))) return undefined;
  return verbsIn(tokenise(context.text, subject.end, Math.min(next.end, subject.end + 30))).length > 0 ? subject.entity : undefined;
}

/** "The authors of the study published in the journal Ostrea argued": a journal is where research appears, not who speaks. */
const PUBLISHED_IN = /\b(?:published|appeared|appearing|appears)\s+in\s+(?:the\s+)?(?:journal\s+)?$|\bthe\s+journal\s+$/i;
/** From a name to a verb inside the relative clause that follows it: "Likud party, which tried … by". */
// ASCII classes: a Unicode property pattern costs a millisecond or more to compile on a page's first story.
const RELATIVE_TO_VERB = /^(?:\s+[a-z]+)?,\s*(?:which|who)\s[^,;.“”"]*$/;
/** Words that open a clause of the verb's own ("asked whether he would meet X"): no inverted subject follows. */
const CLAUSE_WORDS = new Set(['whether', 'if', 'about', 'that', 'how', 'why', 'what', 'when', 'where', 'who', 'to', 'for', 'with', 'by', 'on', 'in', 'at']);
/** "a spokesperson for the council ", "a spokesman for Hale ": an unnamed speaker, the whole subject before the verb. */
const SPOKES_FOR = /\b(?:a|an)\s+spokes(?:man|woman|person)\s+(?:for|of)\s+[^,;:.“”"]{1,60}$/i;
/** How far before the verb "a spokesperson for" and the one spoken for are read. */
const SPOKES_FOR_REACH = 90;
/** Roles of people who speak for a body or a person: the story names them or nobody. */
const SPOKES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'rep', 'representative']);
/** A verb right after a name: the name is a clause's subject ("said Acme would …", "said Roe had …"). */
const CLAUSE_VERB_AFTER = /^\s+(?:would|will|could|can|may|might|must|should|has|had|have|is|was|were|are|did|does|do)\b/;
/** How far ahead a role opening a sentence looks for the name the story gives it ("His father, Tom Roe,"). */
const LEDE_REACH = 600;
/**
 * How far back "the statement said" looks for the statement's introduction ("X said in a statement"),
 * in the reporter's words: the quotations between are the statement's own, however long.
 */
const DOCUMENT_REACH = 800;

/** Verbs of sending what a document noun names: "she had messaged her sister … “…,” the message read", "the video she posted … “…,” the caption reads". */
const SENT = /^(?:messaged|texted|emailed|e-mailed|tweeted|posted|wrote|written|sent)$/;
/** Verbs that put out a document: "issued a statement", "released a report". */
const ISSUED = /^(?:issued|released|published|shared|posted|sent|put)$/;
/** A parent described by a count of children, as popular papers do: "mum-of-two", "father-of-three". */
const PARENT_OF = /^(mum|mother|mom|dad|father|grandmother|grandfather|nan|gran)-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)$/i;

/** "’s spokesman ", "’s longtime lawyer ": a role owned by the name before it, up to the verb. */
const OWNED_ROLE = /^['’]s\s+(?:[a-z-]+\s+){0,2}([a-z]+)\s*$/;
/** "X’s source inside the camp, a refugee who …,": someone of the name's the story does not name, whatever follows up to the verb. */
const OWNED_UNNAMED = /^['’]s\s+(?:[a-z-]+\s+){0,2}(?:source|sources|insider|insiders|informant|contact|contacts)\b/;
/** "… that censors ", "… that the local officials ": "that" opening a clause, up to its subject noun. */
const THAT_CLAUSE = /\bthat\s+(?:[a-z-]+\s+){0,2}$/;
/** The speaker a clause names next to a verb of saying, between `start` and `end`. */
export function subjectOf(context: SpeakerContext, start: number, end: number, verb: Token, depth = 0): Found {
  // "…, saying", "…, accusing Democrats of": a participle after a comma has the clause's subject.
  if (/ing$/.test(verb.text) && /,\s*$/.test(context.text.slice(Math.max(start, verb.start - 3), verb.start))) {
    const subject = clauseSubject(context, verb.start);
    if (subject !== undefined) return subject;
  }
  // "X said", "X, the envoy, said": the nearest person before the verb, else the nearest body; a
  // place only as the subject itself ("Washington said"), not after a preposition ("in Garissa").
  // "A CDC official, who was not authorized to speak, said": the subject stands before a relative clause,
  // and a name inside it is not the one speaking ("A woman, who said she was Hale’s sister, called out").
  // "Her letter, seen by the Guardian, said": a participle's parenthesis names no speaker either.
  // "…” that Roe can win, said Ana Ames": after the comma the verb is inverted, its subject after it.
  if (depth === 0 && isNamedAfterInverted(context, start, end, verb)) {
    const named = subjectOf(context, verb.start, end, verb, depth + 1);
    if (named) return named;
  }
  const relativeClause = /,\s*(?:who\s|which\s|[a-z]+(?:ed|en|wn|nt)\s+by\s)(?:[^,“”"]|(?<=\d),(?=\d)){1,80},\s*$/u.exec(context.text.slice(start, verb.start));
  const clauseStart = relativeClause ? start + relativeClause.index : verb.start;
  // "one Twitter response began": a body's name qualifying what the story does not name is not the subject.
  const before = mentionsIn(context, start, clauseStart).filter(
    (mention) =>
      (mention.entity.type !== 'place' || namesOutlet(context, mention) || (mention.end + 8 > verb.start && !PREPOSITION_BEFORE.test(context.text.slice(Math.max(0, mention.start - 8), mention.start)))) &&
      !PUBLISHED_IN.test(context.text.slice(Math.max(0, mention.start - 30), mention.start)) &&
      !qualifiesUnnamed(context, mention),
  );
  const people = before.filter((mention) => mention.entity.type === 'person');
  // "X, chairman of the Y in the Z administration, once said": the subject, not a name in its apposition;
  // "X, which manages referees in England, said": a body too, before its relative clause.
  const appositive = before.find((mention) => {
    if (context.text[mention.end] !== ',') return false;
    const between = context.text.slice(mention.end, verb.start);
    if ((between.match(/,/g)?.length ?? 0) < 2 || !/,\s*(?:\p{Ll}+\s+){0,2}$/u.test(between)) return false;
    return mention.entity.type === 'person' || /^,\s*(?:which|who|whose)\b/.test(between);
  });
  // "the Party, which tried to rally support by saying …": the verb is the relative clause's, its
  // subject the name the clause hangs on.
  const relative = before.findLast((mention) => mention.entity.type !== 'place' && RELATIVE_TO_VERB.test(context.text.slice(mention.end, verb.start)));
  // "a career officer who described the call as “…”": the relative clause's subject is the role before
  // "who", not a name inside the clause; the story most often names the person in the next paragraph.
  const relativeRole = ROLE_WHO.exec(context.text.slice(Math.max(start, verb.start - 80), verb.start));
  if (relativeRole && LEXICON.roleNouns.has(relativeRole[2] as string) && depth === 0) {
    return /^the$/i.test(relativeRole[1] as string) ? (personByRole(context, relativeRole[2] as string, verb.start) ?? null) : (namedNext(context, verb.start) ?? null);
  }
  const chosen = relative ?? appositive ?? people.at(-1) ?? before.at(-1);
  // "A spokesperson for the council added", "a spokesman for Hale said": someone the story does not
  // name speaks for the body or the person, who is not the one speaking.
  if (SPOKES_FOR.test(context.text.slice(Math.max(start, verb.start - SPOKES_FOR_REACH), verb.start))) return null;
  const words = tokenise(context.text, start, clauseStart);
  // "he would later say", "she has told": the subject stands before the auxiliaries and adverbs.
  let lastIndex = words.length - 1;
  while (lastIndex > 0 && standsBeforeVerb(words, lastIndex)) lastIndex -= 1;
  const last = words[lastIndex];
  // "The ministry said it viewed the plan as “…”": the pronoun is the subject of the verb before it.
  const reporter = depth === 0 ? pronounAfterSaying(words, lastIndex, (said) => subjectOf(context, start, said.end, said, depth + 1)) : undefined;
  if (reporter !== undefined) return reporter;
  // "he’d put a “…”": a pronoun with its auxiliary contracted onto it is the subject all the same.
  const subjectWord = last ? uncontracted(last.text) : '';
  if (last && PRONOUNS[subjectWord.toLowerCase()] && (!chosen || chosen.end <= last.start)) return resolvePronoun(context, subjectWord, last.start);
  // "She gave no date, but said SpaceX would fly it “a lot”": a verb after "but" or "and" with no subject
  // of its own goes on the clause before, whose subject opens the sentence.
  // "he backed Ames over Roe and said “…”": a name in the clause before is its object, not the verb's subject.
  if (last && /^(?:but|and)$/i.test(last.text) && depth === 0) {
    const subject = clauseSubject(context, verb.start);
    if (subject?.type === 'person') return subject;
  }
  // "the mum-of-three told …": the mother (or father) the story is about.
  const parent = last && !chosen && /^the$/i.test(words[lastIndex - 1]?.text ?? '') ? PARENT_OF.exec(last.text) : null;
  if (parent && last) return mainPerson(context, /^(?:mum|mother|mom|grandmother|nan|gran)$/i.test(parent[1] as string) ? 'female' : 'male', last.start);
  // "the 45-year-old said", "the 19-year-old student told": whoever the story gave that age ("Jane Roe, 45,").
  const aged = last && !chosen ? ageHolder(context, words, lastIndex) : undefined;
  if (aged) return aged;
  // "Roe’s spokesman said", "Hale’s lawyer told": the owner of a role is not the one speaking; whoever
  // the story described by that role is, else no one it names.
  const ownedRole = chosen && last && last.start > chosen.end ? OWNED_ROLE.exec(context.text.slice(chosen.end, clauseStart))?.[1] : undefined;
  // "Hale’s lawyers wrote": people of a plural role the story does not name, so no one.
  const ownedSingular = ownedRole && !LEXICON.roleNouns.has(ownedRole) && ownedRole.endsWith('s') ? ownedRole.slice(0, -1) : undefined;
  if (ownedSingular && LEXICON.roleNouns.has(ownedSingular)) return null;
  if (ownedRole && chosen && LEXICON.roleNouns.has(ownedRole)) return personByRole(context, ownedRole, chosen.end) ?? null;
  if (chosen && last && last.start > chosen.end && OWNED_UNNAMED.test(context.text.slice(chosen.end, chosen.end + 60))) return null;
  // "the Facebook CEO said", "the company’s founder told": the person the story is about, described
  // by a role; "a police spokesman said" names no one.
  // "Fatima Haddad, a lawyer, said": the role is the named subject's apposition, not an unnamed "a lawyer".
  const apposed = appositive?.entity.type === 'person' && last !== undefined && last.start > appositive.end;
  if (last && !apposed && (isOfficeTitle(last.text) || LEXICON.roleNouns.has(last.text.toLowerCase())) && !(chosen && chosen.end >= last.end)) {
    // "her mother said", "the coroner said": whoever the story described so.
    const described = personByRole(context, last.text, last.start) ?? leaderHolder(context, words, lastIndex);
    // "a CDC official": the role's determiner, past the names that qualify it.
    let determiner = lastIndex - 1;
    while (determiner > 0 && determiner > lastIndex - 4 && /^[A-Z]/.test(words[determiner]?.text ?? '')) determiner -= 1;
    if (/^(?:a|an|one|another)$/i.test(words[determiner]?.text ?? '')) return ledeRoleHolder(context, last) ?? null;
    if (described) return described;
    const office = officeHolder(context, words, lastIndex);
    if (office !== undefined) return office;
    // "the spokesperson said" where the story named none: someone who speaks for a body, never the person
    // the story is about.
    if (SPOKES.has(last.text.toLowerCase())) return null;
    for (let index = lastIndex - 1; index >= roleReach(words, lastIndex); index -= 1) {
      const word = (words[index] as Token).text;
      if (/^(?:a|an|one|another|two|three|several|some)$/i.test(word)) return null;
      if (/^the$/i.test(word) || /['’]s$/.test(word)) return describedHolder(context, words, index, lastIndex);
    }
  }
  // "Roe reports that censors had told sites to “…”": a clause of its own after "that", whose subject is a
  // noun: the body it stands for ("that the company had urged"), else no one named; not the name before "that".
  if (chosen && last && last.start > chosen.end && /^[a-z]/.test(last.text) && THAT_CLAUSE.test(context.text.slice(chosen.end, last.start))) {
    return bodyOf(context, start, verb) ?? null;
  }
  if (chosen) return chosen.entity;
  // "a spokesman said", "officials said": the story names no one. "…” but insisted": no subject here.
  // "the company said": the body the story last named.
  // "Analysts at Brackley Capital were unmoved. “…,” they wrote": the firm whose people "they" are.
  if (!chosen && last && /^they$/i.test(last.text)) {
    const staff = staffBody(context, last.start);
    if (staff) return staff;
    const body = bodyOpeningBefore(context, last.start);
    if (body) return body;
  }
  // "the statement said": whoever issued it, read only for the clause that quotes it, not the one that introduced it.
  const body = bodyOf(context, start, verb, depth === 0 ? (noun) => issuerOf(context, noun) : undefined);
  if (body !== undefined) return body;
  // "The father of a teenager who died … told an inquest": the role opening the sentence.
  const opener = words[0];
  const openerRole = words[1];
  if (!chosen && opener && openerRole && /^the$/i.test(opener.text) && opener.start <= (context.sentences[sentenceAt(context, verb.start)]?.start ?? 0) + 1 && LEXICON.roleNouns.has(openerRole.text.toLowerCase())) {
    const described = personByRole(context, openerRole.text, openerRole.start, LEDE_REACH);
    if (described) return described;
  }
  // "All sites were disinfected, reports Wee": after a comma the verb is inverted, its subject after it.
  const inverted = last !== undefined && INVERTS.has(verb.text.toLowerCase()) && /^[^\p{L}]*,\s*$/u.test(context.text.slice(last.end, verb.start));
  if (last && !inverted && (UNNAMED.test(last.text) || (/^\p{Ll}/u.test(last.text) && !LEXICON.commonWords.has(last.text)))) return null;
  // "said X", "said Foreign Minister X", "said he"; not "told X", whose X is the listener.
  if (!INVERTS.has(verb.text.toLowerCase())) return undefined;
  const following = tokenise(context.text, verb.end, end).slice(0, QUALIFIED_WORDS);
  const after = following.slice(0, 6);
  const pronoun = after[0];
  if (pronoun && PRONOUNS[pronoun.text.toLowerCase()]) return resolvePronoun(context, pronoun.text, pronoun.start);
  const next = mentionsIn(context, verb.end, after.at(-1)?.end ?? verb.end);
  // "said Montclair State University political scientist Brigid Harrison": the person a body's name
  // and a role qualify, though the name ends past the six words.
  const qualified = next[0] && next[0].entity.type !== 'person' ? qualifiedAfter(context, next[0], following.at(-1)?.end ?? verb.end) : undefined;
  if (qualified) return qualified;
  // "said Harlow's lawyer, Victor Osei": the owner of a role is not the one speaking.
  const owner = (mention: Mention) => /^['’]s\s/.test(context.text.slice(mention.end, mention.end + 3));
  const named = next.find((mention) => mention.entity.type === 'person' && !owner(mention)) ?? next.find((mention) => !owner(mention));
  // "said Harlow's lawyer": whoever the story described so, else no one it names.
  const owned = !named && next[0] ? /^['’]s\s+([a-z]+)/.exec(context.text.slice(next[0].end, next[0].end + 40)) : null;
  if (owned) return personByRole(context, owned[1] as string, next[0]!.end) ?? null;
  // "said Foreign Minister Ana Rojas", "said the Tarn Council"; not "asked whether he would meet Rojas".
  const between = named ? tokenise(context.text, verb.end, named.start) : [];
  if (between.some((word) => CLAUSE_WORDS.has(word.text))) return undefined;
  // "said SpaceX would fly it": the name is the subject of what was said, not the one saying it.
  if (named && CLAUSE_VERB_AFTER.test(context.text.slice(named.end, named.end + 16))) return undefined;
  if (named) return named.entity;
  // "said the company", "says the report", "said the 45-year-old": the phrase after the verb is its
  // subject, read as a subject before a verb is.
  // "‘…’, says embattled minister": a headline drops the article.
  const headline = verb.start < (context.sentences[0]?.end ?? 0);
  const phrase = (headline ? HEADLINE_SUBJECT : INVERTED_SUBJECT).exec(context.text.slice(verb.end, end));
  if (!phrase) return undefined;
  const phraseEnd = verb.end + phrase[0].length;
  // "says the letter signed by seven nurses": the body of the people who signed it.
  const signers = SIGNED_BY.exec(context.text.slice(phraseEnd, end));
  if (signers && isDocument(phrase[0].trim().split(/\s+/).at(-1) ?? '')) {
    const at = phraseEnd + signers.index + signers[0].length - (signers[1] as string).length;
    const body = bodyOfPeople(context, { text: signers[1] as string, start: at, end: at + (signers[1] as string).length });
    if (body) return body;
  }
  return subjectOf(context, verb.end, phraseEnd, { text: 'said', start: phraseEnd, end: phraseEnd }, depth);
}

/** How many words after an inverted verb a person qualified by a body and a role may end. */
const QUALIFIED_WORDS = 10;

/** The person right after `body` and one to three role words ("… University political scientist Ana Roe"), ending by `end`. */
function qualifiedAfter(context: SpeakerContext, body: Mention, end: number): Entity | undefined {
  const person = mentionsIn(context, body.end, end).find((mention) => mention.entity.type === 'person');
  // "said Acme would hire chief executive Ana Roe": the body is the subject of a clause of its own.
  if (!person || CLAUSE_VERB_AFTER.test(context.text.slice(body.end, body.end + 16))) return undefined;
  const between = tokenise(context.text, body.end, person.start);
  const isRole = (word: Token): boolean => LEXICON.roleNouns.has(word.text.toLowerCase()) || LEXICON.titleModifiers.has(word.text) || /^[a-z]+$/.test(word.text);
  return between.length >= 1 && between.length <= 3 && between.every(isRole) && LEXICON.roleNouns.has((between.at(-1) as Token).text.toLowerCase()) && /^\s/.test(context.text.slice(body.end, body.end + 1)) ? person.entity : undefined;
}

/** A subject after an inverted verb: "the company", "the 45-year-old", "the report", up to punctuation or a phrase of place or time. */
const INVERTED_SUBJECT = /^\s+(?:the|his|her|their|its)(?:\s+[a-z0-9-]+){1,3}?(?=\s*[,.;:]|\s*$|\s+(?:in|on|at|after|before|when|during|last|this|outside|from|to|of)\s|\s+signed\s+by\s)/;
/** "signed by seven nurses": the people who signed a document, a plural noun. */
const SIGNED_BY = /^\s+signed\s+by\s+(?:[a-z0-9-]+\s+)?([a-z]+s)\b/;
/** The same in a headline, whose articles are dropped: "says embattled minister". */
const HEADLINE_SUBJECT = /^\s+(?:(?:the|his|her|their|its)\s+)?[a-z0-9-]+(?:\s+[a-z0-9-]+){0,2}?(?=\s*[,.;:]|\s*$|\s+(?:in|on|at|after|before|when|during|last|this|outside|from|to|of)\s)/;

/** Who the story said issued "the statement" before: the subject of the sentence that introduced it. */
function issuerOf(context: SpeakerContext, noun: Token): Found {
  const from = Math.max(0, noun.start - DOCUMENT_REACH - quotedBefore(context, noun.start, DOCUMENT_REACH));
  const earlier = context.text.slice(from, noun.start);
  const pattern = new RegExp(`\\b(?:a|an|its|his|her|their)\\s+(?:\\p{Ll}+\\s+)?${noun.text}\\b`, 'gu');
  let found: RegExpExecArray | null = null;
  for (let match = pattern.exec(earlier); match; match = pattern.exec(earlier)) found = match;
  if (!found) return senderOf(context, noun);
  const at = from + found.index;
  const sentence = context.sentences[sentenceAt(context, at)];
  if (!sentence) return undefined;
  const words = tokenise(context.text, sentence.start, at);
  // "Acme Records issued a statement": a verb of issuing introduces it as well as one of saying.
  const verb = verbsIn(words).at(-1) ?? words.findLast((word) => ISSUED.test(word.text));
  if (!verb) return undefined;
  return subjectOf(context, sentence.start, at, verb, 1) ?? null;
}

/** How many characters of quotation stand in the `reach` characters of the reporter's words before `at`. */
function quotedBefore(context: SpeakerContext, at: number, reach: number): number {
  let quoted = 0;
  let own = 0;
  let end = at;
  for (let index = context.quoted.length - 1; index >= 0 && own < reach; index -= 1) {
    const quote = context.quoted[index] as QuoteSpans;
    if (quote.open >= end) continue;
    const close = Math.min(quote.close, end);
    own += end - close;
    if (own >= reach) break;
    quoted += close - quote.open;
    end = quote.open;
  }
  return quoted;
}

/** Who the sentences before "the message read" said sent it: the subject of "X had messaged …". */
function senderOf(context: SpeakerContext, noun: Token): Found {
  const here = sentenceAt(context, noun.start);
  for (let index = here - 1; index >= Math.max(0, here - 2); index -= 1) {
    const sentence = context.sentences[index] as Sentence;
    const verb = tokenise(context.text, sentence.start, sentence.end).find((word) => SENT.test(word.text));
    if (!verb) continue;
    const sender = mentionsIn(context, sentence.start, verb.start).filter((mention) => mention.entity.type === 'person').at(-1);
    if (sender) return sender.entity;
    // "The video she posted on Friday …": the pronoun standing for the sender.
    const pronoun = tokenise(context.text, sentence.start, verb.start).at(-1);
    if (pronoun && PRONOUNS[pronoun.text.toLowerCase()] && PRONOUNS[pronoun.text.toLowerCase()] !== 'it') return resolvePronoun(context, pronoun.text, pronoun.start);
  }
  return undefined;
}

/** "the Republican candidate said", "the senator said": the person a role after "the" (or an owner) stands for. */
function describedHolder(context: SpeakerContext, words: readonly Token[], first: number, last: number): Found {
  const nearest = resolvePronoun(context, SOMEONE, (words[last] as Token).start);
  if (!/^the$/i.test(words[first]?.text ?? '')) return nearest;
  return qualifiedRoleHolder(context, words, first, last, nearest) ?? nearest;
}
