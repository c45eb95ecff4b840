/** The part of an address that names a page: a new `#fragment` is the same story. */
const pageOf = (href: string): string => href.replace(/#.*$/, '');

/**
 * Calls `onNavigate` when the page moves to another address without loading a new document
 * (`history.pushState`, back/forward, the Navigation API). A content script cannot see the page's
 * own `pushState` calls (they run in another JavaScript world), so besides `popstate` and the
 * Navigation API's `currententrychange` (Chrome 102+, Firefox 147+), `check()` compares the address
 * whenever the page's DOM changes: a client-side navigation nearly always re-renders something.
 */
export function watchNavigation(view: Window, onNavigate: (url: string) => void, signal: AbortSignal): { check(): void } {
  let current = pageOf(view.location.href);
  const check = () => {
    const next = pageOf(view.location.href);
    if (next === current) return;
    current = next;
    onNavigate(view.location.href);
  };
  view.addEventListener('popstate', check, { signal });
  const navigation = (view as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', check, { signal });
  return { check };
}
