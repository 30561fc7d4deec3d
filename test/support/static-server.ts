/**
 * A tiny static file server over a built site, on 127.0.0.1 and a free port, for browser
 * tests and benchmarks. Serves `<dir>/<path>/index.html` for directory URLs, under an
 * optional base path.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

/** Content types by file extension, as a static host sends them. */
export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

export interface StaticServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** The file a URL path names below `root` (a folder's index.html), `forbidden` outside it, undefined when there is none. */
export function siteFile(root: string, path: string): string | 'forbidden' | undefined {
  let file = normalize(join(root, path));
  if (!file.startsWith(normalize(root))) return 'forbidden';
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : undefined;
}

export function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    path = '/' + path.slice(base.length);
    const file = siteFile(dir, path);
    if (file === 'forbidden') {
      res.writeHead(403).end();
      return;
    }
    if (file === undefined) {
      const notFound = join(dir, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}${base}`,
        server,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}
