import { describe, expect, it } from 'vitest';
import {
  createProgressReporter,
  formatSummary,
  importExitCode,
  parseImportArgs,
  type ImportSummary,
} from '@/lib/importer';

describe('parseImportArgs', () => {
  it.each([
    [['rules'], { source: 'rules', out: 'content/rules', dryRun: false, strict: false }],
    [['a.zip', '--out', 'x', '--dry-run'], { source: 'a.zip', out: 'x', dryRun: true, strict: false }],
    [['--strict', 'rules'], { source: 'rules', out: 'content/rules', dryRun: false, strict: true }],
    [
      ['--base-url=https://h/r/blob/main', 'src'],
      { source: 'src', out: 'content/rules', dryRun: false, strict: false, baseUrl: 'https://h/r/blob/main' },
    ],
  ])('%j', (argv, expected) => {
    expect(parseImportArgs(argv).value).toEqual(expected);
  });

  it.each([[[]], [['a', 'b']], [['a', '--out']], [['a', '--nope']], [['a', '--base-url', 'ftp://x']]])(
    'rejects %j',
    (argv) => {
      expect(parseImportArgs(argv).error).toBeTruthy();
    },
  );
});

describe('importExitCode', () => {
  it.each([
    [0, false, 0],
    [0, true, 0],
    [3, false, 0],
    [3, true, 1],
  ])('%i skipped, strict %s → %i', (skipped, strict, code) => {
    expect(importExitCode(skipped, strict)).toBe(code);
  });
});

function collect(isTTY: boolean) {
  let text = '';
  let now = 0;
  const report = createProgressReporter(
    { isTTY, columns: 120, write: (s: string) => (text += s) },
    () => now,
  );
  return { report, tick: (ms: number) => (now += ms), text: () => text };
}

describe('progress', () => {
  it('draws one updating bar with count, total and rate on a terminal', () => {
    const p = collect(true);
    p.report({ phase: 'read', files: 200, origin: 'src' });
    for (let i = 1; i <= 200; i++) {
      p.tick(10);
      p.report({ phase: 'import', done: i, total: 200 });
    }
    expect(p.text()).toContain('\r');
    expect(p.text()).toMatch(/import \[#{30}\] 200\/200 100\/s/);
  });

  it('draws the download with bytes, total and rate on a terminal', () => {
    const p = collect(true);
    const total = 4 * 1048576;
    for (let received = 0; received <= total; received += 1048576) {
      p.report({ phase: 'download', received, total });
      p.tick(500);
    }
    // 4 MiB over the 2 s since the first (0-byte) event.
    expect(p.text()).toMatch(/download \[#{30}\] 4\.0 MiB \/ 4\.0 MiB 2\.0 MiB\/s/);
  });

  it('prints download lines per tenth, or per 10 MiB when the size is unknown, elsewhere', () => {
    const known = collect(false);
    for (let received = 0; received <= 100; received += 5) {
      known.report({ phase: 'download', received, total: 100 });
      known.tick(100);
    }
    expect(known.text().trim().split('\n')).toHaveLength(11);
    const unknown = collect(false);
    for (let mb = 0; mb <= 25; mb++) {
      unknown.report({ phase: 'download', received: mb * 1048576 });
      unknown.tick(100);
    }
    const lines = unknown.text().trim().split('\n');
    expect(lines).toEqual([
      'download 0.0 MiB …/s',
      'download 10.0 MiB 10.0 MiB/s',
      'download 20.0 MiB 10.0 MiB/s',
    ]);
  });

  it('prints plain lines, one per tenth, elsewhere', () => {
    const p = collect(false);
    p.report({ phase: 'read', files: 100, origin: 'src' });
    for (let i = 1; i <= 100; i++) p.report({ phase: 'import', done: i, total: 100 });
    const lines = p.text().trim().split('\n');
    expect(p.text()).not.toContain('\r');
    expect(lines[0]).toBe('found 100 rule files in src');
    expect(lines.filter((l) => l.startsWith('import ')).length).toBe(11);
  });
});

describe('formatSummary', () => {
  it('lists counts and every skip as path:line: reason', () => {
    const summary: ImportSummary = {
      origin: 'src',
      found: 4,
      added: ['/c/a.md'],
      updated: [],
      unchanged: ['/c/b.md'],
      removed: ['/c/gone.md'],
      stillRemoved: [],
      skipped: [{ path: 'rules/x.yml', line: 7, reason: 'YAML_SYNTAX: bad' }],
      dryRun: false,
      ms: 1234,
    };
    const text = formatSummary(summary, '/c');
    expect(text).toContain('added:            1');
    expect(text).toContain('removed upstream: 1');
    expect(text).toContain('removed upstream, kept and marked: gone.md');
    expect(text).toContain('skipped rules/x.yml:7: YAML_SYNTAX: bad');
    expect(formatSummary(summary, '/work/repo')).toContain('removed upstream, kept and marked: /c/gone.md');
  });
});
