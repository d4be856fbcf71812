import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  createCatalog,
  createMiniSearchIndex,
  createScanIndex,
  EMPTY_STATE,
  runQuery,
  type TextIndex,
} from '@/lib/search';
import { SOURCES } from './sources';

const NAMES: Record<string, string> = {
  T1572: 'Protocol Tunneling',
  T1003: 'OS Credential Dumping',
  'T1003.001': 'LSASS Memory',
};
const file = buildSearchIndex(SOURCES, (id) => NAMES[id]);
const catalog = createCatalog(file);
const engines: [string, TextIndex][] = [
  ['scan', createScanIndex(catalog)],
  ['minisearch', createMiniSearchIndex(catalog)],
];

const slugsFor = (index: TextIndex, q: string) =>
  runQuery(catalog, index, { ...EMPTY_STATE, q }).results.map((entry) => entry.slug);

describe.each(engines)('%s engine', (_name, index) => {
  it.each([
    ['certutil', ['certutil-download', 'failed-logon-burst']],
    ['localto.net', ['communication-to-localtonet-tunneling-service-initiated-linux']],
    ['T1572', ['communication-to-localtonet-tunneling-service-initiated-linux']],
    ['t1003', ['lsass-memory-dump-via-comsvcs']],
    ['T1003.001', ['lsass-memory-dump-via-comsvcs']],
    ['protocol tunneling', ['communication-to-localtonet-tunneling-service-initiated-linux']],
    ['imProcessCreate', ['certutil-download', 'powershell-encoded-command']],
    ['minidump', ['lsass-memory-dump-via-comsvcs']],
    ['braathen', ['communication-to-localtonet-tunneling-service-initiated-linux']],
    ['certu', ['certutil-download', 'failed-logon-burst']],
    ['certutil urlcache', ['certutil-download']],
    ['certutil nosuchword', []],
  ])('%s finds %j', (q, expected) => {
    expect(slugsFor(index, q).sort()).toEqual([...expected].sort());
  });

  it('ranks a title match above a description-only match', () => {
    expect(slugsFor(index, 'certutil')).toEqual(['certutil-download', 'failed-logon-burst']);
    expect(slugsFor(index, 'lsass')[0]).toBe('lsass-memory-dump-via-comsvcs');
  });

  it('matches at word starts only', () => {
    expect(slugsFor(index, 'utilit')).toEqual([]);
    expect(slugsFor(index, 'ertutil')).toEqual([]);
  });

  it('ignores one-letter terms instead of matching everything', () => {
    expect(slugsFor(index, 'c')).toHaveLength(SOURCES.length);
    expect(slugsFor(index, 'certutil c')).toEqual(slugsFor(index, 'certutil'));
  });
});

it('scan finds a compound inside a longer one (MiniSearch matches whole tokens only)', () => {
  expect(slugsFor(engines[0]![1], 'threat-hunting')).toEqual(['failed-logon-burst']);
  expect(slugsFor(engines[1]![1], 'threat-hunting')).toEqual([]);
});
