import type english from '../_locales/en/messages.json';

export type MessageKey = keyof typeof english;
export type Translate = (key: MessageKey, ...substitutions: Array<string | number>) => string;
type GetMessage = (key: string, substitutions?: string[]) => string;

/** Where no translation is found: the key itself (never an empty label). */
const keyItself: Translate = (key) => key;

/**
 * A translator over `i18n.getMessage` (the extension's `_locales/`, where the browser falls back to
 * English for a message a language lacks), and `fallback` where it gives nothing: no extension API,
 * as in unit tests, which pass `englishMessage`.
 */
export function createTranslator(getMessage: GetMessage | null = platformGetMessage(), fallback: Translate = keyItself): Translate {
  return (key, ...substitutions) => {
    const strings = substitutions.map(String);
    const message = getMessage?.(key, strings);
    return message ? message : fallback(key, ...strings);
  };
}

function platformGetMessage(): GetMessage | null {
  const api = (globalThis as { chrome?: { i18n?: { getMessage?: GetMessage } }; browser?: { i18n?: { getMessage?: GetMessage } } });
  const i18n = api.browser?.i18n ?? api.chrome?.i18n;
  return i18n?.getMessage ? (key, substitutions) => i18n.getMessage!(key, substitutions) : null;
}
