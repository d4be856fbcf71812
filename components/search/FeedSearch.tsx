'use client';
// Search, filters and sorting over the feed, as a progressive enhancement: the server-rendered list (children)
// lists every rule without JavaScript; once the index has loaded, this component shows the results instead.
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  clearNarrowing,
  decodeState,
  DEFAULT_SORT,
  EMPTY_STATE,
  effectiveSort,
  facetCounts,
  hasNarrowing,
  hasQuery,
  runQuery,
  toggleFilter,
  type DateField,
  type FacetKey,
  type SearchState,
} from '@/lib/search';
import { BulkSentinelDownload } from '../export/BulkSentinelDownload';
import { signalHydrated } from '../use-hydrated';
import { FilterPanel } from './FilterPanel';
import { Pager } from './Pager';
import { ResultList } from './ResultList';
import { ResultsBar } from './ResultsBar';
import { SearchBox } from './SearchBox';
import { useSearchIndex } from './use-search-index';
import { useUrlState } from './use-url-state';
import { useSlashShortcut } from './use-slash-shortcut';

interface Props {
  total: number;
  /** the static feed page this is (1-based): what the results show until the URL asks for another */
  page: number;
  children: ReactNode;
}

export function FeedSearch({ total, page, children }: Props) {
  const [state, setState, currentState] = useUrlState(page);
  const [enhanced, setEnhanced] = useState(false);
  const [wanted, setWanted] = useState(false);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const typing = useRef(false);
  const box = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLDivElement>(null);
  const { loaded, failed } = useSearchIndex(wanted);
  useSlashShortcut(box);

  useEffect(() => {
    setEnhanced(true);
    const root = document.documentElement;
    root.dataset.searchReady = String(Math.round(performance.now()));
    // React may arrive after the reader started typing (public/hydrate.js loads it on the first interaction): the
    // box kept the text, and the search takes it from there.
    const typed = box.current?.value ?? '';
    const fromUrl = window.location.search ? decodeState(window.location.search) : { ...EMPTY_STATE, page };
    if (typed && typed !== fromUrl.q) {
      setState({ ...fromUrl, q: typed, page: 1 }, 'replace');
      typing.current = true;
    }
    signalHydrated();
    // The index (250 KB over the wire, 1.5 MB of JSON to decode) is not needed to read the list: fetch it at
    // once when the URL asks for a search or when React was loaded by the reader's first interaction, else on
    // the reader's first sign of life (pointer, key, touch, scroll, focus), so a visit that only reads the page
    // never pays for it.
    if (window.location.search || root.dataset.hydrateReason || typed) {
      setWanted(true);
      return;
    }
    const events = ['pointermove', 'pointerdown', 'keydown', 'touchstart', 'scroll', 'focusin'] as const;
    const want = () => {
      setWanted(true);
      for (const type of events) window.removeEventListener(type, want, true);
    };
    for (const type of events) window.addEventListener(type, want, { capture: true, passive: true });
    return () => {
      for (const type of events) window.removeEventListener(type, want, true);
    };
    // Once, on mount: later changes come through the handlers.
  }, []);

  const outcome = useMemo(
    () => (loaded ? runQuery(loaded.catalog, loaded.index, state) : null),
    [loaded, state],
  );
  // The filter counts follow the results: React computes them in a deferred render, which the next keystroke
  // interrupts, so a key shows its results at once and the counts catch up as soon as the reader pauses.
  const countedIndex = useDeferredValue(loaded);
  const countedState = useDeferredValue(state);
  const counts = useMemo(
    () => (countedIndex ? facetCounts(countedIndex.catalog, countedIndex.index, countedState) : null),
    [countedIndex, countedState],
  );
  const narrowed = hasNarrowing(state);

  const change = useCallback(
    (next: SearchState) => {
      typing.current = false;
      setWanted(true);
      setState(next, 'push');
    },
    [setState],
  );
  const onQuery = (q: string) => {
    setWanted(true);
    setState({ ...state, q, page: 1 }, typing.current ? 'replace' : 'push');
    typing.current = true;
  };
  // Stable handlers (they read the current state when called), so the memoised filter panel skips keystrokes.
  const onToggle = useCallback(
    (facet: FacetKey, value: string) => change(toggleFilter(currentState(), facet, value)),
    [change, currentState],
  );
  const onDate = useCallback(
    (d: { dateField?: DateField; from?: string; to?: string }) =>
      change({ ...currentState(), ...d, page: 1 }),
    [change, currentState],
  );
  const onPage = (page: number) => {
    change({ ...state, page });
    results.current?.scrollIntoView({ block: 'start' });
  };

  // Unnarrowed, in the default order, on the page the server rendered: the server's list is already what the
  // results would show, so it stays (no re-render, no layout shift when the index arrives).
  const serverView = !narrowed && effectiveSort(state) === DEFAULT_SORT && state.page === page;
  const showResults = enhanced && outcome !== null && !failed && !serverView;
  // A bulk export of nothing is noise: offer it only when some matching rule has a query.
  const exportable = outcome ? outcome.results.filter((r) => r.kqlAvailable).map((r) => r.slug) : [];
  const activeFilters = Object.values(state.filters).reduce((n, v) => n + (v?.length ?? 0), 0);

  // The controls are server-rendered too, hidden by CSS without JavaScript (data-js-only), so that hydrating
  // and loading the index change what they hold but never move the list.
  return (
    <div className="space-y-3" data-testid="feed-search">
      <div className="flex items-center gap-2" data-js-only>
        <SearchBox
          ref={box}
          value={state.q}
          onChange={onQuery}
          onBlur={() => (typing.current = false)}
          onEscape={() => (state.q ? change({ ...state, q: '', page: 1 }) : box.current?.blur())}
        />
        <button
          type="button"
          className="h-10 rounded-md border border-line bg-surface px-3 text-sm font-medium text-ink md:hidden"
          aria-expanded={filtersOpen}
          aria-controls="search-filters"
          onClick={() => setFiltersOpen(!filtersOpen)}
        >
          Filters{activeFilters ? ` (${activeFilters})` : ''}
        </button>
      </div>
      {failed ? (
        <p className="text-sm text-warn">Search is unavailable right now; the full list is shown below.</p>
      ) : null}
      <div className="md:gap-6 [.js_&]:md:grid [.js_&]:md:grid-cols-[15rem_minmax(0,1fr)]">
        <aside
          id="search-filters"
          data-js-only
          className={`${filtersOpen ? 'block' : 'hidden'} mb-4 md:mb-0 md:block`}
        >
          {countedIndex && counts ? (
            <FilterPanel
              catalog={countedIndex.catalog}
              counts={counts}
              filters={state.filters}
              dateField={state.dateField}
              from={state.from}
              to={state.to}
              onToggle={onToggle}
              onDate={onDate}
            />
          ) : (
            <p className="px-1 text-sm text-muted">
              {failed ? 'Filters are unavailable.' : 'Loading filters…'}
            </p>
          )}
        </aside>
        <div className="min-w-0 space-y-3" ref={results}>
          <div data-js-only>
            <ResultsBar
              outcome={outcome}
              total={total}
              hasQuery={hasQuery(state.q)}
              narrowed={narrowed}
              onSort={(sort) => change({ ...state, sort, page: 1 })}
              onClear={() => change(clearNarrowing(state))}
            />
          </div>
          {showResults && outcome.results.length === 0 ? (
            <div
              className="rounded-lg border border-dashed border-line bg-surface px-4 py-10 text-center"
              data-testid="search-empty"
            >
              <p className="font-medium">
                No rules match{state.q.trim() ? ` “${state.q.trim()}”` : ''} with these filters.
              </p>
              <button
                type="button"
                className="mt-3 rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-surface hover:opacity-90"
                onClick={() => change(clearNarrowing(state))}
              >
                Clear search and filters
              </button>
            </div>
          ) : null}
          {showResults && outcome.results.length > 0 ? (
            <>
              {exportable.length > 0 ? (
                <BulkSentinelDownload
                  slugs={exportable}
                  fileName="soc-feed.sentinel-rules.json"
                  label="Matching rules as one Sentinel ARM template"
                />
              ) : null}
              <ResultList outcome={outcome} query={state.q} />
              <Pager page={outcome.page} pageCount={outcome.pageCount} onPage={onPage} />
            </>
          ) : null}
          {/* Unmounted, not hidden, once results show: one list of rules on the page at a time. */}
          {showResults ? null : children}
        </div>
      </div>
    </div>
  );
}
