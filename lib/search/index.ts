// Search for the feed: build time turns rules into a compact index file; the browser decodes it, builds a
// text index, and answers queries, filters, live counts and sorts from a URL-held state.
export type { Level, RuleEntry, SearchColumns, SearchIndexFile, SearchSource, Status } from './types';
export { LEVELS, STATUSES } from './types';
export { buildSearchIndex, compactValues, parentTechnique, slugify } from './build-index';
export { queryTerms, tokenize } from './tokenize';
export {
  createCatalog,
  createCatalogInSlices,
  decodeEntries,
  FACET_KEYS,
  techniqueFacetValues,
} from './catalog';
export type { Catalog, FacetKey } from './catalog';
export { createScanIndex, createScanIndexInSlices, narrows } from './scan-index';
export { createMiniSearchIndex } from './minisearch-index';
export type { TextHit, TextIndex } from './types';
export {
  clearNarrowing,
  DATE_FIELDS,
  DEFAULT_SORT,
  decodeState,
  effectiveSort,
  EMPTY_STATE,
  encodeState,
  hasNarrowing,
  hasQuery,
  PAGE_SIZE,
  SORT_KEYS,
  toggleFilter,
} from './state';
export type { DateField, SearchState, SortKey } from './state';
export { feedPageCount, feedPagePath, feedPageSlice } from './feed-pages';
export { facetCounts, runQuery } from './run-query';
export type { FacetCounts, QueryOutcome } from './run-query';
export { highlight } from './highlight';
export type { Segment } from './highlight';
