// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPageChanges } from './watch-page-changes';

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

  it('keeps a page that never stops changing from starving us, and backs off while it storms', async () => {
    const onChange = vi.fn();
    watchPageChanges(document, onChange, controller.signal, PACING);
    const ticker = document.createElement('span');
    document.body.append(ticker);
    for (let i = 0; i < 200; i++) {
      ticker.textContent = `tick ${i}`;
      await settle(20);
    }
    // 4 s of changes every 20 ms: looked at despite never going quiet, but far fewer than 200 times
    expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(onChange.mock.calls.length).toBeLessThan(4000 / PACING.maxWaitMs);
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
