/**
 * A static server for the browser measurements that behaves like a typical static host:
 * gzip for text types when the browser asks for it (Pagefind's own index files are already
 * compressed and go out as they are), and `Cache-Control: max-age=600` with Last-Modified, so
 * a warm query is served from the browser cache. test/support/static-server.ts does neither,
 * which is right for tests and wrong for measuring bytes on the wire.
 *
 * It also counts what it sends (status line and headers approximated, body exactly as
 * compressed), because Pagefind by default fetches its index from a Web Worker, whose
 * requests the page's DevTools session does not see.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { siteFile, TYPES } from '../../test/support/static-server';

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.csv', '.txt', '.wasm']);

export interface Transfer {
  path: string;
  bytes: number;
}

export interface BenchServer {
  url: string;
  /** Every response sent since the last `take()`. */
  take(): Transfer[];
  close(): Promise<void>;
}

export function serveGzip(dir: string): Promise<BenchServer> {
  const root = normalize(dir);
  let log: Transfer[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = siteFile(root, path);
    if (file === 'forbidden') return void res.writeHead(403).end();
    if (file === undefined) return void res.writeHead(404).end('not found');
    const ext = extname(file);
    const headers: Record<string, string> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': 'max-age=600',
      'last-modified': statSync(file).mtime.toUTCString(),
    };
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) headers['content-encoding'] = 'gzip';
    res.writeHead(200, headers);
    const entry: Transfer = { path, bytes: 17 + Object.entries(headers).reduce((n, [k, v]) => n + k.length + v.length + 4, 0) };
    log.push(entry);
    const stream = createReadStream(file);
    const body = gzip ? stream.pipe(createGzip()) : stream;
    body.on('data', (chunk: Buffer) => (entry.bytes += chunk.length));
    body.pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        take: () => {
          const out = log;
          log = [];
          return out;
        },
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}
