// Checks many queries: answers from a cache keyed by query text (so a rebuild re-checks only what changed),
// and spreads the rest over worker threads, one per core.
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkKql, type KqlDiagnostic } from './language-service';
import { defaultCacheFile, keyOf, readCache, schemaHash } from './check-cache';

export interface CheckOptions {
  /** Cache file; default .cache/kql-check.json under the working directory. `false` disables the cache. */
  cacheFile?: string | false;
  /** Worker threads; default the number of cores. 0 checks in this thread. */
  workers?: number;
}

/** Diagnostics per query text (an empty list means the query passed). */
export async function checkQueries(
  queries: string[],
  options: CheckOptions = {},
): Promise<Map<string, KqlDiagnostic[]>> {
  const cacheFile = options.cacheFile === false ? undefined : (options.cacheFile ?? defaultCacheFile());
  const cache = cacheFile ? readCache(cacheFile) : { schema: schemaHash, entries: {} };
  const result = new Map<string, KqlDiagnostic[]>();
  const todo: string[] = [];
  for (const q of new Set(queries)) {
    const hit = cache.entries[keyOf(q)];
    if (hit) result.set(q, hit);
    else todo.push(q);
  }
  if (todo.length > 0) {
    const fresh = await checkMany(todo, options.workers ?? availableParallelism());
    todo.forEach((q, i) => {
      const d = fresh[i] ?? [];
      result.set(q, d);
      cache.entries[keyOf(q)] = d;
    });
    if (cacheFile) {
      // Keep only entries still in use, so the cache does not grow without bound.
      const used: Record<string, KqlDiagnostic[]> = {};
      for (const [q, d] of result) used[keyOf(q)] = d;
      const merged = queries.length >= Object.keys(cache.entries).length / 2 ? used : cache.entries;
      mkdirSync(path.dirname(cacheFile), { recursive: true });
      // Write then rename, so that a reader (another build, a test) never sees half a file.
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ schema: schemaHash, entries: merged }));
      renameSync(tmp, cacheFile);
    }
  }
  return result;
}

async function checkMany(queries: string[], workers: number): Promise<KqlDiagnostic[][]> {
  // Starting a worker costs about a second (loading the language service): not worth it for a few queries.
  if (workers <= 1 || queries.length < 200) return queries.map((q) => checkKql(q));
  // Small batches handed to whichever worker is free: a few very long queries cannot leave one core idle.
  const out: KqlDiagnostic[][] = new Array(queries.length);
  let next = 0;
  const take = (): [number, string[]] | undefined => {
    if (next >= queries.length) return undefined;
    const start = next;
    next = Math.min(queries.length, next + BATCH);
    return [start, queries.slice(start, next)];
  };
  await Promise.all(
    Array.from({ length: Math.min(workers, Math.ceil(queries.length / BATCH)) }, () => runWorker(take, out)),
  );
  return out;
}

const BATCH = 50;

/** The worker's entry: the TypeScript module through tsx when run from source, the built file otherwise. */
function workerSource(): string {
  const ts = new URL('./check-worker.ts', import.meta.url);
  if (!existsSync(ts)) return `import(${JSON.stringify(new URL('./check-worker.js', import.meta.url).href)})`;
  const tsxDir = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = pathToFileURL(path.join(tsxDir, 'dist/esm/api/index.mjs')).href;
  return `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(ts.href)}); })`;
}

function runWorker(take: () => [number, string[]] | undefined, out: KqlDiagnostic[][]): Promise<void> {
  const worker = new Worker(workerSource(), { eval: true });
  return new Promise((resolve, reject) => {
    let batch = take();
    const send = () => {
      if (!batch) {
        void worker.terminate();
        resolve();
      } else worker.postMessage(batch[1]);
    };
    worker.on('message', (d: KqlDiagnostic[][]) => {
      if (batch) d.forEach((x, i) => (out[(batch as [number, string[]])[0] + i] = x));
      batch = take();
      send();
    });
    worker.once('error', reject);
    send();
  });
}
