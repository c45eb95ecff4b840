import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { watchNavigation } from './watch-navigation';

const windowAt = (url: string) => new JSDOM('<!doctype html><p>A page.</p>', { url }).window as unknown as Window & typeof globalThis;

describe('watchNavigation', () => {
  it('tells of a move to another address made with pushState, with the new address', () => {
    const view = windowAt('https://news.example.com/world/one');
    const onNavigate = vi.fn();
    const { check } = watchNavigation(view, onNavigate, new view.AbortController().signal);
    check();
    expect(onNavigate).not.toHaveBeenCalled();
    view.history.pushState(null, '', '/world/two?page=2');
    check();
    expect(onNavigate).toHaveBeenCalledExactlyOnceWith('https://news.example.com/world/two?page=2');
    // the same address again is no navigation
    check();
    expect(onNavigate).toHaveBeenCalledOnce();
  });

  it('takes a new #fragment for the same page, and a move away from it for a new one', () => {
    const view = windowAt('https://news.example.com/world/one#top');
    const onNavigate = vi.fn();
    const { check } = watchNavigation(view, onNavigate, new view.AbortController().signal);
    view.history.pushState(null, '', '#comments');
    check();
    view.history.replaceState(null, '', '/world/one');
    check();
    expect(onNavigate).not.toHaveBeenCalled();
    view.history.pushState(null, '', '/world/one/comments#latest');
    check();
    expect(onNavigate).toHaveBeenCalledExactlyOnceWith('https://news.example.com/world/one/comments#latest');
  });

  it('hears back and forward (popstate) until its signal aborts', () => {
    const view = windowAt('https://news.example.com/world/one');
    const onNavigate = vi.fn();
    const stop = new view.AbortController();
    watchNavigation(view, onNavigate, stop.signal);
    view.history.pushState(null, '', '/world/two');
    view.dispatchEvent(new view.PopStateEvent('popstate'));
    expect(onNavigate).toHaveBeenCalledExactlyOnceWith('https://news.example.com/world/two');
    stop.abort();
    view.history.pushState(null, '', '/world/three');
    view.dispatchEvent(new view.PopStateEvent('popstate'));
    expect(onNavigate).toHaveBeenCalledOnce();
  });
});
