import { describe, expect, it, vi } from 'vitest';
import { claimPage } from './claim-page';

describe('claimPage', () => {
  it('a second injection stops the first before it starts, so the page is painted once', () => {
    const scope = {};
    const first = vi.fn();
    const second = vi.fn();
    claimPage(scope, first);
    expect(first).not.toHaveBeenCalled();
    claimPage(scope, second);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).not.toHaveBeenCalled();
  });

  it('takes over from an orphan whose stop throws (a reloaded extension)', () => {
    const scope = {};
    claimPage(scope, () => {
      throw new Error('Extension context invalidated.');
    });
    const next = vi.fn();
    expect(() => claimPage(scope, next)).not.toThrow();
    claimPage(scope, () => undefined);
    expect(next).toHaveBeenCalledTimes(1);
  });

  it('leaves no property a page could read by name', () => {
    const scope = {};
    claimPage(scope, () => undefined);
    expect(Object.keys(scope)).toEqual([]);
    expect(JSON.stringify(scope)).toBe('{}');
  });
});
