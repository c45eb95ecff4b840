/** The hover card as the reader sees it, which the page (and so `TestPage.evaluate`) cannot read. */

/**
 * Chromium only: the text and element names inside the hover card's closed shadow root (CDP pierces
 * it); null where no card shows.
 */
export async function cardInside(raw: unknown): Promise<{ text: string; elements: string[] } | null> {
  const page = raw as { context(): { newCDPSession(page: unknown): Promise<{ send(method: string, params?: object): Promise<unknown>; detach(): Promise<void> }> } };
  const cdp = await page.context().newCDPSession(raw);
  type DomNode = { nodeName: string; nodeType: number; nodeValue?: string; shadowRootType?: string; children?: DomNode[]; shadowRoots?: DomNode[] };
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  await cdp.detach();
  const find = (node: DomNode): DomNode | null => {
    // our card's host: the one element holding a closed shadow root (whatever its tag)
    if (node.shadowRoots?.some((shadow) => shadow.shadowRootType === 'closed')) return node;
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
      const hit = find(child);
      if (hit) return hit;
    }
    return null;
  };
  const host = find(root);
  if (!host) return null;
  const texts: string[] = [];
  const elements: string[] = [];
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) texts.push(node.nodeValue ?? '');
    if (node.nodeType === 1) elements.push(node.nodeName.toLowerCase());
    for (const child of node.children ?? []) walk(child);
  };
  for (const shadow of host.shadowRoots ?? []) if (shadow.shadowRootType === 'closed') walk(shadow);
  return { text: texts.join(' '), elements };
}
