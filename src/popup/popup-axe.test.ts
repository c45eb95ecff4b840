// @vitest-environment jsdom
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import kerryJson from '../../tests/fixtures/reports/kerry-syria.json';
import type { StoryReport } from '../shared/report';
import { type FakeOptions, fakePopupApi } from './fake-popup-api';
import { englishMessage } from './english-message';
import { createTranslator } from './i18n';
import { startPopup } from './popup-app';

// The end-to-end tests run axe in real browsers (with colours and layout) for the states a page can be
// put in there; here every state is checked, including loading and error, on jsdom's DOM.
const t = createTranslator(null, englishMessage);

async function violationsOf(options: FakeOptions | 'loading'): Promise<string[]> {
  document.documentElement.lang = 'en';
  document.title = 'Story Lens';
  const root = document.createElement('div');
  root.id = 'app';
  document.body.replaceChildren(root);
  if (options === 'loading') void startPopup(root, { ...fakePopupApi().api, currentTabId: () => new Promise(() => undefined) }, t);
  else await startPopup(root, fakePopupApi(options).api, t, { wait: async () => undefined });
  const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

// axe walks the whole DOM in jsdom: seconds on a busy machine, so a generous limit (not a speed check).
describe('axe-core on every popup state', { timeout: 60_000 }, () => {
  it.each([
    ['loading', 'loading' as const],
    ['story', { report: kerryJson as StoryReport }],
    ['not an article', { report: null, page: 'not-article' as const }],
    ['not annotated yet', { report: null, page: 'idle' as const }],
    ['restricted page', { url: 'chrome://extensions/' }],
    ['unreachable page', { url: 'https://news.example.com/a', report: null, page: 'unreachable' as const }],
    ['error', { backgroundError: 'storage broke' }],
  ])('%s: no violations', async (_name, options) => {
    expect(await violationsOf(options)).toEqual([]);
  });
});
