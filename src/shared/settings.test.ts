import { describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SETTINGS,
  isSiteDisabled,
  loadSettings,
  normaliseSite,
  parseSettings,
  SETTINGS_KEY,
  saveSettings,
  type SettingsStorage,
  type StorageAreaLike,
  watchSettings,
  withSiteEnabled,
} from './settings';

function memoryArea(options: { failSet?: boolean } = {}): StorageAreaLike & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => {
      if (options.failSet) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      Object.assign(data, structuredClone(items));
    },
    remove: async (key) => {
      delete data[key];
    },
  };
}

describe('parseSettings', () => {
  it('gives the defaults for anything that is not settings', () => {
    for (const raw of [undefined, null, 42, 'x', [], { colours: 'red' }]) expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and repairs each malformed one on its own', () => {
    const settings = parseSettings({
      colours: { person: '#FF0000', place: 'url(https://evil.example/x)', organization: 'rgb(1, 2, 3)', quote: 'red;}body{display:none' },
      shown: { person: false, place: 'no' },
      autoAnnotate: 'yes',
      disabledSites: ['Example.com', 'https://www.cnn.com/2016/x', 'not a host!', 7, 'example.com'],
    });
    expect(settings.colours).toEqual({ person: '#ff0000', place: DEFAULT_SETTINGS.colours.place, organization: 'rgb(1, 2, 3)', quote: DEFAULT_SETTINGS.colours.quote });
    expect(settings.shown).toEqual({ person: false, place: true, organization: true, quote: true });
    expect(settings.autoAnnotate).toBe(true);
    expect(settings.disabledSites).toEqual(['example.com', 'www.cnn.com']);
  });
});

describe('sites', () => {
  it('reads hostnames from what a reader types or a page URL', () => {
    expect(normaliseSite(' News.Example.org ')).toBe('news.example.org');
    expect(normaliseSite('https://www.bbc.co.uk/news/world?x=1')).toBe('www.bbc.co.uk');
    expect(normaliseSite('example.com.')).toBe('example.com');
    expect(normaliseSite('')).toBeNull();
    expect(normaliseSite('two words')).toBeNull();
  });

  it('switches a site off and on, including subdomains of a listed domain', () => {
    const off = withSiteEnabled(DEFAULT_SETTINGS, 'example.com', false);
    expect(isSiteDisabled(off, 'example.com')).toBe(true);
    expect(isSiteDisabled(off, 'news.example.com')).toBe(true);
    expect(isSiteDisabled(off, 'notexample.com')).toBe(false);
    const on = withSiteEnabled(off, 'news.example.com', true);
    expect(isSiteDisabled(on, 'news.example.com')).toBe(false);
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
  });
});

describe('load and save', () => {
  it('saves small settings to sync and reads them back repaired', async () => {
    const storage: SettingsStorage = { sync: memoryArea(), local: memoryArea() };
    const saved = await saveSettings(storage, { ...DEFAULT_SETTINGS, autoAnnotate: false });
    expect(saved).toEqual({ ok: true, value: 'sync' });
    expect((await loadSettings(storage)).autoAnnotate).toBe(false);
  });

  it('moves settings that outgrow the sync quota to local, and back when they shrink', async () => {
    const sync = memoryArea();
    const local = memoryArea();
    const storage: SettingsStorage = { sync, local };
    const many = Array.from({ length: 600 }, (_, i) => `site-number-${i}.example.com`);
    expect(await saveSettings(storage, { ...DEFAULT_SETTINGS, disabledSites: many })).toEqual({ ok: true, value: 'local' });
    expect((await loadSettings(storage)).disabledSites).toHaveLength(600);
    expect(await saveSettings(storage, { ...DEFAULT_SETTINGS, disabledSites: ['a.example'] })).toEqual({ ok: true, value: 'sync' });
    expect(local.data[SETTINGS_KEY]).toBeUndefined();
    expect((await loadSettings(storage)).disabledSites).toEqual(['a.example']);
  });

  it('falls back to local when sync refuses, and to the defaults when nothing is stored', async () => {
    const storage: SettingsStorage = { sync: memoryArea({ failSet: true }), local: memoryArea() };
    expect(await loadSettings(storage)).toEqual(DEFAULT_SETTINGS);
    expect(await saveSettings(storage, { ...DEFAULT_SETTINGS, disabledSites: ['x.example'] })).toEqual({ ok: true, value: 'local' });
    expect((await loadSettings(storage)).disabledSites).toEqual(['x.example']);
  });

  it('tells watchers about changes in either area until aborted', async () => {
    let fire: ((changes: Record<string, unknown>, area: string) => void) | undefined;
    const storage = {
      sync: memoryArea(),
      local: memoryArea(),
      onChanged: { addListener: (l: typeof fire) => void (fire = l), removeListener: vi.fn() },
    };
    const seen: boolean[] = [];
    const controller = new AbortController();
    watchSettings(storage, (settings) => seen.push(settings.autoAnnotate), controller.signal);
    await saveSettings(storage, { ...DEFAULT_SETTINGS, autoAnnotate: false });
    fire?.({ [SETTINGS_KEY]: {} }, 'sync');
    fire?.({ other: {} }, 'sync');
    await vi.waitFor(() => expect(seen).toEqual([false]));
    controller.abort();
    expect(storage.onChanged.removeListener).toHaveBeenCalled();
  });
});
