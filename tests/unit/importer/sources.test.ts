import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync, zipSync } from 'fflate';
import { packTar } from 'modern-tar';
import { describe, expect, it } from 'vitest';
import { readSource, runImport, selectRuleFiles } from '@/lib/importer';
import { clock, FIXTURES, SHARED_RULES, snapshot, tempDir } from './helpers';

const REPO = path.join(FIXTURES, 'repo');
const RULE_PATHS = [
  'rules/cloud/aws/aws_fixture_trail_stopped.yml',
  'rules/linux/network_connection/net_connection_lnx_fixture_tunnel.yml',
  'rules/windows/process_creation/proc_creation_win_fixture_bitsadmin_download.yml',
  'rules/windows/process_creation/proc_creation_win_fixture_whoami_all.yml',
  'rules/windows/process_creation/proc_creation_win_fixture_whoami_priv.yml',
];

function filesUnder(root: string, rel = ''): string[] {
  return readdirSync(path.join(root, rel)).flatMap((name) => {
    const child = rel ? `${rel}/${name}` : name;
    return statSync(path.join(root, child)).isDirectory() ? filesUnder(root, child) : [child];
  });
}

/** The fixture repository as archive entries under a wrapper folder, like GitHub's sigma-master/. */
function archiveEntries(root: string, wrapper: string): [string, Uint8Array][] {
  return filesUnder(root).map((rel) => [
    `${wrapper}/${rel}`,
    new Uint8Array(readFileSync(path.join(root, rel))),
  ]);
}

function makeZip(root: string, wrapper: string): Uint8Array {
  return zipSync(Object.fromEntries(archiveEntries(root, wrapper)), { level: 1 });
}

async function makeTarGz(root: string, wrapper: string): Promise<Uint8Array> {
  const tar = await packTar(
    archiveEntries(root, wrapper).map(([name, body]) => ({
      header: { name, size: body.length, type: 'file' as const },
      body,
    })),
  );
  return gzipSync(tar, { level: 1 });
}

describe('selectRuleFiles', () => {
  const paths = (entries: string[], root = '') =>
    selectRuleFiles(
      entries.map((p) => ({ path: p, value: p })),
      root,
    ).map((e) => e.path);
  it.each([
    [
      'checkout: only rules* folders',
      ['rules/a.yml', 'rules-emerging-threats/b.yml', '.github/w.yml', 'tests/t.yml', 'deprecated/d.yml'],
      '',
      ['rules-emerging-threats/b.yml', 'rules/a.yml'],
    ],
    [
      'wrapper folder removed',
      ['sigma-master/rules/x/a.yml', 'sigma-master/README.md'],
      '',
      ['rules/x/a.yml'],
    ],
    [
      'rules folder keeps its name',
      ['windows/a.yml', 'linux/b.yaml'],
      'rules',
      ['rules/linux/b.yaml', 'rules/windows/a.yml'],
    ],
    ['any folder: paths as they are', ['x/a.yml', 'b.yml', 'notes.txt'], 'my-rules', ['b.yml', 'x/a.yml']],
    ['hidden folders ignored', ['a.yml', '.hidden/b.yml', 'x/__MACOSX/c.yml'], 'stuff', ['a.yml']],
  ])('%s', (_name, entries, root, expected) => {
    expect(paths(entries, root)).toEqual(expected);
  });
});

describe('sources', () => {
  it('reads a checkout folder: rules only, repository paths, bytes as stored', async () => {
    const listing = await readSource(REPO);
    expect(listing.files.map((f) => f.path)).toEqual(RULE_PATHS);
    const first = listing.files[0]!;
    expect(Buffer.from(first.bytes).equals(readFileSync(path.join(REPO, first.path)))).toBe(true);
  });

  it('reads the rules/ folder itself with the same paths', async () => {
    const listing = await readSource(path.join(REPO, 'rules'));
    expect(listing.files.map((f) => f.path)).toEqual(RULE_PATHS);
  });

  it('imports a .zip and a .tar.gz to exactly the files a folder import writes', async () => {
    const now = clock('2026-01-01T00:00:00Z');
    const fromFolder = tempDir();
    await runImport({ source: REPO, out: fromFolder, now });
    const dir = tempDir();
    const zip = path.join(dir, 'sigma_all_rules.zip');
    const tgz = path.join(dir, 'sigma-master.tar.gz');
    writeFileSync(zip, makeZip(REPO, 'sigma-master'));
    writeFileSync(tgz, await makeTarGz(REPO, 'sigma-master'));
    for (const archive of [zip, tgz]) {
      const out = tempDir();
      const summary = await runImport({ source: archive, out, now });
      expect(summary.added).toHaveLength(RULE_PATHS.length);
      expect(snapshot(out)).toEqual(snapshot(fromFolder));
    }
  });

  it('rejects a file that is not an archive, and a missing path', async () => {
    const dir = tempDir();
    const notes = path.join(dir, 'notes.txt');
    writeFileSync(notes, 'hello');
    await expect(readSource(notes)).rejects.toThrow(/not a folder, nor a \.zip/);
    await expect(readSource(path.join(dir, 'missing'))).rejects.toThrow(/no such file or folder/);
  });
});

describe('URL source', () => {
  /** Serves one archive on 127.0.0.1 with a Content-Length; any other path is a 404. */
  async function serve(name: string, body: Uint8Array) {
    const server = createServer((req, res) => {
      if (req.url !== `/${name}`) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length });
      // Several chunks a few milliseconds apart, so the client sees progress more than once.
      const step = Math.max(1, Math.ceil(body.length / 4));
      const send = (i: number) => {
        if (i >= body.length) return void res.end();
        res.write(body.subarray(i, i + step));
        setTimeout(() => send(i + step), 5);
      };
      send(0);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return { base: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
  }

  it('downloads a fixture archive with progress and imports it', async () => {
    const body = makeZip(REPO, 'sigma-master');
    const server = await serve('rules.zip', body);
    try {
      const events: { received: number; total?: number }[] = [];
      const out = tempDir();
      const summary = await runImport({
        source: `${server.base}/rules.zip`,
        out,
        onProgress: (e) => e.phase === 'download' && events.push(e),
      });
      expect(summary.added).toHaveLength(RULE_PATHS.length);
      expect(events.length).toBeGreaterThan(2);
      expect(events[0]).toEqual({ phase: 'download', received: 0, total: body.length });
      expect(events.at(-1)).toEqual({ phase: 'download', received: body.length, total: body.length });
      await expect(runImport({ source: `${server.base}/missing.zip`, out })).rejects.toThrow(/HTTP 404/);
    } finally {
      await server.close();
    }
  });

  it.skipIf(!statSync(SHARED_RULES, { throwIfNoEntry: false }))(
    'downloads a .tar.gz built from ../shared/sigma (linux rules) and imports every rule',
    async () => {
      const linux = path.join(SHARED_RULES, 'linux');
      const count = filesUnder(linux).filter((f) => f.endsWith('.yml')).length;
      const server = await serve('sigma.tar.gz', await makeTarGz(linux, 'sigma-main/rules/linux'));
      try {
        const out = tempDir();
        const summary = await runImport({ source: `${server.base}/sigma.tar.gz`, out });
        expect(summary.skipped).toEqual([]);
        expect(summary.added).toHaveLength(count);
        const md = readFileSync(summary.added[0]!, 'utf8');
        expect(md).toMatch(/url: https:\/\/github\.com\/SigmaHQ\/sigma\/blob\/master\/rules\/linux\//);
      } finally {
        await server.close();
      }
    },
  );
});
