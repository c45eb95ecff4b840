/** The page's `<meta>` values by lower-cased `property` or `name` (the first of each wins). */
export type MetaTags = ReadonlyMap<string, string>;

/** One pass over the page's meta tags: cheaper than a selector per key, and the same in every browser. */
export function readMetaTags(doc: Document): MetaTags {
  const tags = new Map<string, string>();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const el = metas[i] as HTMLMetaElement;
    const value = el.getAttribute('content');
    if (!value) continue;
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ??
      el.getAttribute('http-equiv'))?.trim().toLowerCase();
    const content = value.trim();
    if (key && content && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}
