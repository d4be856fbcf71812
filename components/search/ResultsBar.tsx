'use client';
import { PAGE_SIZE, type QueryOutcome, type SortKey } from '@/lib/search';
import { formatCount } from '@/lib/format';

const SORT_LABELS: Record<SortKey, string> = {
  relevance: 'Relevance',
  modified: 'Last changed',
  newest: 'Newest (created)',
  severity: 'Severity',
  title: 'Title A–Z',
};

interface Props {
  outcome: QueryOutcome | null;
  total: number;
  hasQuery: boolean;
  narrowed: boolean;
  onSort: (sort: SortKey) => void;
  onClear: () => void;
}

/** The result count (always shown, announced politely) and the sort order. */
export function ResultsBar({ outcome, total, hasQuery, narrowed, onSort, onClear }: Props) {
  let text: string;
  if (!outcome || outcome.pending)
    text = narrowed ? 'Loading search…' : `${formatCount(total)} ${total === 1 ? 'rule' : 'rules'}`;
  else {
    const n = outcome.results.length;
    const first = (outcome.page - 1) * PAGE_SIZE + 1;
    const shown =
      n > PAGE_SIZE
        ? ` · showing ${formatCount(first)}–${formatCount(first + outcome.pageResults.length - 1)}`
        : '';
    text = narrowed
      ? `${formatCount(n)} of ${formatCount(total)} ${total === 1 ? 'rule' : 'rules'} match${shown}`
      : `${formatCount(n)} ${n === 1 ? 'rule' : 'rules'}${shown}`;
  }
  return (
    <div className="flex flex-wrap items-center justify-between gap-2">
      <div className="flex flex-wrap items-baseline gap-x-2 text-sm text-muted">
        <p aria-live="polite" data-testid="search-count">
          {text}
        </p>
        {narrowed ? (
          <button type="button" className="font-medium text-accent hover:underline" onClick={onClear}>
            Clear all
          </button>
        ) : null}
      </div>
      <label className="flex items-center gap-2 text-sm text-muted">
        Sort
        <select
          className="rounded-md border border-line bg-surface px-2 py-1 text-sm text-ink focus:border-accent"
          value={outcome?.sort ?? (hasQuery ? 'relevance' : 'modified')}
          onChange={(e) => onSort(e.target.value as SortKey)}
        >
          {(Object.keys(SORT_LABELS) as SortKey[])
            .filter((key) => key !== 'relevance' || hasQuery)
            .map((key) => (
              <option key={key} value={key}>
                {SORT_LABELS[key]}
              </option>
            ))}
        </select>
      </label>
    </div>
  );
}
