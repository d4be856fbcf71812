import { memo, useDeferredValue } from 'react';
import type { QueryOutcome } from '@/lib/search';
import { ResultRow } from './ResultRow';

interface Props {
  outcome: QueryOutcome;
  query: string;
}

/**
 * Rows rendered with the keystroke: more than a tall screen shows. The rest of the page's rows, below the fold,
 * follow in a deferred render (the next keystroke interrupts it), so typing pays for what the reader sees.
 */
const FIRST_ROWS = 20;

/** Memoised: the deferred render that brings the filter counts leaves the rows alone. */
export const ResultList = memo(function ResultList({ outcome, query }: Props) {
  const settled = useDeferredValue(outcome, null) === outcome;
  const rows = settled ? outcome.pageResults : outcome.pageResults.slice(0, FIRST_ROWS);
  return (
    <div className="overflow-hidden rounded-lg border border-line bg-surface">
      <div
        aria-hidden="true"
        className="hidden grid-cols-[5.5rem_minmax(0,1fr)_8.5rem_8.5rem_5.5rem] gap-4 border-b border-line bg-sunken px-4 py-2 text-xs font-semibold uppercase tracking-wider text-muted md:grid"
      >
        <span>Severity</span>
        <span>Rule</span>
        <span>Techniques</span>
        <span>Table</span>
        <span className="text-right">Updated</span>
      </div>
      <ol className="divide-y divide-line" data-testid="search-results">
        {rows.map((entry) => (
          <ResultRow key={entry.slug} entry={entry} query={query} hit={outcome.hits.get(entry.n)} />
        ))}
      </ol>
    </div>
  );
});
