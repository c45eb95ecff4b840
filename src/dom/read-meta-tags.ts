/** The page's `<meta>` values by lower-cased `property` or `name` (the first of each wins). */
export type MetaTags = ReadonlyMap<string, string>;

/**
 * One pass over the page's meta tags: cheaper than a selector per key, and the same in every browser.
 * With `only`, just those keys (what detection needs): the others' content is never read.
 */
export function readMetaTags(doc: Document, only?: ReadonlySet<string>): MetaTags {
  const tags = new Map<string, string>();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const el = metas[i] as HTMLMetaElement;
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ??
      el.getAttribute('http-equiv'))?.trim().toLowerCase();
    if (!key || tags.has(key) || (only && !only.has(key))) continue;
    const content = el.getAttribute('content')?.trim();
    if (content) tags.set(key, content);
  }
  return tags;
}
