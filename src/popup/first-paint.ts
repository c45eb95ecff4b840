/** What firstPaint needs of the page's window (tests hand in their own). */
export interface PaintWindow {
  document: { visibilityState: DocumentVisibilityState };
  PerformanceObserver?: typeof PerformanceObserver;
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

/**
 * Settles once the page's first contentful frame is on screen (the paint timing's
 * first-contentful-paint: https://w3c.github.io/paint-timing/), with its time. The popup builds its
 * first view after it: building a long report's view takes the processor while the browser is still
 * putting the first frame on screen, and on a busy machine that delays the frame by more than the view
 * gains. Settles with null at once where no paint will come (a hidden page is not painted, a browser
 * without paint timing) and after `capMs` at the latest, so that the view never waits on a frame that
 * is slow for reasons of its own.
 */
export function firstPaint(capMs: number, win: PaintWindow = window): Promise<number | null> {
  return new Promise((resolve) => {
    if (win.document.visibilityState === 'hidden' || !win.PerformanceObserver?.supportedEntryTypes?.includes('paint')) return resolve(null);
    const observer = new win.PerformanceObserver((entries) => {
      const paint = entries.getEntriesByName('first-contentful-paint')[0];
      if (paint) done(paint.startTime);
    });
    const timer = win.setTimeout(() => done(null), capMs);
    const done = (time: number | null) => {
      observer.disconnect();
      win.clearTimeout(timer);
      resolve(time);
    };
    observer.observe({ type: 'paint', buffered: true });
  });
}
