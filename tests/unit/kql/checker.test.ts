// The Kusto language service against our schema: what a failed check looks like.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkKql, checkQueries, checkResults } from '@/lib/kusto';
import { convertSigma } from '@/lib/sigma';

describe('checkKql', () => {
  it('accepts a query over an ASIM parser', () => {
    expect(
      checkKql(
        'imNetworkSession\n| where DstHostname endswith ".localto.net" and NetworkDirection == "Outbound"',
      ),
    ).toEqual([]);
  });
  it.each([
    ['unknown column', 'imProcessCreate | where NoSuchColumn == 1', 'KS142'],
    ['unknown table', 'NoSuchTable | take 1', 'KS204'],
    ['syntax error', 'SecurityEvent | where', 'KS006'],
    ['wrong type', 'SecurityEvent | where LogonType in~ ("3")', 'KS107'],
  ])('reports %s', (_, q, code) => expect(checkKql(q).map((d) => d.code)).toContain(code));
});

describe('checkQueries', () => {
  it('checks each distinct query once and caches by query text', async () => {
    const cacheFile = path.join(mkdtempSync(path.join(tmpdir(), 'kql-')), 'check.json');
    const qs = [
      'SecurityEvent | where EventID == 1',
      'SecurityEvent | where Nope == 1',
      'SecurityEvent | where EventID == 1',
    ];
    const first = await checkQueries(qs, { cacheFile, workers: 0 });
    expect(first.size).toBe(2);
    expect(first.get(qs[0] as string)).toEqual([]);
    expect(first.get(qs[1] as string)?.[0]?.code).toBe('KS142');
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: Record<string, unknown> };
    expect(Object.keys(cache.entries)).toHaveLength(2);
    const again = await checkQueries(qs, { cacheFile, workers: 0 });
    expect(again).toEqual(first);
  });
});

describe('checkResults', () => {
  it('turns a result with a failing query into an error with the diagnostic as reason', async () => {
    const good = {
      status: 'ok' as const,
      reasons: [],
      queries: [{ variant: 'ASIM', table: 'imProcessCreate', kql: 'imProcessCreate | take 1', warnings: [] }],
    };
    const bad = {
      status: 'ok' as const,
      reasons: [],
      queries: [
        { variant: 'Curated', table: 'SecurityEvent', kql: 'SecurityEvent | where Foo == 1', warnings: [] },
      ],
    };
    const [a, b] = await checkResults([good, bad], { cacheFile: false, workers: 0 });
    expect(a).toBe(good);
    expect(b?.status).toBe('error');
    expect(b?.reasons[0]?.code).toBe('KQL_CHECK_FAILED');
    expect(b?.reasons[0]?.detail).toContain('KS142');
  });
});

describe('convertSigma', () => {
  it('reports a rule that does not parse as an error, never throwing', () => {
    const r = convertSigma('title: [unclosed', 'broken.yml');
    expect(r.status).toBe('error');
    expect(r.reasons.length).toBeGreaterThan(0);
  });
});
