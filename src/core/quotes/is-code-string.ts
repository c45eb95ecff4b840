import { isSpaceAt } from '../text/word-before';
import type { QuoteSpans } from './find-quote-spans';

/** How far around a quotation the braces of a template or code are looked for. */
const REACH = 200;
/** What may stand before a call's bracket: a name's last character, or a closing bracket. */
const CALLEE_END = /^[\p{L}\p{N}_$)\]]$/u;
const CALL_AFTER = /^\s*[)\],;]/;

/**
 * Marks around a string inside code or template syntax (`{{f('x')}}`, `{% trans "Hi" %}`,
 * `fn("arg")`) are not a quotation: nobody says the words.
 */
export function isCodeString(text: string, quote: QuoteSpans): boolean {
  if (quote.spans.length !== 1) return false;
  const before = text.slice(Math.max(0, quote.open - REACH), quote.open);
  const after = text.slice(quote.close, quote.close + REACH);
  if (insideBraces(before, after)) return true;
  return CALL_AFTER.test(after) && opensCall(text, quote.open, Math.max(0, quote.open - REACH));
}

/**
 * `constructor('alert(4)')`, `items["a"]`, `x = 'y'`: a mark opening right after a call's bracket (a
 * word or bracket before it) or an operator. Read backwards from the mark, not with an end-anchored
 * pattern over the text before it, which V8 tries from every start position; `floor` is how far back
 * the text counts.
 */
export function opensCall(text: string, at: number, floor: number): boolean {
  let end = at;
  while (end > floor && isSpaceAt(text, end - 1)) end -= 1;
  const last = end > floor ? text[end - 1] : undefined;
  if (last === '=' || last === ':') return true;
  if (end !== at || (last !== '(' && last !== '[')) return false;
  end -= 1;
  while (end > floor && isSpaceAt(text, end - 1)) end -= 1;
  if (end <= floor) return false;
  const code = text.charCodeAt(end - 1);
  // A letter or digit outside the basic plane, both halves inside the text read.
  const pair = code >= 0xdc00 && code <= 0xdfff && end - 2 >= floor ? text.slice(end - 2, end) : '';
  return CALLEE_END.test(pair.length === 2 && /^[\ud800-\udbff]/.test(pair) ? pair : (text[end - 1] as string));
}

/** An opening `{{`, `{%` or `${` before the quotation that its closing partner follows, on the same line. */
function insideBraces(before: string, after: string): boolean {
  const line = before.slice(before.lastIndexOf('\n') + 1);
  const open = Math.max(line.lastIndexOf('{{'), line.lastIndexOf('{%'), line.lastIndexOf('${'));
  if (open < 0 || /[}]/.test(line.slice(open + 2))) return false;
  const rest = after.slice(0, Math.max(0, after.indexOf('\n') < 0 ? after.length : after.indexOf('\n')));
  return /\}\}|%\}|\}/.test(rest);
}
