import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** A running static server over a build folder. */
export interface StaticServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves a built site on loopback the way a plain static host does: `/x/` serves `x/index.html`,
 * `/x` redirects to `/x/` when that folder exists, anything else missing is the site's 404 page,
 * a malformed address is answered 400, and text is gzipped when the client accepts it. With `base`
 * (`/aks-field-manual/`, a build with that SITE_BASE) the site is served under that path, as an
 * intranet host or project pages serve it: the folder's files answer `<base>…` and nothing outside it exists.
 * Tests use it instead of `astro preview`, which allows one server per project at a time.
 */
export async function serveStatic(root: string, { base = '/' }: { base?: string } = {}): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    let url: URL;
    let rel: string;
    let inside: boolean;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
      // Under a base path only `<base>…` is the site (`<base>x` is the file x); the rest is missing.
      inside = url.pathname.startsWith(base) || `${url.pathname}/` === base;
      rel = decodeURIComponent(inside ? url.pathname.slice(base.length - 1) || '/' : url.pathname);
    } catch {
      // A malformed address (e.g. a stray %) is the client's error, not a reason to stop serving.
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request: malformed URL');
      return;
    }
    if (rel.includes('\0')) {
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request: malformed URL');
      return;
    }
    let file = path.join(root, rel);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (inside && fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = path.join(file, 'index.html');
    }
    const found = inside && fs.existsSync(file) && fs.statSync(file).isFile();
    const served = found ? file : path.join(root, '404.html');
    if (!fs.existsSync(served)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const type = TYPES[path.extname(served)] ?? 'application/octet-stream';
    // Compress text as any real host does, so page-weight measurements match a deployment.
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && /^(text\/|application\/(json|xml)|image\/svg)/.test(type);
    res.writeHead(found ? 200 : 404, { 'Content-Type': type, ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}) });
    const stream = fs.createReadStream(served);
    (gzip ? stream.pipe(zlib.createGzip()) : stream).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
