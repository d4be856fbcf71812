// The check cache: diagnostics by query text, valid for one table schema. Kept apart from the worker pool so the
// site build can read it without bundling the pool's worker loader.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { KqlDiagnostic } from './language-service';
import { kqlSchema } from '../sigma';

export interface CacheFile {
  /** Hash of the schema: a schema change invalidates every entry. */
  schema: string;
  entries: Record<string, KqlDiagnostic[]>;
}

/** Where checks are cached unless told otherwise: .cache/kql-check.json under the working directory. */
export const defaultCacheFile = () => path.resolve('.cache/kql-check.json');

export const schemaHash = createHash('sha1').update(JSON.stringify(kqlSchema)).digest('hex');
export const keyOf = (q: string) => createHash('sha1').update(q).digest('base64url');

export function readCache(file: string): CacheFile {
  try {
    const c = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    if (c.schema === schemaHash && c.entries) return c;
  } catch {
    // A missing or corrupt cache is rebuilt.
  }
  return { schema: schemaHash, entries: {} };
}
