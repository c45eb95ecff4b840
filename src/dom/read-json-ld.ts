/** A schema.org node from a page's JSON-LD, as parsed: untrusted, so every field is `unknown`. */
export type LdNode = Readonly<Record<string, unknown>>;

/** Pages put megabytes of JSON in script tags (app state); metadata is never that long. */
const MAX_LD_CHARS = 200_000;
/** The JSON-LD scripts (`i`: the type's ASCII letters in any case, as lower-casing it compared). */
const LD_SCRIPTS = 'script[type="application/ld+json" i]';

/**
 * Every schema.org node of the page's `application/ld+json` scripts, `@graph` members and arrays
 * flattened, in page order. Malformed JSON (common: trailing commas, HTML entities) is skipped.
 */
export function readJsonLd(doc: Document): LdNode[] {
  const nodes: LdNode[] = [];
  // the engine's own scan: a news page carries a hundred other scripts, each an element to wrap and ask,
  // and most pages that are not stories have none: the first match answers that without a list
  if (doc.querySelector(LD_SCRIPTS) === null) return nodes;
  const scripts = doc.querySelectorAll(LD_SCRIPTS);
  for (let i = 0; i < scripts.length; i++) {
    const text = scripts[i]?.textContent ?? '';
    if (text.length > MAX_LD_CHARS) continue;
    try {
      addLdNodes(nodes, JSON.parse(text), 0);
    } catch {
      // not valid JSON: the page's other metadata still counts
    }
  }
  return nodes;
}

function addLdNodes(nodes: LdNode[], value: unknown, depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) addLdNodes(nodes, item, depth + 1);
    return;
  }
  const node = value as LdNode;
  if ('@type' in node) nodes.push(node);
  if ('@graph' in node) addLdNodes(nodes, node['@graph'], depth + 1);
}

/** A node's `@type` values (a string or an array of strings), without a schema.org prefix. */
export function ldTypes(node: LdNode): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === 'string').map(withoutSchemaOrg);
}

const SCHEMA_ORG_HOST = '//schema.org/';

/**
 * "https://schema.org/NewsArticle" → "NewsArticle": a type without the schema.org prefix (http or
 * https, in any case), by string tests rather than a pattern compiled on every page.
 */
export function withoutSchemaOrg(type: string): string {
  if (type.length < 18 || (type.charCodeAt(0) | 0x20) !== 0x68) return type; // 'h'
  const head = type.slice(0, 19).toLowerCase();
  // the scheme and the host tested apart: no source holds a literal address (see hostile-network.test.ts)
  const host = head.startsWith('https:') ? 6 : head.startsWith('http:') ? 5 : -1;
  return host > 0 && head.startsWith(SCHEMA_ORG_HOST, host) ? type.slice(host + SCHEMA_ORG_HOST.length) : type;
}

/** The first string of a field that may be a string, an object with `name`, or an array of either. */
export function ldText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(ldText).filter((name): name is string => name !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  if (value && typeof value === 'object' && 'name' in value) return ldText((value as LdNode).name);
  return null;
}
