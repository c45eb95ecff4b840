import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import type { StoryReport } from '../shared/report';

// Placeholder wiring until the background issue lands: stores each tab's report in storage.session.
const key = (tabId: number) => `report:${tabId}`;

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const msg = message as { type?: string; tabId?: number; report?: StoryReport };
  if (msg.type === 'report:put' && sender.tab?.id !== undefined) {
    return browser.storage.session.set({ [key(sender.tab.id)]: msg.report }).then(() => null);
  }
  if (msg.type === 'report:get' && typeof msg.tabId === 'number') {
    const k = key(msg.tabId);
    return browser.storage.session.get(k).then((items) => (items[k] as StoryReport | undefined) ?? null);
  }
  return undefined;
});
