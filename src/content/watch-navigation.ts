/**
 * The part of an address that names a page: a new `#fragment` is the same story. By string tests,
 * not a pattern: this runs at the start of the content script on every page, where compiling one costs.
 */
const pageOf = (href: string): string => {
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
};

/**
 * Calls `onNavigate` when the page moves to another address without loading a new document
 * (`history.pushState`, back/forward, the Navigation API). A content script cannot see the page's
 * own `pushState` calls (they run in another JavaScript world), so besides `popstate` and the
 * Navigation API's `currententrychange` (Chrome 102+, Firefox 147+), `check()` compares the address
 * whenever the page's DOM changes: a client-side navigation nearly always re-renders something.
 *
 * The address is the document's `URL`, which `pushState` and `replaceState` update as they do
 * `location` (https://html.spec.whatwg.org/multipage/browsing-the-web.html#url-and-history-update-steps):
 * a string of the document already wrapped, where `location` would make the script's world build a
 * `Location` object on every page.
 */
export function watchNavigation(view: Window, onNavigate: (url: string) => void, signal: AbortSignal): { check(): void } {
  const doc = view.document;
  let current = pageOf(doc.URL);
  const check = () => {
    const url = doc.URL;
    const next = pageOf(url);
    if (next === current) return;
    current = next;
    onNavigate(url);
  };
  view.addEventListener('popstate', check, { signal });
  const navigation = (view as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', check, { signal });
  return { check };
}
