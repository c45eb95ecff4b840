import type { Token } from '../text/tokenise';

/**
 * Market data codes of wire stories, written after the instrument they stand for: continuous futures
 * ("LCOc1", "CLc1"), metal contracts of four capitals or more and one digit ("CMAL3"), and codes whose
 * capitals hold digits ("US10YT", "MIWD00000PUS").
 */
const CODE_SHAPE = /^(?:\p{Lu}{2,}c\d|\p{Lu}{4,}\d|\p{Lu}{2,}\d+\p{Lu}+)$/u;

/**
 * "the euro EUR= rose", "10-year notes US10YT=RR": a word glued to an equals sign, or shaped like a
 * market data code, is no name, and no part of the name before it ("Brent LCOc1" is Brent's).
 */
/** Every code shape has a digit: a word without one (most words) is not tried with the Unicode pattern. */
const DIGIT = /\d/;

export function isInstrumentCode(text: string, token: Token): boolean {
  return text[token.end] === '=' || text[token.start - 1] === '=' || (DIGIT.test(token.text) && CODE_SHAPE.test(token.text));
}
