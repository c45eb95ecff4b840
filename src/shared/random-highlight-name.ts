/** Twelve random letters (56 bits): a highlight name a page can neither guess nor tell from its own. */
export function randomHighlightName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return [...bytes].map((byte) => 'abcdefghijklmnopqrstuvwxyz'[byte % 26]).join('');
}
