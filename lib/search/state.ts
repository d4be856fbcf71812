// Everything the feed's search UI shows is a function of this state, and the state lives in the URL.
import { FACET_KEYS, type FacetKey } from './catalog';
import { queryChunks } from './tokenize';

export const SORT_KEYS = ['relevance', 'newest', 'modified', 'severity', 'title'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const DATE_FIELDS = ['created', 'modified'] as const;
export type DateField = (typeof DATE_FIELDS)[number];
export const PAGE_SIZE = 50;

export interface SearchState {
  q: string;
  /** absent: relevance with a query, DEFAULT_SORT without */
  sort?: SortKey;
  /** 1-based */
  page: number;
  filters: Partial<Record<FacetKey, string[]>>;
  dateField: DateField;
  /** YYYY-MM-DD, inclusive */
  from?: string;
  to?: string;
}

export const EMPTY_STATE: SearchState = { q: '', page: 1, filters: {}, dateField: 'created' };

/** A query narrows only when it has a term to search for (see queryChunks). */
export function hasQuery(q: string): boolean {
  return queryChunks(q).length > 0;
}

/** Without a query the feed shows what changed last, the same order as the server-rendered list. */
export const DEFAULT_SORT: SortKey = 'modified';

export function effectiveSort(state: SearchState): SortKey {
  if (state.sort === 'relevance' && !hasQuery(state.q)) return DEFAULT_SORT;
  return state.sort ?? (hasQuery(state.q) ? 'relevance' : DEFAULT_SORT);
}

export function hasNarrowing(state: SearchState): boolean {
  return (
    hasQuery(state.q) ||
    Boolean(state.from || state.to) ||
    FACET_KEYS.some((key) => (state.filters[key]?.length ?? 0) > 0)
  );
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LIST_SEPARATOR = ',';

/** Query string (no leading ?) holding only what differs from the defaults; stable key order. */
export function encodeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q);
  for (const key of FACET_KEYS) {
    const values = state.filters[key];
    if (values?.length) params.set(key, [...values].sort().join(LIST_SEPARATOR));
  }
  if (state.from || state.to) {
    if (state.dateField !== 'created') params.set('date', state.dateField);
    if (state.from) params.set('from', state.from);
    if (state.to) params.set('to', state.to);
  }
  if (state.sort && state.sort !== effectiveSort({ ...state, sort: undefined }))
    params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  return params.toString();
}

/** Reads a query string leniently: unknown keys and malformed values are ignored, never fatal. */
export function decodeState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: SearchState['filters'] = {};
  for (const key of FACET_KEYS) {
    const raw = params.get(key);
    if (!raw) continue;
    const values = [
      ...new Set(
        raw
          .split(LIST_SEPARATOR)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
    if (values.length) filters[key] = values;
  }
  const date = (name: string) => {
    const value = params.get(name) ?? '';
    return DATE.test(value) ? value : undefined;
  };
  const sort = params.get('sort');
  const dateField = params.get('date');
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    q: params.get('q') ?? '',
    sort: (SORT_KEYS as readonly string[]).includes(sort ?? '') ? (sort as SortKey) : undefined,
    page: Number.isFinite(page) && page > 1 ? page : 1,
    filters,
    dateField: dateField === 'modified' ? 'modified' : 'created',
    from: date('from'),
    to: date('to'),
  };
}

/** Toggle one facet value; any change of filters goes back to page 1. */
export function toggleFilter(state: SearchState, key: FacetKey, value: string): SearchState {
  const current = state.filters[key] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const filters = { ...state.filters };
  if (next.length) filters[key] = next;
  else delete filters[key];
  return { ...state, filters, page: 1 };
}

export function clearNarrowing(state: SearchState): SearchState {
  return { ...EMPTY_STATE, sort: state.sort === 'relevance' ? undefined : state.sort };
}
