// Serves the static export (out/) the way a static host would: directory index.html, trailing-slash
// redirects, the export's 404.html for unknown paths, and the headers from out/_headers when present.
// Usage: node scripts/serve.mjs [--port 3000] [--dir out]   (PORT, BASE_PATH honoured)
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { headersFor, loadHeaders } from './static-headers.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const root = path.resolve(option('dir', 'out'));
const port = Number(option('port', process.env.PORT || 3000));
const basePath = (process.env.BASE_PATH || '').replace(/\/$/, '');

if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`serve: ${root} has no index.html; run \`npm run build\` first`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.yml': 'application/yaml; charset=utf-8',
  '.kql': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

const headerRules = loadHeaders(root);

function fileFor(urlPath) {
  const resolved = path.resolve(root, `.${urlPath}`);
  if (resolved !== root && !resolved.startsWith(root + path.sep)) return undefined;
  if (!existsSync(resolved)) return undefined;
  const stat = statSync(resolved);
  if (stat.isFile()) return resolved;
  if (stat.isDirectory() && existsSync(path.join(resolved, 'index.html')))
    return path.join(resolved, 'index.html');
  return undefined;
}

function send(res, status, file, urlPath, method) {
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  res.writeHead(status, { 'Content-Type': type, ...headersFor(headerRules, urlPath) });
  if (method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    pathname = '/';
  }
  const notFound = () => send(res, 404, path.join(root, '404.html'), pathname, req.method);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  if (basePath && !(pathname === basePath || pathname.startsWith(`${basePath}/`))) return notFound();
  const local = pathname.slice(basePath.length) || '/';
  const file = fileFor(local);
  if (!file) return notFound();
  // A directory without its trailing slash: redirect, as static hosts do, so relative URLs resolve.
  if (file.endsWith('index.html') && !local.endsWith('/') && !local.endsWith('.html')) {
    res.writeHead(308, { Location: `${basePath}${local}/${url.search}` }).end();
    return;
  }
  send(res, 200, file, pathname, req.method);
});

server.listen(port, () => {
  console.log(`serve: ${root} on http://localhost:${port}${basePath}/`);
});
