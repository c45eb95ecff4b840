/**
 * One manifest.json, two browsers: each variant must carry exactly the keys its browser understands,
 * or the browser warns on load (Chromium lists "Unrecognized manifest key", `web-ext lint` fails) or
 * refuses the extension (Firefox MV3 has no extension service workers).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error build.mjs is plain JavaScript without types
import { GECKO_ID, manifestFor } from '../../build.mjs';

type Manifest = Record<string, unknown> & {
  background: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: { gecko: { id: string; strict_min_version: string; data_collection_permissions: { required: string[] } } };
};

const source = JSON.parse(readFileSync('manifest.json', 'utf8')) as Manifest;
const chrome = manifestFor('chrome') as Manifest;
const firefox = manifestFor('firefox') as Manifest;

describe('the per-browser manifests', () => {
  it('Chrome runs the background as a service worker and gets no Firefox keys', () => {
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome).not.toHaveProperty('browser_specific_settings');
  });

  it('Firefox runs the same background script as an event page, with its fixed id, no data collected, from 142 on', () => {
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings).toEqual({
      gecko: { id: GECKO_ID, strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    });
    expect(GECKO_ID).toMatch(/^[a-z0-9.-]+@[a-z0-9.-]+$/);
  });

  it('apart from the background and the gecko settings, both are the one source manifest', () => {
    const rest = ({ background: _b, browser_specific_settings: _g, ...others }: Manifest) => others;
    expect(rest(chrome)).toEqual(rest(source));
    expect(rest(firefox)).toEqual(rest(source));
  });

  it('asks for no permission beyond storage, the page menu and the injected highlight style', () => {
    expect(source.permissions).toEqual(['storage', 'contextMenus', 'scripting']);
    const scripts = source.content_scripts as Array<{ matches: string[] }>;
    // Host access is exactly the content script's own pages: no more than it already reads.
    expect(source.host_permissions).toEqual(scripts[0]!.matches);
    expect(source).not.toHaveProperty('optional_permissions');
  });
});
