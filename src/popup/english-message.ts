import english from '../_locales/en/messages.json';
import type { MessageKey } from './i18n';

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * The English text of a message, resolved the way `i18n.getMessage` does it (named `$NAME$`
 * placeholders, then `$1`…`$9`): what unit tests and the benchmark read where there is no extension
 * API. The extension's bundles leave it out: there the browser itself falls back to English.
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
