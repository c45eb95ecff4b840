/** A finite verb straight after a name: "would", "has", "plans". */
const CLAUSE_VERB = /^ (?:would|will|could|should|can|may|might|must|is|was|has|had|does|did|plans|planned|wants|wanted|needs|needed|expects|expected)\b/;

/**
 * "the officer said Tyvo would lead the work", "says Brellin has": after a verb of saying, a name
 * followed by a finite verb is the subject of the reported clause, whatever it names, not the speaker
 * as in "said Ana Roe". `end` is where the name ends in `text`.
 */
export const subjectOfReportedClause = (text: string, end: number): boolean => text.charCodeAt(end) === 32 && CLAUSE_VERB.test(text.slice(end, end + 12));
