import { nativeApi, promiseListener } from '../shared/native-api';
import { sendToBackground } from '../shared/send-message';
import { watchForStory } from './watch-for-story';

// The content script of every page (content.js): the watch for a story. The story script (story.js,
// src/content/story-script.ts) comes only where there is one.
const browser = nativeApi();
watchForStory(document, {
  extensionId: browser.runtime.id,
  onMessage: (listener) => browser.runtime.onMessage.addListener(promiseListener(listener)),
  async startStory() {
    const started = await sendToBackground('story:start', {});
    return started.ok ? null : `${started.error.code}: ${started.error.message}`;
  },
});
