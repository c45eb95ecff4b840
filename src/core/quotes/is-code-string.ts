import type { QuoteSpans } from './find-quote-spans';

/** How far around a quotation the braces of a template or code are looked for. */
const REACH = 200;
// `constructor('alert(4)')`, `items["a"]`, `x = 'y'`: a mark opening right after a call's bracket or
// an operator, with a word or bracket before it.
const CALL_BEFORE = /[\p{L}\p{N}_$)\]]\s*[([]$|[=:]\s*$/u;
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
  return CALL_BEFORE.test(before) && CALL_AFTER.test(after);
}

/** An opening `{{`, `{%` or `${` before the quotation that its closing partner follows, on the same line. */
function insideBraces(before: string, after: string): boolean {
  const line = before.slice(before.lastIndexOf('\n') + 1);
  const open = Math.max(line.lastIndexOf('{{'), line.lastIndexOf('{%'), line.lastIndexOf('${'));
  if (open < 0 || /[}]/.test(line.slice(open + 2))) return false;
  const rest = after.slice(0, Math.max(0, after.indexOf('\n') < 0 ? after.length : after.indexOf('\n')));
  return /\}\}|%\}|\}/.test(rest);
}
