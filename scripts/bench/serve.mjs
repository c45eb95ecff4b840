// A static file server on 127.0.0.1 for the benchmark: named folders under one origin, so every page
// and bundle is local and the inputs are the files on disk.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `mounts` ({ prefix: folder }) at a free port; answers { origin, url(path), close() }.
 * @param {Record<string, string>} mounts
 */
export async function serve(mounts) {
  const server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const [, prefix, ...rest] = path.split('/');
      const base = mounts[prefix];
      const root = base ? normalize(base + sep) : null;
      const file = root ? normalize(join(root, rest.join('/'))) : null;
      const info = file && file.startsWith(root) ? await stat(file).catch(() => null) : null;
      if (!info?.isFile()) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      response.writeHead(200, { 'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      createReadStream(file).pipe(response);
    })();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
