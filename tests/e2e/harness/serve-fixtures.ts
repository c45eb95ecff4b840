import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** tests/fixtures/: the project's own pages, served to the browsers by every end-to-end test. */
export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/**
 * ../shared/corpus/pages/: real news and other pages as their sites served them, from the team
 * workspace (absent outside it). Served under `/corpus/` when present.
 */
export const CORPUS_DIR = fileURLToPath(new URL('../../../../shared/corpus/pages/', import.meta.url));

/**
 * The saved pages still name their sites' scripts, images, frames and fonts: this policy keeps the
 * browser from fetching any of them (and from running the pages' scripts, which a saved copy no
 * longer needs), so a test on them makes no request beyond this server.
 */
export const CORPUS_POLICY = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:";

/** A folder served under a path prefix, with extra response headers. */
interface Mount {
  prefix: string;
  root: string;
  headers: Record<string, string>;
}

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

const folder = (dir: string) => normalize(dir.endsWith(sep) ? dir : dir + sep);

/**
 * Serves a folder (tests/fixtures/ unless told otherwise) on 127.0.0.1 at a free port the system
 * picks, so parallel runs never collide, and the corpus (`CORPUS_DIR`) under `/corpus/` where it
 * exists. Only GET and HEAD; nothing outside the folders is reachable.
 */
export async function serveFixtures(dir: string = FIXTURES_DIR, corpusDir: string = CORPUS_DIR): Promise<FixtureServer> {
  const mounts: Mount[] = [
    ...(existsSync(corpusDir) ? [{ prefix: '/corpus/', root: folder(corpusDir), headers: { 'content-security-policy': CORPUS_POLICY } }] : []),
    { prefix: '/', root: folder(dir), headers: {} },
  ];
  const server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const mount = mounts.find(({ prefix }) => path.startsWith(prefix))!;
      const rest = path.slice(mount.prefix.length - 1);
      const file = normalize(join(mount.root, rest.endsWith('/') ? `${rest}index.html` : rest));
      const info = file.startsWith(mount.root) ? await stat(file).catch(() => null) : null;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405).end();
      } else if (!info?.isFile()) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      } else {
        response.writeHead(200, {
          'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
          'content-length': info.size,
          'cache-control': 'no-store',
          ...mount.headers,
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
