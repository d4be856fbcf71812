// Pure functions from (catalog, text index, state) to what the UI shows: the ordered results, and the live counts
// of the filter values. They are separate so that the feed can show results at once and let the counts follow.
import { FACET_KEYS, type Catalog, type FacetKey } from './catalog';
import { effectiveSort, hasQuery, PAGE_SIZE, type SearchState, type SortKey } from './state';
import type { TextHit, TextIndex } from './types';
import { LEVELS, type RuleEntry } from './types';

export interface QueryOutcome {
  /** every matching entry, sorted */
  results: RuleEntry[];
  /** results on the requested page (clamped to the last page) */
  pageResults: RuleEntry[];
  page: number;
  pageCount: number;
  hits: Map<number, TextHit>;
  sort: SortKey;
  /** the text index was needed but is not loaded yet */
  pending: boolean;
}

/** Live counts: for each facet, matches under every other filter, by value. */
export type FacetCounts = Record<FacetKey, Map<string, number>>;

const TITLE_ORDER = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const LEVEL_RANK = Object.fromEntries(LEVELS.map((level, i) => [level, i])) as Record<string, number>;

function compareBy(sort: SortKey, hits: Map<number, TextHit>): (a: RuleEntry, b: RuleEntry) => number {
  const byTitle = (a: RuleEntry, b: RuleEntry) => TITLE_ORDER.compare(a.title, b.title);
  const desc = (x: string, y: string) => (x < y ? 1 : x > y ? -1 : 0);
  switch (sort) {
    case 'relevance':
      // Equal relevance: the more severe, then the more recently changed rule first.
      return (a, b) =>
        (hits.get(b.n)?.score ?? 0) - (hits.get(a.n)?.score ?? 0) ||
        (LEVEL_RANK[b.level] ?? 0) - (LEVEL_RANK[a.level] ?? 0) ||
        desc(a.updated, b.updated) ||
        byTitle(a, b);
    case 'newest':
      return (a, b) => desc(a.date, b.date) || byTitle(a, b);
    case 'modified':
      return (a, b) => desc(a.updated, b.updated) || byTitle(a, b);
    case 'severity':
      return (a, b) =>
        (LEVEL_RANK[b.level] ?? 0) - (LEVEL_RANK[a.level] ?? 0) ||
        desc(a.updated, b.updated) ||
        byTitle(a, b);
    case 'title':
      return byTitle;
    default: {
      const unreachable: never = sort;
      throw new Error(`unknown sort ${String(unreachable)}`);
    }
  }
}

/**
 * Calls `visit` for every entry that passes the text query and the date range, with the active facet that rejects
 * it when exactly one does (null when none does). Entries rejected by two or more facets count nowhere. Returns
 * the text hits, or null while the text index is needed but not loaded.
 */
function walk(
  catalog: Catalog,
  textIndex: TextIndex | null,
  state: SearchState,
  visit: (entry: RuleEntry, rejectedBy: FacetKey | null) => void,
): Map<number, TextHit> | null {
  // A query with no searchable terms (only punctuation) narrows nothing.
  const wantsText = hasQuery(state.q);
  if (wantsText && !textIndex) return null;
  const hits = wantsText && textIndex ? textIndex.search(state.q) : new Map<number, TextHit>();
  const active = FACET_KEYS.filter((key) => (state.filters[key]?.length ?? 0) > 0).map((key) => ({
    key,
    wanted: new Set(state.filters[key]),
    values: catalog.facetValues[key],
  }));
  const modified = state.dateField === 'modified';
  for (const entry of catalog.entries) {
    if (wantsText && !hits.has(entry.n)) continue;
    const date = modified ? entry.updated : entry.date;
    if ((state.from && date < state.from) || (state.to && date > state.to)) continue;
    let rejectedBy: FacetKey | null = null;
    let rejections = 0;
    for (const facet of active) {
      const values = facet.values[entry.n] ?? [];
      if (!values.some((value) => facet.wanted.has(value))) {
        rejections += 1;
        rejectedBy = facet.key;
        if (rejections > 1) break;
      }
    }
    if (rejections <= 1) visit(entry, rejectedBy);
  }
  return hits;
}

export function runQuery(catalog: Catalog, textIndex: TextIndex | null, state: SearchState): QueryOutcome {
  const sort = effectiveSort(state);
  const results: RuleEntry[] = [];
  const found = walk(catalog, textIndex, state, (entry, rejectedBy) => {
    if (rejectedBy === null) results.push(entry);
  });
  const hits = found ?? new Map<number, TextHit>();
  results.sort(compareBy(sort, hits));
  const pageCount = Math.max(1, Math.ceil(results.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, state.page), pageCount);
  const pageResults = results.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  return { results, pageResults, page, pageCount, hits, sort, pending: found === null };
}

/**
 * Disjunctive counts: an entry that only one active facet rejects still counts toward that facet's values, so
 * choosing "high" keeps "critical" countable; an entry no facet rejects counts everywhere.
 */
export function facetCounts(catalog: Catalog, textIndex: TextIndex | null, state: SearchState): FacetCounts {
  const counts = Object.fromEntries(FACET_KEYS.map((key) => [key, new Map<string, number>()])) as FacetCounts;
  walk(catalog, textIndex, state, (entry, rejectedBy) => {
    for (const key of rejectedBy === null ? FACET_KEYS : [rejectedBy]) {
      const map = counts[key];
      for (const value of catalog.facetValues[key][entry.n] ?? []) map.set(value, (map.get(value) ?? 0) + 1);
    }
  });
  return counts;
}
