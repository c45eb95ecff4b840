/**
 * "served in the Navy", "an Army veteran": a country's armed service, capitalised alone, is the
 * service; in lower case ("the army") it is the common noun. Their head words ("Army", "Navy") are
 * dropped alone elsewhere, as "Police" and "Island" are.
 * Source: the services' own names, as AP style capitalises them alone for a country's forces
 * ("the Army", "the Navy"); the closed class of one-word services.
 */
const SERVICES: ReadonlySet<string> = new Set(['Army', 'Navy']);

/** Whether the one-word name, not opening its sentence, is an armed service. */
export const isArmedService = (words: readonly string[], initial: boolean): boolean => !initial && words.length === 1 && SERVICES.has(words[0] ?? '');
