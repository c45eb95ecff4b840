const keys = new Map<string, string>();

/** Lower-cased, dots and "the " dropped: "U.S." and "US", "the Netherlands" and "Netherlands" meet. */
export function gazetteerKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size > 20_000) keys.clear();
    key = computeKey(name);
    keys.set(name, key);
  }
  return key;
}

const computeKey = (name: string): string =>
  name
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/^the\s+/, '')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
