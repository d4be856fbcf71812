import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content';
import { runImport } from '@/lib/importer';
import { clock, copyFixture, read, tempDir } from './helpers';

// The converter's verdict lands in the front matter: kqlStatus for every rule, dataTable when it converts.

const rule = (id: string, title: string, logsource: string, detection: string) =>
  [
    `title: ${title}`,
    `id: ${id}`,
    'status: test',
    'description: Fixture rule for the converter verdict.',
    'author: SOC Feed tests',
    'date: 2025-03-01',
    'logsource:',
    logsource,
    'detection:',
    detection,
    '    condition: selection',
    'level: medium',
    '',
  ].join('\n');

const CASES = [
  {
    name: 'a rule the converter turns into KQL',
    file: 'rules/windows/process_creation/proc_creation_win_fixture_whoami_all.yml',
    md: 'account-discovery-with-whoami.md',
    status: 'ok',
    table: 'imProcessCreate',
  },
  {
    name: 'a rule whose log source has no table',
    file: 'rules/extra/fixture_unknown_logsource.yml',
    text: rule(
      '6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
      'Fixture Unknown Log Source',
      '    product: fixture-product\n    service: fixture-service',
      '    selection:\n        Field: value',
    ),
    md: 'fixture-unknown-log-source.md',
    status: 'unsupported',
    table: undefined,
  },
  {
    name: 'a keyword search the converter refuses',
    file: 'rules/extra/fixture_keywords.yml',
    text: rule(
      '7b2e1d3f-4c5e-4f60-9bac-1d2e3f4a5b6c',
      'Fixture Keyword Search',
      '    product: windows\n    category: process_creation',
      "    selection:\n        - 'mimikatz'",
    ),
    md: 'fixture-keyword-search.md',
    status: 'unsupported',
    table: undefined,
  },
];

describe('kqlStatus', () => {
  it.each(CASES)('$name: kqlStatus $status, dataTable $table', async (c) => {
    const source = copyFixture('repo');
    if (c.text) {
      mkdirSync(path.dirname(path.join(source, c.file)), { recursive: true });
      writeFileSync(path.join(source, c.file), c.text);
    }
    const out = tempDir();
    const summary = await runImport({ source, out, now: clock('2026-01-01T00:00:00Z') });
    expect(summary.skipped).toEqual([]);
    const md = read(path.join(out, c.md));
    expect(md).toContain(`\nkqlStatus: ${c.status}\n`);
    if (c.table) expect(md).toContain(`\ndataTable: ${c.table}\n`);
    else expect(md).not.toContain('\ndataTable:');
    expect(loadContent(out).problems).toEqual([]);
  });
});
