// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PACING, watchPageChanges } from './watch-page-changes';

const PACING = { quietMs: 100, maxWaitMs: 400, maxQuietMs: 800 };
/** MutationObserver callbacks run as microtasks; let them, then let the fake clock run. */
const settle = async (ms: number) => {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
};

describe('watchPageChanges', () => {
  let controller: AbortController;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    document.body.innerHTML = '<main><p>First paragraph.</p></main>';
    controller = new AbortController();
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  it('looks once after a burst of text changes has gone quiet', async () => {
    const onChange = vi.fn();
    watchPageChanges(document, onChange, controller.signal, PACING);
    for (let i = 0; i < 5; i++) {
      document.querySelector('main')!.insertAdjacentHTML('beforeend', `<p>Paragraph ${i}</p>`);
      await settle(20);
    }
    expect(onChange).not.toHaveBeenCalled();
    await settle(150);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('ignores changes without text and its own quiet changes', async () => {
    const onChange = vi.fn();
    const changes = watchPageChanges(document, onChange, controller.signal, PACING);
    document.body.append(document.createElement('iframe'));
    changes.quietly(() => document.querySelector('p')!.append(' ours'));
    await settle(1000);
    expect(onChange).not.toHaveBeenCalled();
    (document.querySelector('p')!.firstChild as Text).data = 'Rewritten by the page.';
    await settle(150);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  /** when onChange ran, on the fake clock */
  let times: number[] = [];
  const timed = () => vi.fn(() => void times.push(performance.now()));
  beforeEach(() => {
    times = [];
  });

  it('keeps a 10 ms × 10 s storm from starving us, backs off while it lasts, reads the end of it, and is fast again after a real quiet period', async () => {
    const onChange = timed();
    const start = performance.now();
    watchPageChanges(document, onChange, controller.signal, DEFAULT_PACING);
    const ticker = document.createElement('span');
    document.body.append(ticker);
    for (let i = 0; i < 1000; i++) {
      ticker.textContent = `tick ${i}`;
      await settle(10);
    }
    const during = times.map((at) => at - start);
    // looked at although it never went quiet; the gaps grow (1.5, 1.5, 1.5, 2 s): without back-off we
    // would have looked 6 times, and 5 where the back-off reset itself while the storm went on
    expect(during.length).toBeGreaterThanOrEqual(3);
    expect(during.length).toBeLessThanOrEqual(4);
    const gaps = during.slice(1).map((at, i) => at - during[i]!);
    for (const [i, gap] of gaps.entries()) if (i > 0) expect(gap).toBeGreaterThanOrEqual(gaps[i - 1]!);
    // the page as the storm left it is read
    await settle(DEFAULT_PACING.maxQuietMs + 100);
    expect(onChange.mock.calls.length).toBe(during.length + 1);
    // still for long enough: a single change is looked at after the short quiet period again
    await settle(DEFAULT_PACING.maxQuietMs);
    ticker.textContent = 'final';
    await settle(DEFAULT_PACING.quietMs + 10);
    expect(onChange.mock.calls.length).toBe(during.length + 2);
  });

  it('keeps backing off under a slow ticker (once a second for 20 s) instead of dropping back to looking every second', async () => {
    const onChange = timed();
    watchPageChanges(document, onChange, controller.signal, DEFAULT_PACING);
    const clock = document.createElement('span');
    document.body.append(clock);
    for (let i = 0; i < 20; i++) {
      clock.textContent = `12:00:${String(i).padStart(2, '0')}`;
      await settle(1000);
    }
    // without back-off 20 looks; with a back-off that resets whenever our looks grow 3 s apart, 12
    expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(4);
    expect(onChange.mock.calls.length).toBeLessThanOrEqual(8);
  });

  it('leaves alone the parts of the page it is told do not concern it', async () => {
    const onChange = vi.fn();
    const ticker = document.createElement('div');
    document.body.append(ticker);
    const main = document.querySelector('main')!;
    watchPageChanges(document, onChange, controller.signal, PACING, undefined, (node) => main.contains(node) || node.contains(main));
    ticker.textContent = 'Markets up';
    await settle(1000);
    expect(onChange).not.toHaveBeenCalled();
    main.insertAdjacentHTML('beforeend', '<p>Late paragraph.</p>');
    await settle(150);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('stops when aborted', async () => {
    const onChange = vi.fn();
    watchPageChanges(document, onChange, controller.signal, PACING);
    controller.abort();
    document.body.append('late text');
    await settle(1000);
    expect(onChange).not.toHaveBeenCalled();
  });
});
