import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { Rule } from './types';

// The loaded catalog on disk, so the build's processes (the KQL check step, Next's page-data collection and its
// page renderer) parse and convert the content once instead of three times (about 20 s each on the full corpus).
// It is valid while the content files, the code that reads them and the KQL check cache are unchanged: the key
// hashes the path, size and mtime of each of those files. Anything else (a missing, corrupt or stale file) means a
// normal load.

const FILE = '.cache/catalog.json';
const CODE_DIRS = ['lib'];

function filesUnder(dir: string, out: string[]): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) filesUnder(full, out);
    else if (entry.isFile()) out.push(full);
  }
}

/** A fingerprint of everything the loaded catalog depends on. */
export function catalogKey(dirs: readonly string[]): string {
  const files: string[] = [];
  for (const dir of [...dirs, ...CODE_DIRS.map((d) => path.resolve(d))]) filesUnder(dir, files);
  files.push(path.resolve('.cache/kql-check.json'), path.resolve('package-lock.json'));
  const hash = createHash('sha256').update(dirs.join('\n'));
  for (const file of files.sort()) {
    const stat = existsSync(file) ? statSync(file) : undefined;
    hash.update(`\n${file}\t${stat?.size ?? -1}\t${stat?.mtimeMs ?? -1}`);
  }
  return hash.digest('hex');
}

export function readCatalogCache(key: string): Rule[] | undefined {
  try {
    const data = JSON.parse(readFileSync(path.resolve(FILE), 'utf8')) as { key?: string; rules?: Rule[] };
    return data.key === key && Array.isArray(data.rules) ? data.rules : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the saved catalog is the one for this key, from the file's first bytes (parsing all of it takes ~2 s). */
export function catalogCacheMatches(key: string): boolean {
  const head = `{"key":${JSON.stringify(key)},`;
  try {
    const fd = openSync(path.resolve(FILE), 'r');
    try {
      const buffer = Buffer.alloc(head.length);
      return readSync(fd, buffer, 0, buffer.length, 0) === buffer.length && buffer.toString('utf8') === head;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

export function writeCatalogCache(key: string, rules: Rule[]): void {
  try {
    const file = path.resolve(FILE);
    mkdirSync(path.dirname(file), { recursive: true });
    // Written aside and renamed, so a process reading it never sees half a file.
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify({ key, rules }));
    renameSync(temp, file);
  } catch {
    // A read-only checkout: every process loads the content itself.
  }
}
