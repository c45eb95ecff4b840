import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** tests/fixtures/: the project's own pages, served to the browsers by every end-to-end test. */
export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

export interface FixtureServer {
  /** `http://127.0.0.1:PORT` (no trailing slash) */
  origin: string;
  /** the address of a file under the served folder, e.g. `url('kerry-syria/cnn-2016.html')` */
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves a folder (tests/fixtures/ unless told otherwise) on 127.0.0.1 at a free port the system
 * picks, so parallel runs never collide. Only GET and HEAD; nothing outside the folder is reachable.
 */
export async function serveFixtures(dir: string = FIXTURES_DIR): Promise<FixtureServer> {
  const root = normalize(dir.endsWith(sep) ? dir : dir + sep);
  const server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
      const info = file.startsWith(root) ? await stat(file).catch(() => null) : null;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405).end();
      } else if (!info?.isFile()) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      } else {
        response.writeHead(200, {
          'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
          'content-length': info.size,
          'cache-control': 'no-store',
        });
        if (request.method === 'HEAD') response.end();
        else createReadStream(file).pipe(response);
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => new URL(path.replace(/^\//, ''), `${origin}/`).href,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
