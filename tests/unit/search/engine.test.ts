import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  createCatalog,
  createMiniSearchIndex,
  createScanIndex,
  EMPTY_STATE,
  narrows,
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

describe('scan index reusing its last answer', () => {
  // Typing sequences: each query is answered by one index that remembers its last answer and by a fresh index
  // that scans everything; the hits (rules, scores, matched terms) must be the same.
  it.each([
    ['a word typed a key at a time', ['ce', 'cer', 'cert', 'certu', 'certutil']],
    ['a second word', ['certutil', 'certutil ur', 'certutil urlcache']],
    ['backspace widens again', ['lsass', 'lsas', 'ls', 'l', 'ls', 'lsa']],
    ['a term replaced, not extended', ['certutil', 'certutil net', 'certutil', 'powershell']],
    ['dotted and ID queries', ['lo', 'localto', 'localto.', 'localto.net', 't1', 't1003', 't1003.001']],
    ['a word removed from the middle', ['certutil urlcache', 'urlcache', 'urlcache certutil']],
  ])('%s', (_name, queries) => {
    const typing = createScanIndex(catalog);
    for (const q of queries) {
      const fresh = createScanIndex(catalog).search(q);
      expect(
        [...typing.search(q)].sort(([a], [b]) => a - b),
        q,
      ).toEqual([...fresh].sort(([a], [b]) => a - b));
    }
  });

  it.each([
    [['ls'], ['lsass'], true],
    [['ls'], ['lsass', 'dump'], true],
    [['certutil', 'url'], ['certutil', 'urlcache'], true],
    [['lsass'], ['ls'], false],
    [['certutil', 'url'], ['urlcache'], false],
    [[], ['lsass'], false],
  ])('narrows(%j, %j) is %s', (from, to, expected) => {
    expect(narrows(from, to)).toBe(expected);
  });
});

it('a rule whose text holds a NUL is still found (scored as one field)', () => {
  const odd = buildSearchIndex(
    [{ ...SOURCES[0]!, slug: 'odd', title: 'Odd\u0000Title Mimikatz', description: 'nothing else' }],
    () => undefined,
  );
  const scan = createScanIndex(createCatalog(odd));
  expect([...scan.search('mimikatz').keys()]).toEqual([0]);
  expect([...scan.search('title').keys()]).toEqual([0]);
});

describe('scan hits say where each term matched', () => {
  const scan = createScanIndex(catalog);
  const nOf = (slug: string) => catalog.entries.find((e) => e.slug === slug)!.n;
  it.each([
    ['certutil', 'certutil-download', true, { title: ['certutil'] }],
    ['rundll32', 'lsass-memory-dump-via-comsvcs', false, { values: ['rundll32'] }],
    ['t1572', 'communication-to-localtonet-tunneling-service-initiated-linux', false, { ids: ['t1572'] }],
    [
      'braathen',
      'communication-to-localtonet-tunneling-service-initiated-linux',
      false,
      { author: ['braathen'] },
    ],
  ])('%s in %s', (q, slug, titleHit, fields) => {
    const hit = scan.search(q).get(nOf(slug));
    expect(hit?.titleHit).toBe(titleHit);
    expect(hit?.matched).toMatchObject(fields);
    expect(hit!.score).toBeGreaterThan(0);
  });
});
