// Shared helpers for the importer tests: temporary folders, a pinned clock, and a snapshot of a folder's bytes.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { ImportOptions } from '@/lib/importer';

export const FIXTURES = path.resolve(__dirname, '../../fixtures/importer');
export const SHARED_RULES = path.resolve(__dirname, '../../../../shared/sigma/rules');

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

export function tempDir(prefix = 'importer-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A private copy of a fixture folder, so a test can edit the "upstream" rules. */
export function copyFixture(name: string): string {
  const dir = path.join(tempDir(), name);
  cpSync(path.join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

export const clock =
  (iso: string): ImportOptions['now'] =>
  () =>
    new Date(iso);

/** Relative path → bytes (as latin1 text for easy comparison) of every file under `dir`. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel))) {
      const child = rel ? `${rel}/${name}` : name;
      if (statSync(path.join(dir, child)).isDirectory()) walk(child);
      else out[child] = readFileSync(path.join(dir, child)).toString('latin1');
    }
  };
  walk('');
  return out;
}

export function read(file: string): string {
  return readFileSync(file, 'utf8');
}
