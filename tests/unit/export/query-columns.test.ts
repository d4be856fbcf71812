import { describe, expect, it } from 'vitest';
import { buildSentinelRule, maskLiterals, outputColumns } from '@/lib/export';
import { RULE, query } from './fixtures';

describe('outputColumns', () => {
  it.each<[string, string, string[], string[]]>([
    // [name, kql, columns that survive, columns that do not]
    ['plain filters', 'T\n| where A == 1\n| extend B = 2\n| sort by A\n| take 10', ['A', 'Z'], []],
    ['project', 'T | project A, B = tolower(C), D', ['A', 'B', 'D'], ['C', 'Z']],
    ['project-away', 'T | project-away A, B', ['C'], ['A', 'B']],
    ['project-rename', 'T | project-rename X = A', ['B'], ['A']],
    ['summarize by columns', 'T | summarize count() by A, B', ['A', 'B'], ['C']],
    ['summarize without by', 'T | summarize count()', [], ['A']],
    ['project after project-away', 'T | project-away A | project A, B', ['B'], ['A', 'C']],
    [
      'pipes inside strings do not count',
      'T | where A == "x | project B" | where C has @\'| project D\'',
      ['A', 'Z'],
      [],
    ],
    ['pipes inside comments do not count', 'T // | project Q\n| where A == 1', ['A', 'Z'], []],
    ['function call source', 'T(starttime=ago(1h)) | where A == 1', ['A'], []],
    ['obfuscated strings', 'T | where A has h"| project B" and Z endswith".exe"', ['A', 'Z'], []],
  ])('%s', (_name, kql, survive, gone) => {
    const columns = outputColumns(kql, 'T');
    expect(columns.kind).not.toBe('unknown');
    for (const name of survive)
      expect(
        columns.kind === 'all'
          ? !columns.removed.has(name)
          : columns.kind === 'only' && columns.columns.has(name),
        name,
      ).toBe(true);
    for (const name of gone)
      expect(
        columns.kind === 'all'
          ? !columns.removed.has(name)
          : columns.kind === 'only' && columns.columns.has(name),
        name,
      ).toBe(false);
  });

  it.each([
    ['another source', 'Other | where A == 1'],
    ['a union', 'union T, U'],
    ['a join', 'T | join kind=inner (U) on A'],
    ['a let-bound source', 'let x = T | where A == 1;\nx | where B == 2'],
    ['project with a wildcard', 'T | project-away A*'],
    ['summarize by an expression', 'T | summarize count() by bin(TimeGenerated, 1h)'],
  ])('is unknown for %s', (_name, kql) => {
    expect(outputColumns(kql, 'T').kind).toBe('unknown');
  });

  it('masks string contents and comments but keeps the rest', () => {
    expect(maskLiterals('T | where A == "a|b" // c | d\n| take 1')).toBe('T | where A == "" \n| take 1');
    expect(maskLiterals("T | where A == 'it\\'s' and B == @'x''y'")).toBe('T | where A == "" and B == ""');
  });
});

describe('entity mappings follow the query', () => {
  const mapped = (kql: string, table = 'imProcessCreate') =>
    buildSentinelRule(RULE, query({ table, kql })).value!.entityMappings.map(
      (m) => `${m.entityType}:${m.fieldMappings.map((f) => f.columnName).join('+')}`,
    );

  it('maps host, account, process and IP for a filter over imProcessCreate', () => {
    expect(mapped('imProcessCreate\n| where CommandLine has "x"')).toEqual([
      'Host:DvcHostname',
      'Account:ActorUsername',
      'Process:TargetProcessCommandLine+TargetProcessId',
      'IP:DvcIpAddr',
    ]);
  });

  it('keeps only the mappings whose columns a project returns', () => {
    expect(mapped('imProcessCreate | project DvcHostname, TargetProcessId')).toEqual([
      'Host:DvcHostname',
      'Process:TargetProcessId',
    ]);
  });

  it('maps nothing, with a warning, when it cannot tell what the query returns', () => {
    const result = buildSentinelRule(
      RULE,
      query({ table: 'imProcessCreate', kql: 'imProcessCreate | join (X) on A' }),
    );
    expect(result.value?.entityMappings).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toContain('ENTITY_MAPPING_DROPPED');
  });

  it('maps nothing for a table without mappable columns, and says so', () => {
    const result = buildSentinelRule(
      RULE,
      query({ table: 'AuditLogs', kql: 'AuditLogs | where OperationName == "x"' }),
    );
    expect(result.value?.entityMappings).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toContain('NO_ENTITY_MAPPING');
  });

  it('maps Defender process events by their string columns only', () => {
    expect(mapped('DeviceProcessEvents | where FileName =~ "x.exe"', 'DeviceProcessEvents')).toEqual([
      'Host:DeviceName',
      'Account:AccountName+AccountDomain+AccountSid',
      'Process:ProcessCommandLine',
      'File:FileName+FolderPath',
    ]);
  });
});
