/**
 * A static file server like the simplest static host: `/a/` serves `a/index.html`, `/a` redirects to `/a/`,
 * anything else missing gets `404.html` with status 404. Listens on 127.0.0.1 only.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** A file the server makes instead of reading it (the search-quality script serves source modules so). */
export type ExtraRoute = (pathname: string) => { type: string; body: string } | undefined;

export async function serveStatic(root: string, extra?: ExtraRoute): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const made = extra?.(pathname);
    if (made) {
      res.writeHead(200, { 'Content-Type': made.type }).end(made.body);
      return;
    }
    let path: string;
    try {
      path = normalize(join(root, decodeURIComponent(pathname)));
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!path.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${pathname}/` }).end();
        return;
      }
      path = join(path, 'index.html');
    }
    if (!existsSync(path)) {
      res.writeHead(404, { 'Content-Type': TYPES['.html'] });
      const notFound = join(root, '404.html');
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
