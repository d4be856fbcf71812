import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport, writeFileAtomic } from '@/lib/importer';
import { clock, copyFixture, tempDir } from './helpers';

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temporary file', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'sub', 'rule.md');
    await writeFileAtomic(target, 'one');
    await writeFileAtomic(target, 'two');
    expect(readFileSync(target, 'utf8')).toBe('two');
    expect(readdirSync(path.dirname(target))).toEqual(['rule.md']);
  });

  it('leaves the old file whole and no temporary file when the final rename fails', async () => {
    const dir = tempDir();
    // A folder in the way makes the rename fail after the data was written to the temporary file.
    const target = path.join(dir, 'rule.md');
    mkdirSync(target);
    writeFileSync(path.join(target, 'keep.txt'), 'old');
    await expect(writeFileAtomic(target, 'new content')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['rule.md']);
    expect(readFileSync(path.join(target, 'keep.txt'), 'utf8')).toBe('old');
    expect(existsSync(path.join(dir, '.rule.md.tmp'))).toBe(false);
  });

  it('an import clears temporary files an interrupted run left, and nothing else', async () => {
    const out = tempDir();
    const stale = path.join(out, '.account-discovery-with-whoami.md.4242.deadbeef.tmp');
    const other = path.join(out, 'notes.tmp');
    writeFileSync(stale, '---\nid: half-writ');
    writeFileSync(other, 'mine');
    await runImport({ source: copyFixture('repo'), out, now: clock('2026-01-01T00:00:00Z') });
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(other)).toBe(true);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual(['notes.tmp']);
  });
});
