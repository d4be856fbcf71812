// The feed's search as a service with a message protocol, so that it runs in a Web Worker (worker.ts): the index
// (1.5 MB of JSON to parse, a catalog and a text scan to build) and every query stay off the page's main thread,
// which is busy starting React while a hurried reader's first results are on their way. The worker wires the
// handler to postMessage; without a worker the page wires it to itself; tests call it directly.
import type { Catalog } from './catalog';
import { createCatalog } from './catalog';
import { facetCounts, runQuery, type FacetCounts } from './run-query';
import { createScanIndex } from './scan-index';
import type { SearchState, SortKey } from './state';
import type { RuleEntry, SearchIndexFile, TextHit, TextIndex } from './types';

/** What the feed shows for one state: one page of results, not every match (a message carries it). */
export interface PageOutcome {
  /** the query this answers (the page may already be asking the next: results highlight their own) */
  query: string;
  /** how many rules match */
  total: number;
  /** the results on the requested page (clamped to the last page) */
  pageResults: RuleEntry[];
  page: number;
  pageCount: number;
  /** text hits of the page's results, for highlighting */
  hits: Map<number, TextHit>;
  sort: SortKey;
  /** slugs of every matching rule that has a KQL query (the bulk Sentinel export) */
  exportable: string[];
}

export type SearchRequest = { kind: 'load'; url: string } | { kind: 'query'; id: number; state: SearchState };

export type SearchReply =
  | { kind: 'ready'; techniqueNames: Record<string, string> }
  | { kind: 'outcome'; id: number; outcome: PageOutcome }
  | { kind: 'counts'; id: number; counts: FacetCounts }
  | { kind: 'failed'; message: string };

export interface SearchService {
  techniqueNames: Record<string, string>;
  outcome(state: SearchState): PageOutcome;
  counts(state: SearchState): FacetCounts;
}

export function pageOutcome(catalog: Catalog, index: TextIndex, state: SearchState): PageOutcome {
  const { results, pageResults, page, pageCount, hits, sort } = runQuery(catalog, index, state);
  const pageHits = new Map<number, TextHit>();
  for (const entry of pageResults) {
    const hit = hits.get(entry.n);
    if (hit) pageHits.set(entry.n, hit);
  }
  return {
    query: state.q,
    total: results.length,
    pageResults,
    page,
    pageCount,
    hits: pageHits,
    sort,
    exportable: results.filter((entry) => entry.kqlAvailable).map((entry) => entry.slug),
  };
}

export async function fetchIndexFile(url: string): Promise<SearchIndexFile> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
  return (await response.json()) as SearchIndexFile;
}

export function createSearchService(file: SearchIndexFile): SearchService {
  const catalog = createCatalog(file);
  const index = createScanIndex(catalog);
  return {
    techniqueNames: catalog.techniqueNames,
    outcome: (state) => pageOutcome(catalog, index, state),
    counts: (state) => facetCounts(catalog, index, state),
  };
}

/**
 * The worker's side of the protocol. A query is answered at once; its filter counts follow in a task of their own,
 * skipped when a newer query came in meanwhile (a reader typing wants the next results, not stale counts).
 */
export function createSearchHandler(
  post: (reply: SearchReply) => void,
  load: (url: string) => Promise<SearchIndexFile>,
  later: (task: () => void) => void = (task) => setTimeout(task, 0),
): (request: SearchRequest) => void {
  let service: Promise<SearchService> | null = null;
  let latest = 0;
  return (request) => {
    if (request.kind === 'load') {
      service ??= load(request.url).then(createSearchService);
      service.then(
        (ready) => post({ kind: 'ready', techniqueNames: ready.techniqueNames }),
        (error: unknown) =>
          post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
      return;
    }
    const { id, state } = request;
    latest = id;
    if (!service) {
      post({ kind: 'failed', message: 'search: a query came before the index was asked for' });
      return;
    }
    void service.then(
      (ready) => {
        if (id !== latest) return;
        post({ kind: 'outcome', id, outcome: ready.outcome(state) });
        later(() => {
          if (id === latest) post({ kind: 'counts', id, counts: ready.counts(state) });
        });
      },
      () => undefined, // the load's own handler reported it
    );
  };
}
