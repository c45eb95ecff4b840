/** The page's `<meta>` values by lower-cased `property` or `name` (the first of each wins). */
export type MetaTags = ReadonlyMap<string, string>;

/** One pass over the head's meta tags: cheaper than a selector per key, and the same in every browser. */
export function readMetaTags(doc: Document): MetaTags {
  const tags = new Map<string, string>();
  for (const el of doc.getElementsByTagName('meta')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ??
      el.getAttribute('http-equiv'))?.trim().toLowerCase();
    const value = el.getAttribute('content')?.trim();
    if (key && value && !tags.has(key)) tags.set(key, value);
  }
  return tags;
}
