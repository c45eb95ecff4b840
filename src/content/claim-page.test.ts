import { describe, expect, it, vi } from 'vitest';
import { announceInstance, claimPage, claimedInstance, whenClaimed } from './claim-page';

describe('claimPage', () => {
  it('a second injection stops the first before it starts, so the page is painted once', () => {
    const scope = {};
    const first = vi.fn();
    const second = vi.fn();
    claimPage(scope, { stop: first });
    expect(first).not.toHaveBeenCalled();
    claimPage(scope, { stop: second });
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).not.toHaveBeenCalled();
  });

  it('takes over from an orphan whose stop throws (a reloaded extension)', () => {
    const scope = {};
    claimPage(scope, {
      stop: () => {
        throw new Error('Extension context invalidated.');
      },
    });
    const next = vi.fn();
    expect(() => claimPage(scope, { stop: next })).not.toThrow();
    claimPage(scope, { stop: () => undefined });
    expect(next).toHaveBeenCalledTimes(1);
  });

  it('leaves no property a page could read by name', () => {
    const scope = {};
    claimPage(scope, { stop: () => undefined });
    expect(Object.keys(scope)).toEqual([]);
    expect(JSON.stringify(scope)).toBe('{}');
  });

  it('hands the running instance to whoever waited for it, once it announces itself', () => {
    const scope = {};
    const waiter = vi.fn();
    whenClaimed(scope, waiter);
    const instance = { stop: () => undefined, handle: () => undefined };
    claimPage(scope, instance);
    expect(waiter).not.toHaveBeenCalled();
    announceInstance(scope);
    expect(waiter).toHaveBeenCalledWith(instance);
    announceInstance(scope);
    expect(waiter).toHaveBeenCalledTimes(1);
    // a later waiter gets the instance that already answers at once
    const late = vi.fn();
    whenClaimed(scope, late);
    expect(late).toHaveBeenCalledWith(instance);
    expect(claimedInstance(scope)).toBe(instance);
    expect(Object.keys(scope)).toEqual([]);
  });
});
