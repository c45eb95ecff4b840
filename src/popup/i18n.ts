import english from '../_locales/en/messages.json';

export type MessageKey = keyof typeof english;
export type Translate = (key: MessageKey, ...substitutions: Array<string | number>) => string;
type GetMessage = (key: string, substitutions?: string[]) => string;

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * The English text of a message, resolved the way `i18n.getMessage` does it (named `$NAME$`
 * placeholders, then `$1`…`$9`): the fallback, and what unit tests read.
 */
export function englishMessage(key: MessageKey, ...substitutions: Array<string | number>): string {
  const entry = (english as Record<string, MessageEntry | undefined>)[key];
  if (!entry) return key;
  const positional = (text: string) =>
    text.replace(/\$(\d|\$)/g, (_match, which: string) => (which === '$' ? '$' : String(substitutions[Number(which) - 1] ?? '')));
  const named = entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (match, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? positional(placeholder.content) : match;
  });
  return named.includes('$') && !entry.placeholders ? positional(named) : named;
}

/**
 * A translator over `i18n.getMessage` (the extension's `_locales/`), falling back to English where the
 * browser gives nothing (a missing key, or no extension API as in unit tests).
 */
export function createTranslator(getMessage: GetMessage | null = platformGetMessage()): Translate {
  return (key, ...substitutions) => {
    const strings = substitutions.map(String);
    const message = getMessage?.(key, strings);
    return message ? message : englishMessage(key, ...strings);
  };
}

function platformGetMessage(): GetMessage | null {
  const api = (globalThis as { chrome?: { i18n?: { getMessage?: GetMessage } }; browser?: { i18n?: { getMessage?: GetMessage } } });
  const i18n = api.browser?.i18n ?? api.chrome?.i18n;
  return i18n?.getMessage ? (key, substitutions) => i18n.getMessage!(key, substitutions) : null;
}
