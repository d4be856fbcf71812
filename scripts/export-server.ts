// An in-process static host for measuring the export the way a CDN serves it: the `_headers` rules applied,
// /x → /x/ redirects (trailingSlash), the 404 page, and gzip or brotli as the client asks. Used by the Lighthouse and
// benchmark scripts, which need to start and stop a server on a free port of their own.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { headersFor, loadHeaders } from './static-headers.mjs';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.yml': 'text/yaml; charset=utf-8',
  '.kql': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

export async function serveExport(
  dir: string,
  options: { basePath?: string; port?: number } = {},
): Promise<RunningServer> {
  const root = path.resolve(dir);
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const rules = loadHeaders(root);
  const cache = new Map<string, Buffer>();

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '/\0'; // undecodable: answers 404 below
    }
    const send = (status: number, file: string | null) => {
      const headers = headersFor(rules, url.pathname);
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      if (!file) {
        res.writeHead(status, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const body = readFileSync(file);
      const accept = String(req.headers['accept-encoding'] ?? '');
      const encoding = !COMPRESSIBLE.test(type)
        ? ''
        : /\bbr\b/.test(accept)
          ? 'br'
          : /\bgzip\b/.test(accept)
            ? 'gzip'
            : '';
      let payload: Buffer = body;
      if (encoding) {
        const key = `${encoding}:${file}`;
        payload = cache.get(key) ?? compress(body, encoding);
        cache.set(key, payload);
        res.setHeader('content-encoding', encoding);
        res.setHeader('vary', 'accept-encoding');
      }
      res.writeHead(status, { 'content-type': type, 'content-length': payload.length });
      res.end(req.method === 'HEAD' ? undefined : payload);
    };
    if (basePath) {
      if (pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return send(404, notFoundPage(root));
      pathname = pathname.slice(basePath.length) || '/';
    }
    const full = path.join(root, pathname);
    if (!full.startsWith(root)) return send(404, null);
    if (existsSync(full) && statSync(full).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(308, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      const index = path.join(full, 'index.html');
      return existsSync(index) ? send(200, index) : send(404, notFoundPage(root));
    }
    if (existsSync(full)) return send(200, full);
    if (existsSync(`${full}.html`)) return send(200, `${full}.html`);
    send(404, notFoundPage(root));
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function notFoundPage(root: string): string | null {
  const page = path.join(root, '404.html');
  return existsSync(page) ? page : null;
}

function compress(body: Buffer, encoding: string): Buffer {
  if (encoding === 'br')
    return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  return gzipSync(body, { level: 9 });
}
