import type { AnnotationKind } from '../core/annotation';
import { ANNOTATION_KINDS } from '../core/annotation';
import type { Result } from './result';
import { err, ok } from './result';

/**
 * The reader's settings. Stored in `storage.sync` (small, follows the reader's browsers) while they fit
 * its per-item quota, in `storage.local` otherwise; every context reads them through `loadSettings` /
 * `parseSettings`, which repair anything missing or malformed.
 *
 * Contexts that must follow changes at once (the content script, an open popup) listen to
 * `storage.onChanged` for the key `SETTINGS_KEY` in both the `sync` and the `local` area, and then call
 * `loadSettings` again (a save may move the value from one area to the other): `watchSettings` does that.
 */
export interface Settings {
  /** highlight colour per kind, as CSS colours */
  colours: Record<AnnotationKind, string>;
  /** which kinds are painted */
  shown: Record<AnnotationKind, boolean>;
  /** annotate every detected story automatically, or only when the reader asks */
  autoAnnotate: boolean;
  /** hostnames where Story Lens does nothing beyond reading this setting */
  disabledSites: string[];
}

export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = {
  colours: { person: '#fde68a', place: '#a7f3d0', organization: '#bfdbfe', quote: '#f5d0fe' },
  shown: { person: true, place: true, organization: true, quote: true },
  autoAnnotate: true,
  disabledSites: [],
};

/** storage.sync allows 8,192 bytes per item (key + JSON value); we keep a margin below it. */
export const SYNC_ITEM_LIMIT = 8_000;
const MAX_SITES = 2_000;

// Colours end up in CSS the content script writes, so only plain colour syntax passes: hex, rgb()/hsl()
// with numbers, or a named colour. Anything else (url(), var(), `;}`) falls back to the default.
export const COLOUR = /^(#[0-9a-f]{3,4}|#[0-9a-f]{6}|#[0-9a-f]{8}|(rgb|hsl)a?\([\d\s.,%/+-]{1,60}\)|[a-z]{3,20})$/i;

/** Repairs anything: unknown input gives the defaults, each malformed field its default value. */
export function parseSettings(raw: unknown): Settings {
  const value = isRecord(raw) ? raw : {};
  const colours = isRecord(value.colours) ? value.colours : {};
  const shown = isRecord(value.shown) ? value.shown : {};
  const result: Settings = {
    colours: { ...DEFAULT_SETTINGS.colours },
    shown: { ...DEFAULT_SETTINGS.shown },
    autoAnnotate: typeof value.autoAnnotate === 'boolean' ? value.autoAnnotate : DEFAULT_SETTINGS.autoAnnotate,
    disabledSites: [],
  };
  for (const kind of ANNOTATION_KINDS) {
    const colour = colours[kind];
    if (typeof colour === 'string' && COLOUR.test(colour.trim())) result.colours[kind] = colour.trim().toLowerCase();
    if (typeof shown[kind] === 'boolean') result.shown[kind] = shown[kind];
  }
  const sites = Array.isArray(value.disabledSites) ? value.disabledSites : [];
  const seen = new Set<string>();
  for (const site of sites) {
    const host = typeof site === 'string' ? normaliseSite(site) : null;
    if (host && !seen.has(host) && seen.size < MAX_SITES) seen.add(host);
  }
  result.disabledSites = [...seen];
  return result;
}

/**
 * The hostname a reader means by what they typed or by a page URL ("https://www.Example.com/a" →
 * "www.example.com", "example.com." → "example.com"); null where it is not a web host.
 */
export function normaliseSite(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (text === '' || text.length > 2_048) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z\d+.-]*:\/\//.test(text) ? text : `http://${text}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '');
  if (host.length > 253 || !/^[a-z\d]([a-z\d-]*[a-z\d])?(\.[a-z\d]([a-z\d-]*[a-z\d])?)*$/.test(host)) return null;
  return host;
}

/** Whether Story Lens is switched off for this hostname: listed itself, or a parent domain is listed. */
export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** The settings with the site switched on or off (switching on also lifts a listed parent domain). */
export function withSiteEnabled(settings: Settings, hostname: string, enabled: boolean): Settings {
  const host = normaliseSite(hostname);
  if (!host) return settings;
  const others = settings.disabledSites.filter((site) => !(host === site || host.endsWith(`.${site}`)));
  return { ...settings, disabledSites: enabled ? others : [...others, host] };
}

/** The two storage areas settings use; `browser.storage` fits, tests hand in a fake. */
export interface SettingsStorage {
  sync: StorageAreaLike;
  local: StorageAreaLike;
}
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/**
 * The reader's settings, repaired. `storage.local` holds them only when they outgrew the sync quota, so
 * a copy there wins; any read failure gives the defaults rather than breaking the caller.
 */
export async function loadSettings(storage: SettingsStorage): Promise<Settings> {
  // Both areas asked at once: one storage round trip before the popup can show a story, not two.
  const none = () => ({}) as Record<string, unknown>;
  const [local, sync] = await Promise.all([storage.local.get(SETTINGS_KEY).catch(none), storage.sync.get(SETTINGS_KEY).catch(none)]);
  return parseSettings(local[SETTINGS_KEY] !== undefined ? local[SETTINGS_KEY] : sync[SETTINGS_KEY]);
}

/** Saves settings in `sync` when they fit its per-item quota (and sync works), else in `local`. */
export async function saveSettings(storage: SettingsStorage, settings: Settings): Promise<Result<'sync' | 'local', string>> {
  const clean = parseSettings(settings);
  const size = new TextEncoder().encode(SETTINGS_KEY + JSON.stringify(clean)).length;
  try {
    if (size <= SYNC_ITEM_LIMIT) {
      try {
        await storage.sync.set({ [SETTINGS_KEY]: clean });
        await storage.local.remove(SETTINGS_KEY);
        return ok('sync');
      } catch {
        // sync can be disabled or over its total quota: keep the settings on this device instead.
      }
    }
    await storage.local.set({ [SETTINGS_KEY]: clean });
    return ok('local');
  } catch (error) {
    return err(error instanceof Error ? error.message : String(error));
  }
}

/** The `storage.onChanged` event, as `browser.storage.onChanged` offers it. */
export interface StorageChangedEvent {
  addListener(listener: (changes: Record<string, unknown>, area: string) => void): void;
  removeListener(listener: (changes: Record<string, unknown>, area: string) => void): void;
}

/** Calls `listener` with fresh settings whenever they change in any area, until `signal` aborts. */
export function watchSettings(
  storage: SettingsStorage & { onChanged: StorageChangedEvent },
  listener: (settings: Settings) => void,
  signal: AbortSignal,
): void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (!(SETTINGS_KEY in changes) || (area !== 'sync' && area !== 'local')) return;
    void loadSettings(storage).then((settings) => {
      if (!signal.aborted) listener(settings);
    });
  };
  storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => storage.onChanged.removeListener(onChanged), { once: true });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
