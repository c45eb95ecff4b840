import browser from 'webextension-polyfill';
import { analyse } from '../core/analyse';
import { shippedCatalog } from '../core/story/shipped-catalog';
import { readPage } from '../dom/read-page';
import type { PageState } from '../shared/protocol';

// Placeholder wiring until the live-page issue lands: analyse once, report, answer page:state.
const reading = readPage(document, location.href);
const analysis = analyse(reading, shippedCatalog);
const state: PageState = {
  state: reading.article.detected ? 'annotated' : 'not-article',
  painted: { person: 0, place: 0, organization: 0, quote: 0 },
  renderer: 'none',
};
if (reading.article.detected) void browser.runtime.sendMessage({ type: 'report:put', report: analysis.report });
browser.runtime.onMessage.addListener((message: unknown) => {
  if ((message as { type?: string }).type === 'page:state') return Promise.resolve(state);
  return undefined;
});
