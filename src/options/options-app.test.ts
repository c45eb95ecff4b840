// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakePopupApi } from '../popup/fake-popup-api';
import { englishMessage } from '../popup/english-message';
import { createTranslator } from '../popup/i18n';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from '../shared/settings';
import type { OptionsApi } from './options-api';
import { startOptions } from './options-app';

const t = createTranslator(null, englishMessage);
let root: HTMLElement;

function fakeOptionsApi() {
  const { api: popupApi, downloads } = fakePopupApi();
  const sent: Array<{ type: string; params: unknown }> = [];
  let stories = 12;
  const api: OptionsApi = {
    storage: popupApi.storage,
    download: popupApi.download,
    language: 'en',
    background: (async (type: string, params: Record<string, unknown>) => {
      sent.push({ type, params });
      switch (type) {
        case 'library:stats':
          return { ok: true, value: { stories, catalog: 3, bytes: 48_200 } };
        case 'library:export':
          return { ok: true, value: { version: 1, stories: [] } };
        case 'library:import':
          return { ok: true, value: { stories: 4 } };
        case 'data:clear':
          stories = 0;
          return { ok: true, value: null };
        default:
          return { ok: false, error: { code: 'unknown-type', message: type } };
      }
    }) as OptionsApi['background'],
  };
  return { api, sent, downloads };
}

beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement('div');
  document.body.append(root);
});

const status = () => root.querySelector('.status')?.textContent;
const buttonNamed = (name: string) => [...root.querySelectorAll('button')].find((button) => button.textContent?.startsWith(name)) as HTMLButtonElement;

describe('the options page', () => {
  it('shows the library size and the current settings', async () => {
    const { api } = fakeOptionsApi();
    await saveSettings(api.storage, { ...DEFAULT_SETTINGS, autoAnnotate: false, disabledSites: ['news.example.com'] });
    await startOptions(root, api, t);
    await vi.waitFor(() => expect(root.querySelector('#library-stats')?.textContent).toBe('12 stories read, 3 in the catalog, 48.2 kB stored.'));
    expect((root.querySelector('#mode-manual') as HTMLInputElement).checked).toBe(true);
    expect([...root.querySelectorAll('.site')].map((site) => site.textContent)).toEqual(['news.example.com']);
  });

  it('previews a colour while it is chosen and saves it once chosen', async () => {
    const { api } = fakeOptionsApi();
    await startOptions(root, api, t);
    const picker = root.querySelector('#colour-place') as HTMLInputElement;
    picker.value = '#ff8800';
    picker.dispatchEvent(new Event('input'));
    expect((root.querySelector('#colour-preview') as HTMLElement).style.getPropertyValue('--place')).toBe('#ff8800');
    expect((await loadSettings(api.storage)).colours.place).toBe(DEFAULT_SETTINGS.colours.place);
    picker.dispatchEvent(new Event('change'));
    await vi.waitFor(async () => expect((await loadSettings(api.storage)).colours.place).toBe('#ff8800'));
    buttonNamed('Reset colours').click();
    await vi.waitFor(async () => expect((await loadSettings(api.storage)).colours).toEqual(DEFAULT_SETTINGS.colours));
  });

  it('switches between automatic and on-request annotation', async () => {
    const { api } = fakeOptionsApi();
    await startOptions(root, api, t);
    const manual = root.querySelector('#mode-manual') as HTMLInputElement;
    manual.click();
    await vi.waitFor(async () => expect((await loadSettings(api.storage)).autoAnnotate).toBe(false));
    await vi.waitFor(() => expect(status()).toBe('Saved.'));
  });

  it('adds and removes sites, refusing what is not a site', async () => {
    const { api } = fakeOptionsApi();
    await startOptions(root, api, t);
    const add = (text: string) => {
      (root.querySelector('#site-input') as HTMLInputElement).value = text;
      root.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    };
    add('not a site');
    expect(root.querySelector('#site-error')?.textContent).toBe('“not a site” is not a site name or web address.');
    add('https://www.Example.org/news/1');
    await vi.waitFor(async () => expect((await loadSettings(api.storage)).disabledSites).toEqual(['www.example.org']));
    expect([...root.querySelectorAll('.site')].map((site) => site.textContent)).toEqual(['www.example.org']);
    buttonNamed('Remove').click();
    await vi.waitFor(async () => expect((await loadSettings(api.storage)).disabledSites).toEqual([]));
    expect(root.querySelector('.sites')).toBeNull();
  });

  it('follows changes made elsewhere (the popup’s site switch)', async () => {
    const { api } = fakeOptionsApi();
    await startOptions(root, api, t);
    await saveSettings(api.storage, { ...DEFAULT_SETTINGS, disabledSites: ['elsewhere.example'] });
    await vi.waitFor(() => expect(root.querySelector('.site')?.textContent).toBe('elsewhere.example'));
  });

  it('exports and imports the library as JSON files', async () => {
    const { api, sent, downloads } = fakeOptionsApi();
    await startOptions(root, api, t);
    buttonNamed('Export library').click();
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(JSON.parse(downloads[0]?.text ?? '')).toEqual({ version: 1, stories: [] });
    expect(downloads[0]?.filename).toMatch(/^story-lens-library-\d{4}-\d{2}-\d{2}\.json$/);

    const input = root.querySelector('#import-file') as HTMLInputElement;
    const file = new File(['{"version":1,"stories":[{"title":"x"}]}'], 'library.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(status()).toBe('Imported 4 stories.'));
    expect(sent).toContainEqual({ type: 'library:import', params: { data: { version: 1, stories: [{ title: 'x' }] } } });

    Object.defineProperty(input, 'files', { value: [new File(['<html>'], 'page.html')], configurable: true });
    input.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(status()).toBe('page.html is not a Story Lens export (not JSON).'));
  });

  it('clears all data only after confirmation', async () => {
    const { api, sent } = fakeOptionsApi();
    await startOptions(root, api, t);
    const confirmBox = root.querySelector('#clear-confirm') as HTMLElement;
    expect(confirmBox.hidden).toBe(true);
    buttonNamed('Clear all data').click();
    expect(confirmBox.hidden).toBe(false);
    buttonNamed('Cancel').click();
    expect(sent.some((message) => message.type === 'data:clear')).toBe(false);
    buttonNamed('Clear all data').click();
    buttonNamed('Delete everything').click();
    await vi.waitFor(() => expect(root.querySelector('#library-stats')?.textContent).toBe('0 stories read, 3 in the catalog, 48.2 kB stored.'));
    expect(sent.some((message) => message.type === 'data:clear')).toBe(true);
    await vi.waitFor(() => expect(status()).toBe('All data cleared.'));
  });
});
