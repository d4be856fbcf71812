import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  createSearchHandler,
  createSearchService,
  EMPTY_STATE,
  PAGE_SIZE,
  type SearchIndexFile,
  type SearchReply,
  type SearchSource,
  type SearchState,
} from '@/lib/search';
import { SOURCES } from './sources';

const FILE = buildSearchIndex(SOURCES, () => undefined);
const state = (partial: Partial<SearchState>): SearchState => ({ ...EMPTY_STATE, ...partial });

describe('the search service: one page of results per state', () => {
  const service = createSearchService(FILE);

  it.each<[string, Partial<SearchState>, { total: number; first: string; exportable: string[] }]>([
    ['a text query', { q: 'comsvcs' }, { total: 1, first: 'lsass-memory-dump-via-comsvcs', exportable: [] }],
    [
      'a text query and a filter',
      { q: 'certutil', filters: { level: ['high'] } },
      { total: 1, first: 'certutil-download', exportable: ['certutil-download'] },
    ],
    [
      'a filter without a query',
      { filters: { kql: ['no'] } },
      { total: 2, first: 'lsass-memory-dump-via-comsvcs', exportable: [] },
    ],
    ['nothing matches', { q: 'no-such-term-anywhere' }, { total: 0, first: '', exportable: [] }],
  ])('%s', (_label, partial, expected) => {
    const outcome = service.outcome(state(partial));
    expect(outcome.total).toBe(expected.total);
    expect(outcome.pageResults[0]?.slug ?? '').toBe(expected.first);
    expect(outcome.exportable).toEqual(expected.exportable);
  });

  it('carries the text hits of the page results only, for highlighting', () => {
    const outcome = service.outcome(state({ q: 'certutil' }));
    expect(outcome.total).toBeGreaterThan(1);
    expect([...outcome.hits.keys()].sort()).toEqual(outcome.pageResults.map((e) => e.n).sort());
    expect(outcome.hits.get(outcome.pageResults[0]!.n)?.matched.title).toContain('certutil');
  });

  it('pages a long list and lists every exportable match, not only the page', () => {
    const many: SearchSource[] = Array.from({ length: PAGE_SIZE + 7 }, (_, i) => ({
      ...SOURCES[0]!,
      slug: `rule-${String(i).padStart(3, '0')}`,
      title: `Rule ${i}`,
      kqlAvailable: i % 2 === 0,
    }));
    const paged = createSearchService(buildSearchIndex(many, () => undefined));
    const second = paged.outcome(state({ page: 2 }));
    expect(second).toMatchObject({ total: PAGE_SIZE + 7, page: 2, pageCount: 2 });
    expect(second.pageResults).toHaveLength(7);
    expect(second.exportable).toHaveLength(Math.ceil((PAGE_SIZE + 7) / 2));
  });

  it('counts filter values like facetCounts', () => {
    const counts = service.counts(state({ filters: { level: ['high'] } }));
    // Disjunctive: the other severities stay countable while one is chosen.
    expect(counts.level.get('critical')).toBe(1);
    expect(counts.level.get('high')).toBeGreaterThan(0);
  });
});

describe('the worker protocol', () => {
  /** A handler with its replies collected and its deferred tasks run by hand. */
  function harness(load: (url: string) => Promise<SearchIndexFile> = async () => FILE) {
    const replies: SearchReply[] = [];
    const tasks: (() => void)[] = [];
    const handle = createSearchHandler(
      (reply) => replies.push(reply),
      load,
      (task) => tasks.push(task),
    );
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
    return { replies, tasks, handle, settle };
  }
  const kinds = (replies: SearchReply[]) =>
    replies.map((r) => (r.kind === 'outcome' || r.kind === 'counts' ? `${r.kind} ${r.id}` : r.kind));

  it('answers only the latest of the queries sent while the index loads, then its counts', async () => {
    const { replies, tasks, handle, settle } = harness();
    handle({ kind: 'load', url: '/search-index.json' });
    handle({ kind: 'query', id: 1, state: state({ q: 'c' }) });
    handle({ kind: 'query', id: 2, state: state({ q: 'comsvcs' }) });
    await settle();
    expect(kinds(replies)).toEqual(['ready', 'outcome 2']);
    tasks.splice(0).forEach((task) => task());
    expect(kinds(replies)).toEqual(['ready', 'outcome 2', 'counts 2']);
    const outcome = replies.find((r) => r.kind === 'outcome');
    expect(outcome?.kind === 'outcome' && outcome.outcome.total).toBe(1);
  });

  it('skips the counts of a query a newer one overtook', async () => {
    const { replies, tasks, handle, settle } = harness();
    handle({ kind: 'load', url: '/search-index.json' });
    await settle();
    handle({ kind: 'query', id: 1, state: state({ q: 'lsass' }) });
    await settle();
    handle({ kind: 'query', id: 2, state: state({ q: 'lsass dump' }) });
    await settle();
    tasks.splice(0).forEach((task) => task());
    expect(kinds(replies)).toEqual(['ready', 'outcome 1', 'outcome 2', 'counts 2']);
  });

  it('reports an index that fails to load, and a query without a load', async () => {
    const failing = harness(async () => {
      throw new Error('search index: HTTP 404');
    });
    failing.handle({ kind: 'load', url: '/search-index.json' });
    failing.handle({ kind: 'query', id: 1, state: state({ q: 'x' }) });
    await failing.settle();
    expect(failing.replies).toEqual([{ kind: 'failed', message: 'search index: HTTP 404' }]);

    const unloaded = harness();
    unloaded.handle({ kind: 'query', id: 1, state: state({}) });
    expect(unloaded.replies).toEqual([
      { kind: 'failed', message: 'search: a query came before the index was asked for' },
    ]);
  });

  it('loads the index once however often it is asked', async () => {
    let loads = 0;
    const { handle, settle } = harness(async () => {
      loads += 1;
      return FILE;
    });
    handle({ kind: 'load', url: '/search-index.json' });
    handle({ kind: 'load', url: '/search-index.json' });
    await settle();
    expect(loads).toBe(1);
  });
});
