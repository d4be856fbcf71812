// Bundles the feed's search worker (lib/search/worker.ts) into the export as one content-hashed file under
// /_next/static/worker/, for public/hydrate.js to start on the reader's first interaction. It is built apart from
// Next's chunks because the loader must know its address before any of React's code has arrived.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

export const WORKER_DIR = '_next/static/worker';

/** Writes the worker into `dir`; returns its URL path (under `basePath`). */
export function writeSearchWorker(dir: string, basePath = ''): { url: string; bytes: number } {
  const result = buildSync({
    entryPoints: [path.join(import.meta.dirname, '../lib/search/worker.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    legalComments: 'none',
  });
  const code = result.outputFiles[0]!.contents;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const file = `${WORKER_DIR}/search-${hash}.js`;
  mkdirSync(path.join(dir, WORKER_DIR), { recursive: true });
  writeFileSync(path.join(dir, file), code);
  return { url: `${basePath.replace(/\/+$/, '')}/${file}`, bytes: code.byteLength };
}
