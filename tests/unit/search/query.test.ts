import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  createCatalog,
  createScanIndex,
  EMPTY_STATE,
  PAGE_SIZE,
  facetCounts,
  runQuery,
  type SearchSource,
  type SearchState,
} from '@/lib/search';
import { SOURCES } from './sources';

const catalog = createCatalog(buildSearchIndex(SOURCES, () => undefined));
const index = createScanIndex(catalog);
const run = (state: Partial<SearchState>) => runQuery(catalog, index, { ...EMPTY_STATE, ...state });
const count = (state: Partial<SearchState>) => facetCounts(catalog, index, { ...EMPTY_STATE, ...state });
const slugs = (state: Partial<SearchState>) => run(state).results.map((e) => e.slug);

describe('filters', () => {
  it.each<[string, Partial<SearchState>, string[]]>([
    ['severity', { filters: { level: ['critical'] } }, ['lsass-memory-dump-via-comsvcs']],
    [
      'two severities are ORed',
      { filters: { level: ['critical', 'low'] } },
      ['failed-logon-burst', 'lsass-memory-dump-via-comsvcs'],
    ],
    ['status', { filters: { status: ['stable'] } }, ['certutil-download']],
    ['tactic', { filters: { tactic: ['execution'] } }, ['powershell-encoded-command']],
    [
      'parent technique includes sub-techniques',
      { filters: { technique: ['T1003'] } },
      ['lsass-memory-dump-via-comsvcs'],
    ],
    ['service', { filters: { service: ['security'] } }, ['failed-logon-burst']],
    [
      'data table',
      { filters: { table: ['imProcessCreate'] } },
      ['certutil-download', 'powershell-encoded-command'],
    ],
    ['no KQL', { filters: { kql: ['no'] } }, ['failed-logon-burst', 'lsass-memory-dump-via-comsvcs']],
    [
      'facets are ANDed',
      { filters: { product: ['windows'], level: ['high'] } },
      ['certutil-download', 'powershell-encoded-command'],
    ],
    [
      'created from',
      { from: '2023-01-01' },
      ['communication-to-localtonet-tunneling-service-initiated-linux', 'certutil-download'],
    ],
    ['created to', { to: '2019-12-31' }, ['powershell-encoded-command']],
    [
      'modified range uses the last change',
      { dateField: 'modified', from: '2023-06-01', to: '2023-12-31' },
      ['lsass-memory-dump-via-comsvcs'],
    ],
    ['query and filter', { q: 'certutil', filters: { level: ['high'] } }, ['certutil-download']],
  ])('%s', (_label, state, expected) => {
    expect(slugs(state).sort()).toEqual([...expected].sort());
  });
});

describe('live counts', () => {
  it('count every value under the other filters (disjunctive within a facet)', () => {
    const state = { filters: { level: ['high'], product: ['windows'] } };
    expect(run(state).results).toHaveLength(2);
    const counts = count(state);
    // Severity counts ignore the severity filter itself but honour the product filter.
    expect(Object.fromEntries(counts.level)).toEqual({ high: 2, critical: 1, low: 1 });
    // Product counts honour the severity filter.
    expect(Object.fromEntries(counts.product)).toEqual({ windows: 2, linux: 1 });
    // Other facets count only the results.
    expect(Object.fromEntries(counts.table)).toEqual({ imProcessCreate: 2 });
  });

  it('selecting a counted value gives exactly that many results', () => {
    const before = count({ q: 'process' });
    expect(before.category.size).toBeGreaterThan(0);
    for (const [value, n] of before.category) {
      expect(run({ q: 'process', filters: { category: [value] } }).results).toHaveLength(n);
    }
  });
});

describe('sorting', () => {
  it.each<[SearchState['sort'], string[]]>([
    [
      'newest',
      [
        'communication-to-localtonet-tunneling-service-initiated-linux',
        'certutil-download',
        'failed-logon-burst',
        'lsass-memory-dump-via-comsvcs',
        'powershell-encoded-command',
      ],
    ],
    [
      'modified',
      [
        'certutil-download',
        'communication-to-localtonet-tunneling-service-initiated-linux',
        'lsass-memory-dump-via-comsvcs',
        'failed-logon-burst',
        'powershell-encoded-command',
      ],
    ],
    [
      'severity',
      [
        'lsass-memory-dump-via-comsvcs',
        'certutil-download',
        'communication-to-localtonet-tunneling-service-initiated-linux',
        'powershell-encoded-command',
        'failed-logon-burst',
      ],
    ],
    [
      'title',
      [
        'communication-to-localtonet-tunneling-service-initiated-linux',
        'failed-logon-burst',
        'lsass-memory-dump-via-comsvcs',
        'certutil-download',
        'powershell-encoded-command',
      ],
    ],
  ])('%s', (sort, expected) => {
    expect(slugs({ sort })).toEqual(expected);
  });

  it('breaks relevance ties by severity, then last change', () => {
    expect(slugs({ q: 'windows' })).toEqual([
      'lsass-memory-dump-via-comsvcs',
      'certutil-download',
      'powershell-encoded-command',
      'failed-logon-burst',
    ]);
  });

  it('defaults to relevance with a query and last change without', () => {
    expect(run({ q: 'certutil' }).sort).toBe('relevance');
    expect(run({}).sort).toBe('modified');
    expect(run({ sort: 'relevance' }).sort).toBe('modified');
  });
});

describe('pagination', () => {
  const many: SearchSource[] = Array.from({ length: PAGE_SIZE * 2 + 3 }, (_, i) => ({
    ...SOURCES[0]!,
    slug: `rule-${i}`,
    title: `Rule ${String(i).padStart(3, '0')}`,
  }));
  const big = createCatalog(buildSearchIndex(many, () => undefined));

  it('slices pages and clamps past the end', () => {
    const first = runQuery(big, null, { ...EMPTY_STATE, sort: 'title' });
    expect(first.pageCount).toBe(3);
    expect(first.pageResults.map((e) => e.title)[0]).toBe('Rule 000');
    const last = runQuery(big, null, { ...EMPTY_STATE, sort: 'title', page: 99 });
    expect(last.page).toBe(3);
    expect(last.pageResults).toHaveLength(3);
  });

  it('reports pending while the text index is missing for a query', () => {
    const outcome = runQuery(big, null, { ...EMPTY_STATE, q: 'rule' });
    expect(outcome.pending).toBe(true);
    expect(outcome.results).toEqual([]);
  });
});
