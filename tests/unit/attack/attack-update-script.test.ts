// Runs scripts/attack-update.ts as the CLI it is: from a file, and from a URL served by a local HTTP server.

import { execFile } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeAttackTable, type AttackTable } from '@/lib/attack';
import { hasSharedBundle, SHARED_BUNDLE } from './helpers';

const root = path.resolve(__dirname, '../../..');
const committedPath = path.join(root, 'lib/attack/data/enterprise.json');

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/attack-update.ts', ...args],
      { cwd: root },
      (err, stdout, stderr) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe.skipIf(!hasSharedBundle)('npm run attack:update', () => {
  let dir: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'attack-update-'));
    server = createServer((req, res) => {
      if (
        req.url === '/enterprise-attack/enterprise-attack-18.1.json' ||
        req.url === '/enterprise-attack.json'
      ) {
        res.writeHead(200, { 'content-type': 'application/json' });
        createReadStream(SHARED_BUNDLE).pipe(res);
      } else {
        res.writeHead(404).end('not found');
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the committed table from the shared bundle file', async () => {
    const out = path.join(dir, 'from-file.json');
    const r = await run([SHARED_BUNDLE, '--attack-version', '18.1', '--out', out]);
    expect(r.stderr).toContain('NO_REVOKED_BY');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '14 tactics, 216 techniques, 475 sub-techniques active; 132 revoked, 12 deprecated',
    );
    expect(await readFile(out, 'utf8')).toBe(await readFile(committedPath, 'utf8'));
  });

  it('downloads from a URL and takes the version from a versioned file name', async () => {
    const out = path.join(dir, 'from-url.json');
    const url = `${base}/enterprise-attack/enterprise-attack-18.1.json`;
    const r = await run([url, '--out', out]);
    expect(r.code).toBe(0);
    const table = JSON.parse(await readFile(out, 'utf8')) as AttackTable;
    expect(table.version).toBe('18.1');
    expect(table.source.name).toBe(url);
    const committed = JSON.parse(await readFile(committedPath, 'utf8')) as AttackTable;
    expect(serializeAttackTable({ ...table, source: committed.source })).toBe(
      await readFile(committedPath, 'utf8'),
    );
  });

  it('fails clearly when the version cannot be known', async () => {
    const out = path.join(dir, 'no-version.json');
    const r = await run([`${base}/enterprise-attack.json`, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/NO_VERSION: .*--attack-version/);
    await expect(readFile(out)).rejects.toThrow();
  });

  it('fails clearly on an HTTP error, a missing file and a bad option', async () => {
    const r404 = await run([`${base}/missing.json`, '--out', path.join(dir, 'x.json')]);
    expect(r404.code).toBe(1);
    expect(r404.stderr).toContain('HTTP 404');
    const missing = await run([path.join(dir, 'nope.json'), '--out', path.join(dir, 'y.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read');
    const bad = await run(['--frobnicate']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown option --frobnicate');
  });
});
