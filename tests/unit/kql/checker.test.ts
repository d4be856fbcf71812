// The Kusto language service against our schema: what a failed check looks like.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkKql, checkQueries } from '@/lib/kusto';

describe('checkKql', () => {
  it('accepts a query over an ASIM parser', () => {
    expect(checkKql('imNetworkSession\n| where DstHostname endswith ".localto.net" and NetworkDirection == "Outbound"')).toEqual([]);
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
    const qs = ['SecurityEvent | where EventID == 1', 'SecurityEvent | where Nope == 1', 'SecurityEvent | where EventID == 1'];
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
