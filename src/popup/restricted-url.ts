/**
 * Hosts where browsers forbid extensions to run content scripts: the extension stores. Chromium:
 * https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns ; Firefox keeps a
 * pref `extensions.webextensions.restrictedDomains` with addons.mozilla.org and its CDNs.
 */
const STORE_HOSTS = [
  'chromewebstore.google.com',
  'addons.mozilla.org',
  'accounts-static.cdn.mozilla.net',
  'accounts.firefox.com',
  'addons.cdn.mozilla.net',
  'microsoftedge.microsoft.com',
];

/** Whether Story Lens cannot read pages at this URL: not http(s) (chrome://, about:, file:, …) or a store. */
export function isRestrictedUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return true;
  const host = parsed.hostname.toLowerCase();
  if (host === 'chrome.google.com' && parsed.pathname.startsWith('/webstore')) return true;
  return STORE_HOSTS.includes(host);
}
