/** List rows built before the first paint: more than a popup's screenful, fewer than a long report's. */
export const FIRST_FRAME_ROWS = 40;

/** Rows built per slice of the work put off, and how long a slice may run before it yields. */
const CHUNK_ROWS = 25;
const SLICE_MS = 8;

/**
 * Long lists built in two steps: the rows the reader sees first at once, the others after the first
 * frame is painted, appended at the end of their own lists in the order given. Rows only ever arrive
 * below what is on screen, so nothing the reader sees moves.
 */
export class RowsLater {
  #room: number;
  readonly #queue: Array<() => void> = [];

  /** `room`: how many rows may be built now, across every list (Infinity: all of them). */
  constructor(room: number = FIRST_FRAME_ROWS) {
    this.#room = room;
  }

  /** Appends `render(item)` for each item to `list`: as many as there is room for now, the rest later. */
  rows<T>(list: HTMLElement, items: readonly T[], render: (item: T, index: number) => Node): void {
    const now = Math.max(0, Math.min(items.length, this.#room));
    this.#room -= now;
    list.append(...items.slice(0, now).map((item, index) => render(item, index)));
    for (let start = now; start < items.length; start += CHUNK_ROWS) {
      const end = Math.min(items.length, start + CHUNK_ROWS);
      this.#queue.push(() => list.append(...items.slice(start, end).map((item, offset) => render(item, start + offset))));
    }
  }

  /** Whether rows are still waiting. */
  get pending(): boolean {
    return this.#queue.length > 0;
  }

  /** Builds the waiting rows once the first frame is on screen, in slices that leave room for input. */
  async finish(): Promise<void> {
    if (!this.pending) return;
    await afterPaint();
    while (this.#queue.length > 0) {
      const until = performance.now() + SLICE_MS;
      while (this.#queue.length > 0 && performance.now() < until) this.#queue.shift()?.();
      if (this.#queue.length > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
}

/**
 * Resolves after the next frame is painted: a task queued from an animation frame runs after that
 * frame. A hidden page gets no animation frames, so a timer stands in for one.
 */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      setTimeout(resolve, 0);
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(go);
    setTimeout(go, 100);
  });
}
