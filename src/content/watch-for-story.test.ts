import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import type { PageState } from '../shared/protocol';
import { announceInstance, claimPage } from './claim-page';
import type { MessageListener } from './content-api';
import type { WatchApi } from './watch-for-story';
import { watchForStory } from './watch-for-story';

// The watch that runs on every page (content.js), in jsdom, with a fake background: `startStory`
// plays the worker injecting the story script, which claims the page and answers from then on.
const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../tests/fixtures/kerry-syria/${name}`, import.meta.url)), 'utf8');

const STORY_STATE: PageState = { state: 'annotated', painted: { person: 3, place: 2, organization: 1, quote: 1 }, renderer: 'highlight-api' };

interface Options {
  /** what injecting the story script does: start it (default), or fail with this message */
  refuse?: string;
}

function watch(html: string, { refuse }: Options = {}) {
  const { window } = new JSDOM(html, { url: 'https://news.example.com/2026/12/07/story', virtualConsole: new VirtualConsole() });
  const scope = {};
  let listener: MessageListener = () => undefined;
  const storyAnswers: string[] = [];
  const startStory = vi.fn(async () => {
    if (refuse) return refuse;
    // the story script, injected: claims the page, then announces it answers
    setTimeout(() => {
      claimPage(scope, {
        stop: () => undefined,
        handle: async (message) => {
          storyAnswers.push((message as { type: string }).type);
          return STORY_STATE;
        },
      });
      announceInstance(scope);
    }, 5);
    return null;
  });
  const api: WatchApi = { extensionId: 'story-lens', onMessage: (handler) => (listener = handler), startStory };
  watchForStory(window.document, api, scope);
  const send = (message: unknown, sender = 'story-lens') => listener(message, sender);
  return { window, startStory, send, storyAnswers };
}

describe('watchForStory', () => {
  it('brings the story script at once on a page with a story, and hands it the calls that wait for it', async () => {
    const { startStory, send, storyAnswers } = watch(fixture('cnn-2016.html'));
    expect(startStory).toHaveBeenCalledTimes(1);
    await expect(send({ type: 'page:state' })).resolves.toEqual(STORY_STATE);
    expect(storyAnswers).toEqual(['page:state']);
    // once the story script runs, it answers on its own listener: the watch leaves every call to it
    expect(send({ type: 'page:state' })).toBeUndefined();
    expect(startStory).toHaveBeenCalledTimes(1);
  });

  it('answers "not an article" itself on a page that is not a story, bringing nothing', async () => {
    const { startStory, send } = watch(fixture('homepage.html'));
    await expect(send({ type: 'page:state' })).resolves.toEqual({
      state: 'not-article',
      painted: { person: 0, place: 0, organization: 0, quote: 0 },
      renderer: 'highlight-api',
    });
    expect(startStory).not.toHaveBeenCalled();
  });

  it('brings the story script for a call only it can answer ("Annotate anyway")', async () => {
    const { startStory, send, storyAnswers } = watch(fixture('homepage.html'));
    await expect(send({ type: 'page:annotate' })).resolves.toEqual(STORY_STATE);
    expect(startStory).toHaveBeenCalledTimes(1);
    expect(storyAnswers).toEqual(['page:annotate']);
  });

  it('looks again when a story arrives late, and brings the story script then', async () => {
    const { window, startStory, send } = watch('<!doctype html><html lang="en"><head><title>Loading</title></head><body><main id="app"></main></body></html>');
    await expect(send({ type: 'page:state' })).resolves.toMatchObject({ state: 'not-article' });
    const body = window.document.createElement('div');
    for (let i = 0; i < 5; i++) {
      const p = window.document.createElement('p');
      p.textContent = `Paragraph ${i + 1} of a story that a single-page app rendered after its load, long enough to read as prose.`;
      body.append(p);
    }
    window.document.getElementById('app')!.append(body);
    await vi.waitFor(() => expect(startStory).toHaveBeenCalledTimes(1), { timeout: 5_000 });
  });

  it('leaves messages that are not its own, and refuses calls from anyone but Story Lens', async () => {
    const { startStory, send } = watch(fixture('homepage.html'));
    expect(send({ type: 'something:else' })).toBeUndefined();
    expect(send('page:state')).toBeUndefined();
    expect(send({ type: { toString: 1 } })).toBeUndefined();
    await expect(send({ type: 'page:annotate' }, 'another-extension')).resolves.toMatchObject({ error: { code: 'forbidden' } });
    expect(startStory).not.toHaveBeenCalled();
  });

  it('answers an error where the story script cannot be injected, and tries again on the next call', async () => {
    const { startStory, send } = watch(fixture('homepage.html'), { refuse: 'failed: Cannot access contents of the page.' });
    await expect(send({ type: 'page:annotate' })).resolves.toMatchObject({
      error: { code: 'failed', message: expect.stringContaining('Cannot access contents of the page') },
    });
    await expect(send({ type: 'page:annotate' })).resolves.toMatchObject({ error: { code: 'failed' } });
    expect(startStory).toHaveBeenCalledTimes(2);
  });
});
