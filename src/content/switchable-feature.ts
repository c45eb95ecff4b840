/** A feature that can be started and stopped again, as often as needed. */
export interface SwitchableFeature {
  /** starts it where it is not running */
  on(): void;
  /** stops it where it is running (its listeners and observers go with its signal) */
  off(): void;
}

/**
 * Runs `start(signal)` on demand and stops it by aborting that signal; everything stops for good when
 * `parent` aborts. Each run's controller is made by `parent`'s own constructor: a DOM accepts only
 * the signals of its own realm in `addEventListener` (jsdom in the tests), and the parent's signal is
 * already one it accepts.
 */
export function switchableFeature(parent: AbortController, start: (signal: AbortSignal) => void): SwitchableFeature {
  const Controller = parent.constructor as typeof AbortController;
  let current: AbortController | null = null;
  const off = () => {
    const stopping = current;
    current = null;
    stopping?.abort();
  };
  parent.signal.addEventListener('abort', off, { once: true });
  return {
    on() {
      if (current || parent.signal.aborted) return;
      const controller = new Controller();
      current = controller;
      start(controller.signal);
    },
    off,
  };
}
