import { describe, expect, it } from 'vitest';
import { firstPaint, type PaintWindow } from './first-paint';

/** A window whose paints and clock the test drives. */
function fakeWindow({ hidden = false, paintTiming = true } = {}) {
  let report: ((entries: { getEntriesByName(name: string): Array<{ startTime: number }> }) => void) | null = null;
  let disconnected = false;
  const timers = new Map<number, () => void>();
  class FakeObserver {
    static supportedEntryTypes = paintTiming ? ['paint', 'mark'] : ['mark'];
    constructor(callback: NonNullable<typeof report>) {
      report = callback;
    }
    observe() {}
    disconnect() {
      disconnected = true;
    }
  }
  const win = {
    document: { visibilityState: hidden ? 'hidden' : 'visible' },
    PerformanceObserver: FakeObserver as unknown as typeof PerformanceObserver,
    setTimeout: (handler: () => void) => {
      timers.set(timers.size + 1, handler);
      return timers.size;
    },
    clearTimeout: (id: number) => void timers.delete(id),
  } satisfies PaintWindow;
  return {
    win,
    paint: (name: string, startTime: number) => report?.({ getEntriesByName: (wanted) => (wanted === name ? [{ startTime }] : []) }),
    elapse: () => [...timers.values()].forEach((handler) => handler()),
    get disconnected() {
      return disconnected;
    },
  };
}

const settledNow = async <T>(promise: Promise<T>): Promise<T | 'waiting'> => Promise.race([promise, new Promise<'waiting'>((resolve) => setTimeout(() => resolve('waiting'), 0))]);

describe('firstPaint', () => {
  it('waits for the first contentful paint and answers its time (a first paint without content is not it)', async () => {
    const page = fakeWindow();
    const painted = firstPaint(100, page.win);
    page.paint('first-paint', 20);
    expect(await settledNow(painted)).toBe('waiting');
    page.paint('first-contentful-paint', 42);
    expect(await painted).toBe(42);
    expect(page.disconnected).toBe(true);
  });

  it('stops waiting after the cap when no paint is reported', async () => {
    const page = fakeWindow();
    const painted = firstPaint(100, page.win);
    expect(await settledNow(painted)).toBe('waiting');
    page.elapse();
    expect(await painted).toBeNull();
    expect(page.disconnected).toBe(true);
  });

  it('does not wait at all on a hidden page or in a browser without paint timing', async () => {
    expect(await settledNow(firstPaint(100, fakeWindow({ hidden: true }).win))).toBeNull();
    expect(await settledNow(firstPaint(100, fakeWindow({ paintTiming: false }).win))).toBeNull();
  });
});
