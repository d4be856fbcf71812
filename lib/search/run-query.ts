// One pure function from (catalog, text index, state) to what the UI shows: ordered results and live counts.
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
  /** live counts: for each facet, matches under every other filter, by value */
  counts: Record<FacetKey, Map<string, number>>;
  hits: Map<number, TextHit>;
  sort: SortKey;
  /** the text index was needed but is not loaded yet */
  pending: boolean;
}

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

export function runQuery(catalog: Catalog, textIndex: TextIndex | null, state: SearchState): QueryOutcome {
  const sort = effectiveSort(state);
  // A query with no searchable terms (only punctuation) narrows nothing.
  const wantsText = hasQuery(state.q);
  const hits = wantsText && textIndex ? textIndex.search(state.q) : new Map<number, TextHit>();
  const pending = wantsText && !textIndex;

  const active = FACET_KEYS.filter((key) => (state.filters[key]?.length ?? 0) > 0).map((key) => ({
    key,
    wanted: new Set(state.filters[key]),
    values: catalog.facetValues[key],
  }));
  const dateOf = (e: RuleEntry) => (state.dateField === 'modified' ? e.updated : e.date);

  const counts = Object.fromEntries(
    FACET_KEYS.map((key) => [key, new Map<string, number>()]),
  ) as QueryOutcome['counts'];
  const results: RuleEntry[] = [];
  for (const entry of catalog.entries) {
    if (pending) break;
    if (wantsText && !hits.has(entry.n)) continue;
    const date = dateOf(entry);
    if ((state.from && date < state.from) || (state.to && date > state.to)) continue;
    // Which active facets reject this entry: with none it is a result; with exactly one, it still counts
    // toward that facet's values (disjunctive counts: choosing "high" keeps "critical" countable).
    let failed: FacetKey | null = null;
    let failures = 0;
    for (const facet of active) {
      const values = facet.values[entry.n] ?? [];
      if (!values.some((value) => facet.wanted.has(value))) {
        failures += 1;
        failed = facet.key;
        if (failures > 1) break;
      }
    }
    if (failures > 1) continue;
    for (const key of FACET_KEYS) {
      if (failures === 1 && key !== failed) continue;
      const map = counts[key];
      for (const value of catalog.facetValues[key][entry.n] ?? []) map.set(value, (map.get(value) ?? 0) + 1);
    }
    if (failures === 0) results.push(entry);
  }
  results.sort(compareBy(sort, hits));
  const pageCount = Math.max(1, Math.ceil(results.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, state.page), pageCount);
  const pageResults = results.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  return { results, pageResults, page, pageCount, counts, hits, sort, pending };
}
