/**
 * What the page sees of our hover card: its host, whose tag is random per page load, so a page (and a
 * test) finds it only as the one element beside <head> and <body>. Each function runs in the page
 * (`TestPage.evaluate`, `waitFor`), so each stands alone.
 */

/** The host's tag, shadow root as the page sees it, and display; null while no card shows. */
export function cardHost(): { tag: string; shadowRoot: ShadowRoot | null; display: string } | null {
  const hosts = [...document.documentElement.children].filter((element) => element !== document.head && element !== document.body);
  if (hosts.length !== 1) return null;
  const host = hosts[0] as HTMLElement;
  return { tag: host.localName, shadowRoot: host.shadowRoot, display: getComputedStyle(host).display };
}

/** Whether a card shows. */
export function cardShown(): boolean {
  return [...document.documentElement.children].some((element) => element !== document.head && element !== document.body);
}

/** Whether no card shows. */
export function cardGone(): boolean {
  return [...document.documentElement.children].every((element) => element === document.head || element === document.body);
}
