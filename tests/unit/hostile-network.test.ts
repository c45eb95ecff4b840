/**
 * Nothing in Story Lens can send a request: no source file outside tests calls a network API, and the
 * manifest asks for no host permission, exposes no resource to pages and accepts no message from
 * other extensions or sites. (The end-to-end suite, tests/e2e/hostile.test.ts, records the requests
 * the browsers actually made.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');

/** Every API by which a script could reach the network, written as it would be called. */
const NETWORK_APIS: Array<[string, RegExp]> = [
  ['fetch', /(^|[^\w.])fetch\s*\(|\.fetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['importScripts', /\bimportScripts\b/],
  // our own bundled modules (`import('./story-core')`) are local files; anything else is not
  ['dynamic import of anything but our own files', /(?<!async\s+|\.)\bimport\s*\(\s*(?!['"]\.{1,2}\/)/],
  ['WebRTC', /\bRTCPeerConnection\b/],
  ['WebTransport', /\bWebTransport\b/],
  ['an image or script by URL', /new\s+Image\s*\(|\.src\s*=(?!=)/],
  ['a form submission', /\.submit\s*\(\s*\)/],
  // a literal address of a host (the Web Annotation context is an identifier, never fetched)
  ['a remote URL', /['"`]https?:\/\/(?!www\.w3\.org\/ns\/anno\.jsonld)[a-z0-9-]+(\.[a-z0-9-]+)+/i],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'data' ? [] : sourceFiles(path);
    return /\.(ts|mjs|js|html)$/.test(entry.name) && !/\.(test|bench)\.ts$/.test(entry.name) && !/^fake-|^test-/.test(entry.name) ? [path] : [];
  });
}

/** Source text without comments (a comment may mention fetch). */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

describe('no code path reaches the network', () => {
  const files = sourceFiles(SRC);

  it('reads the sources it guards', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((file) => file.endsWith(join('content', 'index.ts')))).toBe(true);
  });

  it.each(NETWORK_APIS)('no source calls %s', (_api, pattern) => {
    const hits = files.filter((file) => pattern.test(code(readFileSync(file, 'utf8')))).map((file) => relative(ROOT, file));
    expect(hits).toEqual([]);
  });

  it('the manifest grants host access only where the content script runs anyway, and exposes nothing to pages or other extensions', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    for (const key of ['optional_host_permissions', 'web_accessible_resources', 'externally_connectable', 'content_security_policy']) {
      expect(manifest[key], key).toBeUndefined();
    }
    // host access (for the highlight sheet the worker inserts into pages) is the content script's own
    // matches, no host beyond them, so it asks nothing of the reader the content script did not
    const scripts = manifest.content_scripts as Array<{ matches: string[] }>;
    expect(new Set(manifest.host_permissions as string[])).toEqual(new Set(scripts.flatMap((script) => script.matches)));
    const permissions = (manifest.permissions ?? []) as string[];
    expect(permissions.filter((permission) => /webRequest|proxy|declarativeNetRequest|<all_urls>|:\/\//.test(permission))).toEqual([]);
  });
});
