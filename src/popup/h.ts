/** What `h` accepts as a child: nodes, or strings that always become text nodes (never HTML). */
export type Child = Node | string | number | null | undefined | false;
type AttrValue = string | number | boolean | null | undefined;
export type Attrs = Record<string, AttrValue | ((event: Event) => void)>;

/**
 * Builds an element. Attributes named `on…` with a function become event listeners; `true` sets a
 * boolean attribute, `false`/null/undefined leave it out. Strings are appended as text, so page text
 * can never be read as markup.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) element.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) element.append(typeof child === 'number' ? String(child) : child);
  }
  return element;
}

let lastId = 0;
/** A document-unique id for aria-controls / aria-describedby pairs. */
export const uniqueId = (prefix: string): string => `${prefix}-${++lastId}`;
