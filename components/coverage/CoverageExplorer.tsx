'use client';

import { useDeferredValue, useMemo, useState } from 'react';
import {
  buildNavigatorLayer,
  coverageView,
  decodeFacts,
  filterFacts,
  layerDataOf,
  layerEntriesOf,
  NO_FILTER,
  type CompactFacts,
  type CoverageFilter,
  type CoverageView,
  type MatrixTactic,
  type RuleFacts,
} from '@/lib/attack';
import { plural } from './bins';
import { CoverageFilters, type FilterOptions } from './CoverageFilters';
import { Legend } from './Legend';
import { Matrix } from './Matrix';
import { OutsideList, type OutsideInfo } from './OutsideList';
import { SourcePanel } from './SourcePanel';
import { UncoveredList } from './UncoveredList';
import { useHydratedSignal } from '../use-hydrated';

interface Props {
  matrix: MatrixTactic[];
  version: string;
  /** The unfiltered view, computed at build time. */
  initial: CoverageView;
  options: FilterOptions;
  outside: OutsideInfo[];
  /** Site paths (with base path) of the static files. */
  factsUrl: string;
  layerUrl: string;
  /** Absolute site root for links inside a downloaded layer. */
  siteUrl: string;
}

const isUnfiltered = (f: CoverageFilter) =>
  !f.kqlOnly && f.levels.length + f.statuses.length + f.tables.length + f.products.length === 0;

function describe(f: CoverageFilter): string {
  const parts = [
    f.levels.length ? `severity ${f.levels.join('/')}` : '',
    f.statuses.length ? `status ${f.statuses.join('/')}` : '',
    f.tables.length ? `table ${f.tables.join('/')}` : '',
    f.products.length ? `product ${f.products.join('/')}` : '',
    f.kqlOnly ? 'KQL available' : '',
  ].filter(Boolean);
  return parts.join(', ');
}

/** The coverage page's interactive part: filters recount everything below them from the lazily loaded rule facts. */
export function CoverageExplorer({
  matrix,
  version,
  initial,
  options,
  outside,
  factsUrl,
  layerUrl,
  siteUrl,
}: Props) {
  const [filter, setFilter] = useState<CoverageFilter>(NO_FILTER);
  const [facts, setFacts] = useState<RuleFacts[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [loading, setLoading] = useState<Promise<RuleFacts[] | null> | null>(null);
  useHydratedSignal();

  // Fetched once, on the first sign of interest in the filters (hover or focus), so the first recount is quick.
  function loadFacts(): Promise<RuleFacts[] | null> {
    if (facts) return Promise.resolve(facts);
    if (loading) return loading;
    const p = fetch(factsUrl)
      .then(async (res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const decoded = decodeFacts((await res.json()) as CompactFacts);
        setFacts(decoded);
        return decoded;
      })
      .catch((e: unknown) => {
        setError(`Could not load the rule facts (${(e as Error).message}); the counts show all rules.`);
        return null;
      });
    setLoading(p);
    return p;
  }

  function change(next: CoverageFilter) {
    setFilter(next);
    if (!facts) void loadFacts();
  }

  // The controls update at once; the recount follows as a deferred render.
  const deferred = useDeferredValue(filter);
  const filtered = useMemo(
    () => (facts && !isUnfiltered(deferred) ? filterFacts(facts, deferred) : null),
    [facts, deferred],
  );
  const view = useMemo(
    () => (filtered ? coverageView(filtered, matrix) : initial),
    [filtered, matrix, initial],
  );
  const pending = !isUnfiltered(filter) && !facts && !error;

  async function downloadFiltered() {
    const all = await loadFacts();
    if (!all) return;
    const rules = isUnfiltered(filter) ? all : filterFacts(all, filter);
    const layer = buildNavigatorLayer(layerDataOf(matrix, version), {
      name: isUnfiltered(filter) ? 'SOC Feed coverage' : `SOC Feed coverage (${describe(filter)})`,
      baseUrl: siteUrl,
      entries: layerEntriesOf(rules),
      metadata: isUnfiltered(filter) ? [] : [{ name: 'Filters', value: describe(filter) }],
    });
    const url = URL.createObjectURL(new Blob([JSON.stringify(layer, null, 2)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'soc-feed-navigator-layer-filtered.json';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  const toggle = (key: string) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const allOpen = expanded.has('*');

  return (
    <div className="space-y-5">
      <div onPointerEnter={() => void loadFacts()} onFocus={() => void loadFacts()}>
        <CoverageFilters options={options} filter={filter} onChange={change} />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm" aria-live="polite" data-testid="coverage-summary">
          {pending ? (
            'Loading rule facts…'
          ) : (
            <>
              <strong className="tabular-nums">{plural(view.rules, 'rule')}</strong>
              {!isUnfiltered(filter) && <span className="text-muted"> ({describe(filter)})</span>} cover{' '}
              <strong className="tabular-nums" data-testid="techniques-covered">
                {view.techniques.covered} of {view.techniques.total}
              </strong>{' '}
              techniques and{' '}
              <strong className="tabular-nums">
                {view.subtechniques.covered} of {view.subtechniques.total}
              </strong>{' '}
              sub-techniques of Enterprise ATT&amp;CK v{version}.
            </>
          )}
        </p>
        <div className="flex flex-wrap gap-2 text-sm">
          {!isUnfiltered(filter) && (
            <button
              type="button"
              onClick={() => setFilter(NO_FILTER)}
              className="rounded border border-line bg-surface px-2.5 py-1 hover:border-accent"
            >
              Clear filters
            </button>
          )}
          <a
            href={layerUrl}
            download="soc-feed-navigator-layer.json"
            className="rounded border border-line bg-surface px-2.5 py-1 text-accent hover:border-accent"
            data-testid="layer-all"
          >
            Navigator layer (all rules)
          </a>
          <button
            type="button"
            onClick={() => void downloadFiltered()}
            className="rounded border border-line bg-surface px-2.5 py-1 text-accent hover:border-accent"
            data-testid="layer-filtered"
          >
            Navigator layer (this view)
          </button>
        </div>
      </div>
      {error && (
        <p role="alert" className="rounded border border-warn-line bg-warn-bg px-3 py-2 text-sm text-warn">
          {error}
        </p>
      )}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Legend />
        <button
          type="button"
          onClick={() => setExpanded(allOpen ? new Set() : new Set(['*']))}
          aria-pressed={allOpen}
          className="text-sm text-accent hover:underline"
        >
          {allOpen ? 'Collapse all sub-techniques' : 'Expand all sub-techniques'}
        </button>
      </div>
      <nav aria-label="Jump to tactic" className="flex gap-1 overflow-x-auto pb-1 text-xs md:flex-wrap">
        {matrix.map((t) => {
          const cov = view.tactics.find((c) => c.shortName === t.shortName);
          return (
            <a
              key={t.id}
              href={`#tactic-${t.shortName}`}
              className="shrink-0 rounded border border-line bg-surface px-2 py-0.5 hover:border-accent"
            >
              {t.name} <span className="text-muted tabular-nums">{cov?.percent ?? 0}%</span>
            </a>
          );
        })}
      </nav>
      <Matrix
        matrix={matrix}
        counts={view.counts}
        tactics={view.tactics}
        expanded={expanded}
        onToggle={toggle}
      />
      <UncoveredList matrix={matrix} counts={view.counts} />
      <SourcePanel byTable={view.byTable} byLogsource={view.byLogsource} />
      <OutsideList items={outside} counts={view.outside} version={version} />
    </div>
  );
}
