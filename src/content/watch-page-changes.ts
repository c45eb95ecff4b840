import { shownCardName } from './card-tag';

/** How long the page must be quiet before we look, and how long a steady stream may delay us. */
export interface ChangePacing {
  quietMs: number;
  maxWaitMs: number;
  /**
   * the quiet period doubles while changes keep coming (a ticker, an animation), up to this, and
   * drops back only once the page has made no change for this long
   */
  maxQuietMs: number;
}

export const DEFAULT_PACING: ChangePacing = { quietMs: 250, maxWaitMs: 1500, maxQuietMs: 4000 };

export interface PageChanges {
  /** runs a DOM change of ours without taking it for the page's */
  quietly(change: () => void): void;
  /** asks for a look as if the page had changed (after a navigation that re-rendered nothing yet) */
  schedule(): void;
}

/** Our own elements: the hover card's host (its tag is random, see hover-card.ts) and the fallback's marks. */
const MARK_NAME = 'STORY-LENS-MARK';

/**
 * Calls `onChange` after the page's text changes: a MutationObserver on text and child lists,
 * debounced (quiet period, with a cap so a page that never stops still gets looked at) and backing off
 * while changes storm, until the page has been still for `maxQuietMs`. Changes that add or remove no
 * text at all (an ad frame, an attribute, our own card) are ignored.
 */
export function watchPageChanges(
  doc: Document,
  onChange: () => void,
  signal: AbortSignal,
  pacing: ChangePacing = DEFAULT_PACING,
  /** called at once (not debounced) with the text nodes the page edited or removed */
  onTextNodesChanged: (nodes: Node[]) => void = () => undefined,
  /** whether a change at this node can matter (false: a part of the page we do not follow) */
  concerns: (node: Node) => boolean = () => true,
): PageChanges {
  const view = doc.defaultView!;
  let quiet = pacing.quietMs;
  let timer: number | null = null;
  let firstPending = 0;
  let lastFired = -Infinity;
  let lastChange = -Infinity;

  const fire = () => {
    timer = null;
    firstPending = 0;
    const now = performance.now();
    // The page is busy when the cap made us look (changes never stopped for `quiet`) or we look again
    // soon after the last time: look less often. Only a real quiet period resets it (see schedule), so
    // a storm that goes on is not looked at faster again because our looks had grown far apart.
    if (now - lastChange < quiet || now - lastFired < pacing.maxWaitMs * 2) quiet = Math.min(pacing.maxQuietMs, quiet * 2);
    lastFired = now;
    onChange();
  };

  const schedule = () => {
    const now = performance.now();
    // No change at all for the longest back-off: the storm is over, and the next change is looked at soon.
    if (now - lastChange >= pacing.maxQuietMs) quiet = pacing.quietMs;
    lastChange = now;
    if (firstPending === 0) firstPending = now;
    if (timer !== null) view.clearTimeout(timer);
    const wait = Math.max(0, Math.min(quiet, firstPending + Math.max(pacing.maxWaitMs, quiet) - now));
    timer = view.setTimeout(fire, wait);
  };

  const handle = (records: readonly MutationRecord[]) => {
    if (!records.some((record) => changesText(record) && concerns(record.target))) return;
    const touched: Node[] = [];
    for (const record of records) {
      if (record.type === 'characterData') touched.push(record.target);
      else for (const node of record.removedNodes) if (node.nodeType === 3) touched.push(node);
    }
    if (touched.length > 0) onTextNodesChanged(touched);
    schedule();
  };

  const observer = new view.MutationObserver(handle);
  observer.observe(doc, { childList: true, characterData: true, subtree: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer !== null) view.clearTimeout(timer);
    },
    { once: true },
  );

  return {
    schedule,
    quietly(change) {
      // Records queued before our change are the page's: keep them. Those our change made: drop them.
      handle(observer.takeRecords());
      try {
        change();
      } finally {
        observer.takeRecords();
      }
    },
  };
}

function changesText(record: MutationRecord): boolean {
  if (record.type === 'characterData') return !isOurs(record.target.parentNode);
  if (isOurs(record.target)) return false;
  return hasText(record.addedNodes) || hasText(record.removedNodes);
}

function hasText(nodes: NodeList): boolean {
  for (const node of nodes) {
    if (isOurs(node)) continue;
    if (node.nodeType === 3 ? /\S/.test((node as Text).data) : (node.textContent ?? '').trim() !== '') return true;
  }
  return false;
}

const isOurs = (node: Node | null): boolean => node !== null && (node.nodeName === MARK_NAME || node.nodeName === shownCardName());
